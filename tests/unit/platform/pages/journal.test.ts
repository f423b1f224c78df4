/**
 * The journal repository over a real IndexedDB implementation (fake-indexeddb): saving, editing,
 * deleting, backup round trips, and the failures that must change nothing and say why: a full
 * disk in the middle of a save or an import, an upgrade blocked by an older open copy, and a
 * change made from a copy that another window has changed since (revisions).
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../../../knowledge/journal/backup';
import type { RunFields } from '../../../../knowledge/journal/types';
import {
  CHANGE_CHANNEL,
  type DataChange,
  StaleWriteError,
  StorageError,
  type StoredCheck,
} from '../../../../platform/pages/database';
import { type JournalRepository, openJournal } from '../../../../platform/pages/journal';
import {
  sampleBackup,
  sampleRun,
  sampleRunFields,
  sampleShoe,
} from '../../knowledge/journal/sample';
import { sampleAnswers } from '../../knowledge/symptoms/sample-answers';
import { journalDatabasesForEachTest } from './journal-databases';

const { freshJournal, newDatabaseName, lastDatabaseName, closeAfterTest } =
  journalDatabasesForEachTest('journal-test');

function fields(date: string, changes: Partial<RunFields> = {}): RunFields {
  return { ...sampleRunFields(date), ...changes };
}

const NOW = Date.UTC(2025, 4, 14, 8);

/** Records as a view would compare them: without the revision tokens, which are random. */
function withoutRevs<T extends { rev?: string }>(records: readonly T[]): Omit<T, 'rev'>[] {
  return records.map(({ rev: _rev, ...record }) => record);
}

async function loadWithoutRevs(journal: JournalRepository) {
  const { runs, shoes } = await journal.load();
  return { runs: withoutRevs(runs), shoes: withoutRevs(shoes) };
}

/** Makes the `count`-th `put` from now on throw the error a full disk gives. */
function fillTheDiskAtPut(count: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<typeof put>
  ) {
    calls += 1;
    if (calls === count)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('runs and shoes', () => {
  it('saves a run with a new pair of shoes in one go, and lists both', async () => {
    const journal = await freshJournal();
    const run = await journal.saveRun(fields('2025-05-12', { distanceKm: 8 }), {
      newShoe: { name: 'Blue Pegasus', startKm: 40, retired: false },
      now: NOW,
    });
    const { runs, shoes } = await journal.load();
    expect(withoutRevs(shoes)).toEqual([
      { id: 1, name: 'Blue Pegasus', startKm: 40, retired: false, createdAt: NOW },
    ]);
    expect(runs).toEqual([{ ...run, shoeId: 1 }]);
  });

  it('edits a run in place, keeping when it was first logged', async () => {
    const journal = await freshJournal();
    const first = await journal.saveRun(fields('2025-05-12'), { now: NOW });
    await journal.saveRun(
      fields('2025-05-12', { pain: { before: 1, during: 2, after: 2, nextMorning: 3 } }),
      { id: first.id, expectedRev: first.rev, now: NOW + 1000 },
    );
    const { runs } = await journal.load();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      id: first.id,
      createdAt: NOW,
      updatedAt: NOW + 1000,
      pain: { nextMorning: 3 },
    });
  });

  it('deletes a run, and retires a pair', async () => {
    const journal = await freshJournal();
    const run = await journal.saveRun(fields('2025-05-12'), {
      newShoe: { name: 'Old', startKm: 0, retired: false },
      now: NOW,
    });
    const [shoe] = (await journal.load()).shoes;
    await journal.deleteRun(run.id, run.rev ?? null);
    await journal.updateShoe(
      { id: 1, name: 'Old', startKm: 0, retired: true, createdAt: NOW },
      shoe?.rev ?? null,
    );
    expect(await loadWithoutRevs(journal)).toEqual({
      runs: [],
      shoes: [{ id: 1, name: 'Old', startKm: 0, retired: true, createdAt: NOW }],
    });
  });
});

