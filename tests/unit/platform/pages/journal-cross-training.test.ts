/**
 * Cross-training days in the journal repository: other sports from an import are stored one
 * record per day, beside the runs of the same import and in the same transaction, never twice
 * for one activity, "Delete all my data" empties them (and the episodes) with the rest, and
 * merging a backup brings in the days it has, once, with an undo.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBackup } from '../../../../knowledge/journal/backup';
import { describeMerge, planMerge } from '../../../../knowledge/journal/backup-merge';
import type { CrossTrainingActivity } from '../../../../knowledge/journal/cross-training';
import { deleteAllData } from '../../../../platform/pages/all-data';
import { type JournalRepository, openJournal } from '../../../../platform/pages/journal';
import { journalDatabasesForEachTest } from './journal-databases';

const { freshJournal, lastDatabaseName, closeAfterTest } =
  journalDatabasesForEachTest('cross-training-test');

const NOW = Date.UTC(2025, 4, 14, 8);
const ride = (date: string, hour: number, sport = 'Cycling') => {
  const activity: CrossTrainingActivity = {
    sport,
    startedAt: Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`),
    durationMin: 60,
    distanceKm: 25,
  };
  return { date, activity };
};

describe('cross-training days', () => {
  it('are stored per day, two sports on one day in one record, and never twice', async () => {
    const journal = await freshJournal();
    expect(
      await journal.addImportedRuns([], NOW, [
        ride('2025-05-10', 7),
        ride('2025-05-10', 18, 'Swimming'),
        ride('2025-05-11', 9),
      ]),
    ).toBe(0);
    // The same ride again, dated a minute later by another export: nothing new.
    const again = ride('2025-05-10', 7);
    again.activity.startedAt += 60_000;
    await journal.addImportedRuns([], NOW, [again]);
    const { crossTraining, runs } = await journal.load();
    expect(runs).toEqual([]);
    expect(
      crossTraining.map((day) => [day.date, day.activities.map((activity) => activity.sport)]),
    ).toEqual([
      ['2025-05-10', ['Cycling', 'Swimming']],
      ['2025-05-11', ['Cycling']],
    ]);
  });

  it('go when the runner deletes all their data, with the episodes', async () => {
    const journal = await freshJournal();
    const name = lastDatabaseName();
    await journal.addImportedRuns([], NOW, [ride('2025-05-10', 7)]);
    await journal.saveEpisode(
      { start: '2025-05-01', end: null, crossTrainingDays: 2, whatHelped: '', notes: '' },
      { now: NOW },
    );
    journal.close();
    // The scripting API is not in WXT's fake browser; the database is emptied before it is used.
    // `never`: the typings pick the callback overload, which returns void; the promise one is used.
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    await deleteAllData(name);
    const reopened = await openJournal({ name });
    closeAfterTest(reopened);
    const { crossTraining, episodes } = await reopened.load();
    expect(crossTraining).toEqual([]);
    expect(episodes).toEqual([]);
  });

  it('go into a backup and come back from it; a damaged day is refused', async () => {
    const journal = await freshJournal();
    await journal.addImportedRuns([], NOW, [ride('2025-05-10', 7), ride('2025-05-11', 9)]);
    const backup = await journal.exportBackup(new Date(NOW));
    expect(backup.crossTraining?.map((day) => day.date)).toEqual(['2025-05-10', '2025-05-11']);
    const text = JSON.stringify(backup);
    const reading = readBackup(text, '2025-05-14');
    if (!reading.ok) throw new Error(reading.error);
    const other = await freshJournal();
    await other.importBackup(reading.backup);
    expect((await other.load()).crossTraining).toEqual(backup.crossTraining);

    const damaged = JSON.parse(text) as { crossTraining: { date: string }[] };
    (damaged.crossTraining[0] as { date: string }).date = '2031-01-01';
    expect(readBackup(JSON.stringify(damaged), '2025-05-14')).toEqual({
      ok: false,
      error:
        'This backup is damaged and was not imported. Cross-training day 1: "date" must be a day between 2000 and today.',
    });
  });
});

describe('merging a backup’s cross-training days', () => {
  async function planFor(journal: JournalRepository, backup: Parameters<typeof planMerge>[1]) {
    return planMerge({ ...(await journal.load()), checks: await journal.allChecks() }, backup);
  }

  async function sportsByDay(journal: JournalRepository) {
    return (await journal.load()).crossTraining.map((day) => [
      day.date,
      day.activities.map((activity) => activity.sport),
    ]);
  }

  it('adds the backup’s days, says how many first, and a second merge adds nothing', async () => {
    const laptop = await freshJournal();
    await laptop.addImportedRuns([], NOW, [
      ride('2025-05-10', 7),
      ride('2025-05-10', 18, 'Swimming'),
      ride('2025-05-11', 9),
    ]);
    const backup = await laptop.exportBackup(new Date(NOW));
    const phone = await freshJournal();
    // The phone already has the morning ride of the 10th, from its own import of the same file.
    await phone.addImportedRuns([], NOW, [ride('2025-05-10', 7)]);

    const plan = await planFor(phone, backup);
    expect(describeMerge(plan)).toMatch(/; 1 cross-training day to add, 1 to update$/);
    await phone.mergeBackup(plan);
    expect(await sportsByDay(phone)).toEqual([
      ['2025-05-10', ['Cycling', 'Swimming']],
      ['2025-05-11', ['Cycling']],
    ]);

    const again = await planFor(phone, backup);
    expect(describeMerge(again)).toMatch(/; 0 cross-training days to add, 0 to update$/);
    await phone.mergeBackup(again);
    expect(await sportsByDay(phone)).toEqual([
      ['2025-05-10', ['Cycling', 'Swimming']],
      ['2025-05-11', ['Cycling']],
    ]);
  });

  it('are taken out again by the undo, and a day the merge added to is as it was', async () => {
    const laptop = await freshJournal();
    await laptop.addImportedRuns([], NOW, [
      ride('2025-05-10', 18, 'Swimming'),
      ride('2025-05-11', 9),
    ]);
    const backup = await laptop.exportBackup(new Date(NOW));
    const phone = await freshJournal();
    await phone.addImportedRuns([], NOW, [ride('2025-05-10', 7)]);
    const before = (await phone.load()).crossTraining;

    const undo = await phone.mergeBackup(await planFor(phone, backup));
    expect(await sportsByDay(phone)).toEqual([
      ['2025-05-10', ['Cycling', 'Swimming']],
      ['2025-05-11', ['Cycling']],
    ]);
    await phone.undoMerge(undo);
    expect((await phone.load()).crossTraining).toEqual(before);
  });
});
