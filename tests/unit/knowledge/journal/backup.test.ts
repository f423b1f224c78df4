/**
 * Backup files: a good one reads back exactly; a wrong or damaged one gets a message that says
 * what is wrong and where. CSV export quotes properly and never lets a cell run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { createBackup, csvCell, readBackup, runsToCsv } from '../../../../knowledge/journal/backup';
import type { SavedCheck } from '../../../../knowledge/symptoms/check-record';
import { sampleRun, sampleShoe } from './sample';

const TODAY = '2025-05-14';

const CHECK: SavedCheck = {
  id: 1,
  at: Date.UTC(2025, 4, 10),
  answers: {
    zones: ['groin'],
    feelings: ['deep-ache'],
    triggers: [],
    onset: 'gradual',
    redFlagAnswers: { 'bone-stress': 'yes' },
    text: 'hurts deep in the groin',
  },
  topConditions: ['stress-fracture'],
  redFlags: ['bone-stress'],
};

function goodBackup() {
  return createBackup(
    {
      runs: [
        sampleRun('2025-05-12', { id: 1, shoeId: 7, zones: ['groin'], notes: 'felt "ok"' }),
        sampleRun('2025-05-13', {
          id: 2,
          pain: { before: 1, during: 3, after: 2, nextMorning: 1 },
        }),
      ],
      shoes: [sampleShoe(7, { name: 'Blue Pegasus', startKm: 120 })],
      checks: [CHECK],
    },
    new Date(Date.UTC(2025, 4, 14, 9)),
  );
}

/** A good backup with one change made through `edit`, as file text. */
function changed(edit: (backup: Record<string, unknown>) => void): string {
  const backup = JSON.parse(JSON.stringify(goodBackup())) as Record<string, unknown>;
  edit(backup);
  return JSON.stringify(backup);
}

function errorOf(text: string): string {
  const reading = readBackup(text, TODAY);
  return reading.ok ? 'read fine' : reading.error;
}

function firstRun(backup: Record<string, unknown>): Record<string, unknown> {
  return (backup.runs as Record<string, unknown>[])[0] as Record<string, unknown>;
}