describe('backups', () => {
  async function seededJournal(): Promise<JournalRepository> {
    const journal = await freshJournal();
    await journal.saveRun(fields('2025-05-10'), {
      newShoe: { name: 'A', startKm: 0, retired: false },
      now: NOW,
    });
    await journal.saveRun(fields('2025-05-12', { shoeId: 1 }), { now: NOW + 1 });
    return journal;
  }

  const IMPORTED = sampleBackup({
    runs: [sampleRun('2025-04-01', { id: 10, shoeId: 5 }), sampleRun('2025-04-02', { id: 11 })],
    shoes: [sampleShoe(5)],
    checks: [
      {
        id: 3,
        at: NOW,
        answers: sampleAnswers(),
        topConditions: [],
        redFlags: [],
      },
    ],
  });

  it('exports everything and imports it into another journal unchanged', async () => {
    const source = await seededJournal();
    const backup = await source.exportBackup(new Date(NOW));
    expect(backup).toMatchObject({ format: 'hip-pain-guide-backup', formatVersion: 1 });
    const target = await freshJournal();
    await target.saveRun(fields('2025-01-01'), { now: NOW });
    await target.importBackup(backup);
    expect(await loadWithoutRevs(target)).toEqual(await loadWithoutRevs(source));
    expect(JSON.stringify(backup)).not.toContain('"rev"');
  });

  it('replaces the journal and the symptom checks with the backup', async () => {
    const journal = await seededJournal();
    await journal.importBackup(IMPORTED);
    const { runs, shoes } = await journal.load();
    expect(runs.map((run) => run.id)).toEqual([10, 11]);
    expect(shoes.map((shoe) => shoe.id)).toEqual([5]);
    expect((await journal.latestCheck())?.id).toBe(3);
  });

  it('changes nothing when the disk fills in the middle of an import', async () => {
    const journal = await seededJournal();
    const before = await journal.load();
    fillTheDiskAtPut(2);
    const failure = await journal.importBackup(IMPORTED).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toContain('out of storage space');
    vi.restoreAllMocks();
    expect(await journal.load()).toEqual(before);
  });

  it('keeps the symptom checks when asked to (a backup without any)', async () => {
    const journal = await seededJournal();
    const db = await openDB(lastDatabaseName());
    await db.add('checks', { ...IMPORTED.checks[0], id: 8, at: NOW - 5 });
    db.close();
    await journal.importBackup({ ...IMPORTED, checks: [] }, { keepChecks: true });
    expect(await journal.counts()).toEqual({ runs: 2, shoes: 1, checks: 1 });
    expect((await journal.latestCheck())?.id).toBe(8);
    await journal.importBackup({ ...IMPORTED, checks: [] });
    expect(await journal.counts()).toEqual({ runs: 2, shoes: 1, checks: 0 });
  });

  it('saves new runs and shoes after a backup that once held an id of 2^53 − 1', async () => {
    const journal = await freshJournal();
    // What an older version stored from such a file: the key counter is now at its end.
    const huge = Number.MAX_SAFE_INTEGER;
    await journal.importBackup({
      ...IMPORTED,
      runs: [sampleRun('2025-04-01', { id: huge, shoeId: huge })],
      shoes: [sampleShoe(huge)],
      checks: [],
    });
    // Restoring a clean backup afterwards must make the journal usable again.
    await journal.importBackup({ ...IMPORTED, checks: [] });
    const run = await journal.saveRun(fields('2025-05-12'), {
      newShoe: { name: 'New', startKm: 0, retired: false },
      now: NOW,
    });
    expect([run.id, run.shoeId]).toEqual([12, 6]);
  });
});

describe('a journal that an older version filled with an id of 2^53 − 1', () => {
  it('says how to recover, and a backup restored through readBackup makes it usable', async () => {
    const journal = await freshJournal();
    const db = await openDB(lastDatabaseName());
    await db.add(
      'runs',
      sampleRun('2025-05-01', { id: Number.MAX_SAFE_INTEGER, createdAt: NOW, updatedAt: NOW }),
    );
    db.close();
    await expect(journal.saveRun(fields('2025-05-12'), { now: NOW })).rejects.toThrow(
      'Hip Pain Guide has run out of record numbers. Export a backup and restore it: restoring numbers the records afresh.',
    );
    const text = JSON.stringify(await journal.exportBackup(new Date(NOW)));
    const reading = readBackup(text, '2025-05-14');
    if (!reading.ok) throw new Error(reading.error);
    await journal.importBackup(reading.backup);
    const run = await journal.saveRun(fields('2025-05-12'), { now: NOW });
    expect(run.id).toBe(2);
    expect((await journal.load()).runs.map((r) => [r.id, r.date])).toEqual([
      [1, '2025-05-01'],
      [2, '2025-05-12'],
    ]);
  });
});

