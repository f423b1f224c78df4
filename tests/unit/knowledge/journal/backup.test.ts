/**
 * Backup files: a good one reads back exactly; a wrong or damaged one gets a message that says
 * what is wrong and where. CSV export quotes properly and never lets a cell run as a formula.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  createBackup,
  csvCell,
  MAX_BACKUP_BYTES,
  readBackup,
  readBackupFile,
  runsToCsv,
} from '../../../../knowledge/journal/backup';
import type { SavedCheck } from '../../../../knowledge/symptoms/check-record';
import { sampleRun, sampleShoe } from './sample';

const TODAY = '2025-05-14';

const CHECK: SavedCheck = {
  id: 1,
  at: Date.UTC(2025, 4, 10),
  answers: {
    zones: ['groin'],
    feelings: ['dull-ache'],
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
  it('reads back what was exported, with the ids renumbered from 1 and references kept', () => {
    const backup = goodBackup();
    const renumbered = {
      ...backup,
      runs: backup.runs.map((run) => (run.shoeId === 7 ? { ...run, shoeId: 1 } : run)),
      shoes: backup.shoes.map((shoe) => ({ ...shoe, id: 1 })),
    };
    expect(readBackup(JSON.stringify(backup), TODAY)).toEqual({
      ok: true,
      hasChecks: true,
      backup: renumbered,
    });
  });

  it('keeps a surface the runner did not give as not given, and the CSV leaves it empty', () => {
    const run = sampleRun('2025-05-12', { id: 1, surface: null });
    const text = JSON.stringify(createBackup({ runs: [run], shoes: [], checks: [] }, new Date()));
    const reading = readBackup(text, TODAY);
    expect(reading.ok && reading.backup.runs[0]?.surface).toBeNull();
    expect(runsToCsv([run], []).split('\r\n')[1]).toMatch(/^"2025-05-12",\d+(\.\d+)?,[^,]*,,/);
    expect(errorOf(changed((backup) => (firstRun(backup).surface = 'sand')))).toMatch(/surface/);
  });

  it('renumbers an id of 2^53 − 1, so the database key counter can never run out', () => {
    const reading = readBackup(
      changed((backup) => {
        const shoe = (backup.shoes as Record<string, unknown>[])[0] as Record<string, unknown>;
        shoe.id = Number.MAX_SAFE_INTEGER;
        firstRun(backup).id = Number.MAX_SAFE_INTEGER;
        firstRun(backup).shoeId = Number.MAX_SAFE_INTEGER;
        ((backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>).id =
          Number.MAX_SAFE_INTEGER - 1;
      }),
      TODAY,
    );
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.backup.shoes.map((shoe) => shoe.id)).toEqual([1]);
    expect(reading.backup.runs.map((run) => [run.id, run.date, run.shoeId])).toEqual([
      [1, '2025-05-13', null],
      [2, '2025-05-12', 1],
    ]);
    expect(reading.backup.checks.map((check) => check.id)).toEqual([1]);
  });

  it('refuses times before 2000 or after tomorrow, such as 1e300', () => {
    expect(
      errorOf(
        changed((backup) => {
          ((backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>).at = 1e300;
        }),
      ),
    ).toBe(
      'This backup is damaged and was not imported. Symptom check 1: "at" must be a time between 2000 and today.',
    );
    expect(errorOf(changed((backup) => (firstRun(backup).createdAt = 0)))).toContain(
      'Run 1 (2025-05-12): "createdAt" must be a time between 2000 and today',
    );
    expect(
      errorOf(changed((backup) => (firstRun(backup).updatedAt = Date.UTC(2025, 4, 17)))),
    ).toContain('"updatedAt" must be a time between 2000 and today');
    // Tomorrow (a backup made in a time zone ahead) is fine.
    const tomorrow = Date.UTC(2025, 4, 15, 20);
    expect(errorOf(changed((backup) => (firstRun(backup).updatedAt = tomorrow)))).toBe('read fine');
    expect(errorOf(changed((backup) => (firstRun(backup).date = '1999-12-31')))).toContain(
      'the date is too far in the past',
    );
    expect(errorOf(changed((backup) => (firstRun(backup).date = '2025-05-16')))).toContain(
      'the date cannot be in the future',
    );
  });

  it('keeps only the fields it knows, in symptom checks too', () => {
    const reading = readBackup(
      changed((backup) => {
        const check = (backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>;
        check.extra = { deep: [1, 2, 3] };
        const answers = check.answers as Record<string, unknown>;
        answers.html = '<img src=x onerror=alert(1)>';
        answers.feelings = ['dull-ache', 'made-up'];
        answers.onset = 'whenever';
        const shoe = (backup.shoes as Record<string, unknown>[])[0] as Record<string, unknown>;
        shoe.colour = 'blue';
      }),
      TODAY,
    );
    if (!reading.ok) throw new Error(reading.error);
    const [check] = reading.backup.checks;
    expect(Object.keys(check ?? {}).sort()).toEqual([
      'answers',
      'at',
      'id',
      'redFlags',
      'topConditions',
    ]);
    expect(check?.answers).toEqual({
      zones: ['groin'],
      feelings: ['dull-ache'],
      triggers: [],
      onset: null,
      redFlagAnswers: { 'bone-stress': 'yes' },
      text: 'hurts deep in the groin',
    });
    expect(Object.keys(reading.backup.shoes[0] ?? {})).not.toContain('colour');
  });

  it('refuses text longer than the form allows', () => {
    expect(errorOf(changed((backup) => (firstRun(backup).notes = 'x'.repeat(2001))))).toContain(
      'Run 1 (2025-05-12): notes can be at most 2000 characters',
    );
    expect(
      errorOf(
        changed((backup) => {
          const shoe = (backup.shoes as Record<string, unknown>[])[0] as Record<string, unknown>;
          shoe.name = 'x'.repeat(61);
        }),
      ),
    ).toContain('the name can be at most 60 characters');
    expect(
      errorOf(
        changed((backup) => {
          const check = (backup.checks as Record<string, unknown>[])[0] as Record<string, unknown>;
          (check.answers as Record<string, unknown>).text = 'x'.repeat(2001);
        }),
      ),
    ).toContain('Symptom check 1: "answers.text" can be at most 2000 characters');
  });

  it('refuses deeply nested data in words, without overflowing the stack', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const text = changed((backup) => (firstRun(backup).notes = 'x')).replace(
      '"notes":"x"',
      `"notes":"x","extra":${deep}`,
    );
    expect(errorOf(text)).toBe(
      'This file is not a Hip Pain Guide backup: its data is nested far deeper than a backup ever is.',
    );
    // Brackets inside text are only text.
    const bracketNote = '[[[[[[[[[[[[ {{{{{{{{ \\" [[[[';
    expect(errorOf(changed((backup) => (firstRun(backup).notes = bracketNote)))).toBe('read fine');
  });

  it('refuses a file over the size limit before reading a byte of it', async () => {
    const text = vi.fn(async () => JSON.stringify(goodBackup()));
    expect(await readBackupFile({ size: MAX_BACKUP_BYTES + 1, text }, TODAY)).toEqual({
      ok: false,
      error: 'This file is too big to be a Hip Pain Guide backup.',
    });
    expect(text).not.toHaveBeenCalled();
    const reading = await readBackupFile({ size: 2000, text }, TODAY);
    expect(reading.ok).toBe(true);
  });

  it('says so when the file cannot be read', async () => {
    const text = async () => {
      throw new DOMException('gone', 'NotReadableError');
    };
    expect(await readBackupFile({ size: 10, text }, TODAY)).toEqual({
      ok: false,
      error: 'This file could not be read. Try saving it again.',
    });
  });

  it('accepts an older backup without symptom checks', () => {
    const reading = readBackup(
      changed((backup) => delete backup.checks),
      TODAY,
    );
    expect(reading.ok && reading.backup.checks).toEqual([]);
    expect(reading.ok && reading.hasChecks).toBe(false);
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
  it('neutralises every start a spreadsheet would run as a formula, full-width forms too', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-rest')).toBe(`"'-rest"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('＋1')).toBe(`"'＋1"`);
    expect(csvCell('－1')).toBe(`"'－1"`);
    expect(csvCell('＠SUM(A1)')).toBe(`"'＠SUM(A1)"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });

  it('quotes every text cell, so a semicolon-splitting spreadsheet keeps a note whole', () => {
    expect(csvCell('x;=HYPERLINK("http://x")')).toBe(`"x;=HYPERLINK(""http://x"")"`);
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvCell('easy run')).toBe('"easy run"');
    expect(csvCell(true)).toBe('"yes"');
  });

  it('writes numbers as bare numbers, negative ones too, and empty as empty', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(5.25)).toBe('5.25');
    expect(csvCell(Number.NaN)).toBe('');
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
      '"2025-05-12",5,,"Trail","Blue, fast","yes","yes","no","Started as an ache, turned sharp",1,4,3,2,"Groin / inner hip; Outer hip","hills, wind"',
      `"2025-05-13",5,30,"Trail",,"yes","yes","yes","No pain",0,0,0,,"","'=1+1"`,
      '',
    ]);
  });
});
