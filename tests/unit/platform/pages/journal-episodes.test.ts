/**
 * Injury episodes in storage: a painful run after a pain-free stretch starts one in the same
 * transaction as the run, the runner's edits are saved with revisions, and backups carry them
 * (an older backup without episodes leaves the stored ones alone when restored).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../../knowledge/journal/backup';
import { describeMerge, planMerge } from '../../../../knowledge/journal/backup-merge';
import type { RunFields } from '../../../../knowledge/journal/types';
import { sampleBackup, sampleRunFields } from '../../knowledge/journal/sample';
import { journalDatabasesForEachTest } from './journal-databases';

const { freshJournal } = journalDatabasesForEachTest('journal-episodes-test');

function fields(date: string, during: number | null): RunFields {
  return sampleRunFields(date, { pain: { before: null, during, after: null } });
}

const NOW = Date.UTC(2025, 4, 14, 8);

describe('injury episodes in storage', () => {
  it('starts one when pain appears, and not again while it goes on', async () => {
    const journal = await freshJournal();
    await journal.saveRun(fields('2025-04-20', 0), { now: NOW });
    expect((await journal.load()).episodes).toEqual([]);
    await journal.saveRun(fields('2025-05-01', 4), { now: NOW });
    await journal.saveRun(fields('2025-05-05', 5), { now: NOW });
    const { episodes } = await journal.load();
    expect(episodes.map(({ start, end }) => ({ start, end }))).toEqual([
      { start: '2025-05-01', end: null },
    ]);
  });

  it('saves the runner’s edits, refusing one made from a stale copy', async () => {
    const journal = await freshJournal();
    await journal.saveRun(fields('2025-05-01', 4), { now: NOW });
    const [episode] = (await journal.load()).episodes;
    if (!episode) throw new Error('no episode started');
    const { id, rev, createdAt: _c, updatedAt: _u, ...rest } = episode;
    await journal.saveEpisode(
      { ...rest, end: '2025-05-10', whatHelped: 'Two weeks of cycling', crossTrainingDays: 6 },
      { id, expectedRev: rev ?? null, now: NOW },
    );
    expect((await journal.load()).episodes[0]).toMatchObject({
      end: '2025-05-10',
      whatHelped: 'Two weeks of cycling',
      crossTrainingDays: 6,
    });
    await expect(
      journal.saveEpisode(rest, { id, expectedRev: rev ?? null, now: NOW }),
    ).rejects.toThrow('This episode was changed in another Hip Pain Guide window');
  });

  it('carries episodes through a backup, and keeps them for a backup without any', async () => {
    const journal = await freshJournal();
    await journal.saveRun(fields('2025-05-01', 4), { now: NOW });
    const backup = await journal.exportBackup(new Date(NOW));
    expect(backup.episodes).toHaveLength(1);
    const reading = readBackup(JSON.stringify(backup), '2025-05-14');
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.backup.episodes?.[0]).toMatchObject({ start: '2025-05-01', end: null });

    const other = await freshJournal();
    await other.importBackup(reading.backup);
    expect((await other.load()).episodes).toHaveLength(1);
    const { episodes: _episodes, ...older } = reading.backup;
    await other.importBackup({ ...older, runs: [] });
    expect((await other.load()).episodes).toHaveLength(1);
  });

  it('refuses a backup whose episode ends before it starts, naming it', () => {
    const reading = readBackup(
      JSON.stringify({
        ...sampleBackup(),
        episodes: [
          {
            id: 1,
            start: '2025-05-10',
            end: '2025-05-01',
            crossTrainingDays: 0,
            whatHelped: '',
            notes: '',
            createdAt: NOW,
            updatedAt: NOW,
          },
        ],
      }),
      '2025-05-14',
    );
    expect(reading).toEqual({
      ok: false,
      error:
        'This backup is damaged and was not imported. Episode 1: the end cannot come before the start.',
    });
  });
});

describe('merging a backup, and undoing it', () => {
  it('adds and updates as the plan says, and the undo puts the journal back as it was', async () => {
    const journal = await freshJournal();
    await journal.saveRun(fields('2025-05-01', 2), { now: NOW });
    await journal.saveRun(fields('2025-05-03', 0), { now: NOW + 1 });
    const backup = await journal.exportBackup(new Date(NOW));
    const [first] = backup.runs;
    if (!first) throw new Error('no run');
    const edited = { ...backup, runs: [{ ...first, notes: 'from the other computer' }] };
    edited.runs.push({ ...first, id: 99, date: '2025-05-07', createdAt: NOW + 5 });
    const other = await freshJournal();
    await other.importBackup(backup);
    const before = (await other.load()).runs.map(({ rev: _rev, ...run }) => run);

    const stored = await other.load();
    const plan = planMerge({ ...stored, checks: await other.allChecks() }, edited);
    expect(describeMerge(plan)).toMatch(/^1 run to add, 1 to update;/);
    const undo = await other.mergeBackup(plan);
    const merged = (await other.load()).runs;
    expect(merged.map((run) => [run.date, run.notes])).toEqual([
      ['2025-05-01', 'from the other computer'],
      ['2025-05-03', ''],
      ['2025-05-07', ''],
    ]);
    await other.undoMerge(undo);
    expect((await other.load()).runs.map(({ rev: _rev, ...run }) => run)).toEqual(before);
  });
});

describe('a pair’s replacement distance in a backup', () => {
  it('is read when given and refused out of range', () => {
    const file = (retireKm: number) =>
      JSON.stringify({
        ...sampleBackup(),
        shoes: [{ id: 1, name: 'Racers', startKm: 0, retired: false, createdAt: NOW, retireKm }],
      });
    const ok = readBackup(file(600), '2025-05-14');
    expect(ok.ok && ok.backup.shoes[0]?.retireKm).toBe(600);
    expect(readBackup(file(20), '2025-05-14')).toEqual({
      ok: false,
      error:
        'This backup is damaged and was not imported. Shoe 1 ("Racers"): enter a distance to replace them at, 100 to 5000 km.',
    });
  });
});