describe('two windows writing the same records', () => {
  async function twoWindows() {
    const name = newDatabaseName();
    const first = await openJournal({ name });
    const second = await openJournal({ name });
    closeAfterTest(first, second);
    return { first, second };
  }

  it('refuses an edit made from a copy that another window has changed since', async () => {
    const { first, second } = await twoWindows();
    const run = await first.saveRun(fields('2025-05-12'), { now: NOW });
    const [copyInSecond] = (await second.load()).runs;
    await first.saveRun(fields('2025-05-12', { distanceKm: 9 }), {
      id: run.id,
      expectedRev: run.rev ?? null,
      now: NOW + 1,
    });
    const stale = second.saveRun(fields('2025-05-12', { distanceKm: 3 }), {
      id: run.id,
      expectedRev: copyInSecond?.rev ?? null,
      now: NOW + 2,
    });
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toThrow(
      'This run was changed in another Hip Pain Guide window, so your change was not saved.',
    );
    expect((await second.load()).runs.map((r) => r.distanceKm)).toEqual([9]);
  });

  it('never brings back a run deleted in another window', async () => {
    const { first, second } = await twoWindows();
    const run = await first.saveRun(fields('2025-05-12'), { now: NOW });
    await first.deleteRun(run.id, run.rev ?? null);
    await expect(
      second.saveRun(fields('2025-05-12'), { id: run.id, expectedRev: run.rev ?? null, now: NOW }),
    ).rejects.toThrow('This run was deleted in another Hip Pain Guide window');
    expect((await second.load()).runs).toEqual([]);
  });

  it('never reverts a rename made in another window', async () => {
    const { first, second } = await twoWindows();
    await first.saveRun(fields('2025-05-12'), {
      newShoe: { name: 'Blue', startKm: 0, retired: false },
      now: NOW,
    });
    const [shoe] = (await second.load()).shoes;
    if (!shoe) throw new Error('no shoe');
    await first.updateShoe({ ...shoe, name: 'Blue Pegasus' }, shoe.rev ?? null);
    await expect(second.updateShoe({ ...shoe, retired: true }, shoe.rev ?? null)).rejects.toThrow(
      'This pair of shoes was changed in another Hip Pain Guide window',
    );
    expect((await first.load()).shoes.map((s) => [s.name, s.retired])).toEqual([
      ['Blue Pegasus', false],
    ]);
  });

  it('refuses an edit from before a restore, even for a run with the same id', async () => {
    const { first, second } = await twoWindows();
    const run = await first.saveRun(fields('2025-05-12'), { now: NOW });
    await first.importBackup({
      ...IMPORTED_FOR_WINDOWS,
      runs: [sampleRun('2025-04-01', { id: run.id })],
    });
    await expect(
      second.saveRun(fields('2025-05-12'), { id: run.id, expectedRev: run.rev ?? null, now: NOW }),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect((await second.load()).runs.map((r) => r.date)).toEqual(['2025-04-01']);
  });

  it('edits a run stored before revisions existed', async () => {
    const { first } = await twoWindows();
    const db = await openDB(lastDatabaseName());
    await db.add('runs', sampleRun('2025-05-01', { id: 4 }));
    db.close();
    const saved = await first.saveRun(fields('2025-05-02'), { id: 4, expectedRev: null, now: NOW });
    expect(saved.rev).toEqual(expect.any(String));
  });

  it('tells the other open pages after each change', async () => {
    const { first } = await twoWindows();
    const otherPage = new BroadcastChannel(CHANGE_CHANNEL);
    const heard: DataChange[] = [];
    const message = new Promise<void>((resolve) => {
      otherPage.onmessage = (event: MessageEvent<DataChange>) => {
        heard.push(event.data);
        resolve();
      };
    });
    await first.saveRun(fields('2025-05-12'), { now: NOW });
    await message;
    otherPage.close();
    expect(heard).toEqual([{ stores: ['runs', 'shoes', 'episodes'] }]);
  });
});

const IMPORTED_FOR_WINDOWS = sampleBackup();

describe('storage failures', () => {
  it('says the disk is full and saves nothing when a run cannot be written', async () => {
    const journal = await freshJournal();
    // A new run is added (`add`); an edited one is replaced (`put`, the next test).
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(journal.saveRun(fields('2025-05-12'), { now: NOW })).rejects.toThrow(
      'Your browser is out of storage space for Hip Pain Guide, so this was not saved.',
    );
    vi.restoreAllMocks();
    expect((await journal.load()).runs).toEqual([]);
  });

  it('says the disk is full when editing a run, and keeps the old version', async () => {
    const journal = await freshJournal();
    const run = await journal.saveRun(fields('2025-05-12'), { now: NOW });
    fillTheDiskAtPut(1);
    await expect(
      journal.saveRun(fields('2025-05-12', { distanceKm: 9 }), {
        id: run.id,
        expectedRev: run.rev ?? null,
        now: NOW + 1,
      }),
    ).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect((await journal.load()).runs).toEqual([run]);
  });

  it('tells the caller while an upgrade waits for an older open copy, then opens', async () => {
    const name = newDatabaseName();
    // An older copy of the guide, at schema version 1, that does not let go of the database.
    const older = await openDB(name, 1, {
      upgrade: (db) => db.createObjectStore('checks', { keyPath: 'id', autoIncrement: true }),
    });
    let waiting: () => void = () => undefined;
    const told = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const opening = openJournal({ name, onWaiting: waiting, waitingAfterMs: 20 });
    await told;
    older.close();
    const journal = await opening;
    closeAfterTest(journal);
    expect((await journal.load()).runs).toEqual([]);
  });
});

describe('the latest symptom check', () => {
  it('is the newest by time, or null without any', async () => {
    const journal = await freshJournal();
    expect(await journal.latestCheck()).toBeNull();
    const check = (at: number): StoredCheck => ({
      at,
      answers: sampleAnswers({ text: `${at}` }),
      topConditions: [],
      redFlags: [],
    });
    const db = await openDB(lastDatabaseName());
    await db.add('checks', check(2));
    await db.add('checks', check(3));
    await db.add('checks', check(1));
    db.close();
    expect((await journal.latestCheck())?.answers.text).toBe('3');
  });
});
