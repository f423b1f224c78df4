/**
 * Imported runs in the journal repository: added in one go, never twice for one activity, their
 * origin kept through an edit and a backup round trip, and a failed save adding nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../../../knowledge/journal/backup';
import type { ActivitySummary } from '../../../../knowledge/journal/import/activity';
import { importedRunFields } from '../../../../knowledge/journal/import/imported-run';
import { StorageError } from '../../../../platform/pages/database';
import { journalDatabasesForEachTest } from './journal-databases';

const { freshJournal } = journalDatabasesForEachTest('imported-runs-test');

const NOW = Date.UTC(2025, 4, 14, 8);
const START = Date.UTC(2025, 4, 12, 6, 30);

function imported(startedAt: number, distanceKm = 5): ReturnType<typeof importedRunFields> {
  const activity: ActivitySummary = {
    kind: 'run',
    sportLabel: 'Run',
    surface: 'trail',
    startedAt,
    date: new Date(startedAt).toISOString().slice(0, 10),
    distanceKm,
    durationMin: 25,
    elevationGainM: 120,
    source: 'fit',
  };
  return importedRunFields(activity);
}

describe('imported runs', () => {
  it('are stored with their origin and blank pain, and never twice for one activity', async () => {
    const journal = await freshJournal();
    expect(
      await journal.addImportedRuns([imported(START), imported(START + 86_400_000)], NOW),
    ).toBe(2);
    // The same activities again (one a minute later, as another export may date it): nothing.
    expect(await journal.addImportedRuns([imported(START + 60_000)], NOW)).toBe(0);
    const { runs } = await journal.load();
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({
      date: '2025-05-12',
      distanceKm: 5,
      surface: 'trail',
      elevationGainM: 120,
      painCharacter: null,
      pain: { before: null, during: null, after: null, nextMorning: null },
      imported: { startedAt: START, source: 'fit' },
    });
  });

  it('keep their origin when the runner adds pain through the edit form', async () => {
    const journal = await freshJournal();
    await journal.addImportedRuns([imported(START)], NOW);
    const [run] = (await journal.load()).runs;
    if (!run) throw new Error('no run');
    const {
      id,
      rev,
      createdAt: _c,
      updatedAt: _u,
      imported: _i,
      elevationGainM: _e,
      ...formFields
    } = run;
    await journal.saveRun(
      { ...formFields, pain: { before: 1, during: 3, after: 2, nextMorning: null } },
      { id, expectedRev: rev, now: NOW + 1000 },
    );
    const [edited] = (await journal.load()).runs;
    expect(edited).toMatchObject({
      pain: { before: 1, during: 3, after: 2 },
      imported: { startedAt: START, source: 'fit' },
      elevationGainM: 120,
    });
  });

  it('come back from a backup with their origin', async () => {
    const journal = await freshJournal();
    await journal.addImportedRuns([imported(START)], NOW);
    const backup = await journal.exportBackup(new Date(NOW));
    const reading = readBackup(JSON.stringify(backup), '2025-05-14');
    expect(reading.ok && reading.backup.runs[0]?.imported).toEqual({
      startedAt: START,
      source: 'fit',
    });
    const broken = JSON.stringify({
      ...backup,
      runs: backup.runs.map((run) => ({ ...run, imported: { startedAt: 'soon', source: 'fit' } })),
    });
    expect(readBackup(broken, '2025-05-14')).toMatchObject({ ok: false });
  });

  it('add nothing when saving fails part way', async () => {
    const journal = await freshJournal();
    await journal.addImportedRuns([imported(START)], NOW);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      calls += 1;
      if (calls === 2) throw new DOMException('The disk is full', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const adding = journal.addImportedRuns(
      [imported(START + 86_400_000), imported(START + 2 * 86_400_000)],
      NOW,
    );
    await expect(adding).rejects.toBeInstanceOf(StorageError);
    expect((await journal.load()).runs.map((run) => run.date)).toEqual(['2025-05-12']);
  });
});