describe('reading a backup', () => {
  it('reads back exactly what was exported', () => {
    const backup = goodBackup();
    expect(readBackup(JSON.stringify(backup), TODAY)).toEqual({ ok: true, backup });
  });

  it('accepts an older backup without symptom checks', () => {
    const reading = readBackup(
      changed((backup) => delete backup.checks),
      TODAY,
    );
    expect(reading.ok && reading.backup.checks).toEqual([]);
  });

  it('drops fields it does not know from runs and shoes', () => {
    const reading = readBackup(
      changed((backup) => (firstRun(backup).script = '<b>x</b>')),
      TODAY,
    );
    expect(reading.ok && Object.keys(reading.backup.runs[0] ?? {})).not.toContain('script');
  });

  it('refuses a file that is not JSON, or is cut short', () => {
    const text = JSON.stringify(goodBackup());
    expect(errorOf('hello')).toBe(
      'This file is not a Hip Pain Guide backup: it is not valid JSON. It may be damaged or cut short.',
    );
    expect(errorOf(text.slice(0, text.length / 2))).toContain('not valid JSON');
  });

  it('refuses JSON that is not ours', () => {
    expect(errorOf('[1, 2, 3]')).toBe(
      'This file is not a Hip Pain Guide backup. Choose a file saved with "Export backup".',
    );
    expect(errorOf('{"runs": []}')).toContain('not a Hip Pain Guide backup');
  });

  it('refuses a backup from a newer version, and one without a version', () => {
    expect(errorOf(changed((backup) => (backup.formatVersion = 2)))).toBe(
      'This backup was made by a newer Hip Pain Guide (format 2). Update the extension, then import it again.',
    );
    expect(errorOf(changed((backup) => delete backup.formatVersion))).toBe(
      'This backup is damaged: its format version is missing.',
    );
  });

  it('names the run and the field that is wrong', () => {
    expect(errorOf(changed((backup) => (firstRun(backup).distanceKm = '5')))).toBe(
      'This backup is damaged and was not imported. Run 1 (2025-05-12): "distanceKm" must be a number.',
    );
    expect(
      errorOf(
        changed((backup) => ((firstRun(backup).pain as Record<string, unknown>).during = 12)),
      ),
    ).toBe(
      'This backup is damaged and was not imported. Run 1 (2025-05-12): pain during the run must be a whole number from 0 to 10.',
    );
    expect(errorOf(changed((backup) => (firstRun(backup).surface = 'lava')))).toContain(
      'Run 1 (2025-05-12): "surface" must be one of road, asphalt, track, trail, grass, treadmill (found "lava")',
    );
    expect(errorOf(changed((backup) => (firstRun(backup).zones = ['knee'])))).toContain(
      '"zones" must be one of',
    );
    expect(errorOf(changed((backup) => (firstRun(backup).date = '2025-13-01')))).toContain(
      'Run 1: enter the date of the run',
    );
  });

  it('refuses runs in shoes the backup does not have, and repeated ids', () => {
    expect(errorOf(changed((backup) => (firstRun(backup).shoeId = 99)))).toContain(
      'Run 1 (2025-05-12): its shoes (id 99) are not in the backup',
    );
    expect(
      errorOf(
        changed((backup) => {
          const runs = backup.runs as Record<string, unknown>[];
          (runs[1] as Record<string, unknown>).id = 1;
        }),
      ),
    ).toContain('Runs: two have the same id (1)');
  });

  it('refuses damaged shoes and symptom checks', () => {
    expect(
      errorOf(changed((backup) => ((backup.shoes as Record<string, unknown>[])[0] = { id: 7 }))),
    ).toContain('Shoe 1: "name" must be text');
    expect(
      errorOf(
        changed((backup) => {
          const check = (backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>;
          check.redFlags = ['made-up'];
        }),
      ),
    ).toContain('Symptom check 1: "redFlags" must be one of');
  });

  it('reads a check from a backup made before "not sure": its yes-list becomes yes answers', () => {
    const reading = readBackup(
      changed((backup) => {
        const check = (backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>;
        const { redFlagAnswers: _new, ...answers } = check.answers as Record<string, unknown>;
        check.answers = { ...answers, redFlags: ['bone-stress'] };
      }),
      TODAY,
    );
    expect(reading.ok && reading.backup.checks[0]?.answers.redFlagAnswers).toEqual({
      'bone-stress': 'yes',
    });
    expect(reading.ok && reading.backup.checks[0]?.answers).not.toHaveProperty('redFlags');
  });

  it('refuses a list that is not a list', () => {
    expect(errorOf(changed((backup) => (backup.runs = {})))).toContain(
      'The list of runs: is missing or not a list',
    );
  });
});

describe('CSV export', () => {
  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-rest')).toBe("'-rest");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('easy run')).toBe('easy run');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes a header and one row per run, oldest first, with labels instead of ids', () => {
    const runs = [
      sampleRun('2025-05-13', { notes: '=1+1', durationMin: 30, limp: true }),
      sampleRun('2025-05-12', {
        shoeId: 7,
        zones: ['groin', 'outer-hip'],
        painCharacter: 'ache-to-sharp',
        pain: { before: 1, during: 4, after: 3, nextMorning: 2 },
        notes: 'hills, wind',
      }),
    ];
    const csv = runsToCsv(runs, [sampleShoe(7, { name: 'Blue, fast' })]);
    expect(csv.split('\r\n')).toEqual([
      'date,distance_km,duration_min,surface,shoes,warmed_up,stretched_after,limp,pain_character,pain_before,pain_during,pain_after,pain_next_morning,where_it_hurt,notes',
      '2025-05-12,5,,Trail,"Blue, fast",yes,yes,no,"Started as an ache, turned sharp",1,4,3,2,Groin / inner hip; Outer hip,"hills, wind"',
      "2025-05-13,5,30,Trail,,yes,yes,yes,No pain,0,0,0,,,'=1+1",
      '',
    ]);
  });
});
