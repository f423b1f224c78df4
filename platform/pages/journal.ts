/**
 * The run journal's repository: runs and shoes in the extension's IndexedDB database, a full
 * backup out and in. Every write is one transaction, so a failure (storage full, a bad record)
 * leaves the data exactly as it was; every failure reaches the caller as a `StorageError` whose
 * message can be shown as is.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { createBackup, type JournalBackup } from '../../knowledge/journal/backup';
import type { JournalRun, JournalShoe, RunFields, ShoeFields } from '../../knowledge/journal/types';
import type { CheckRecord, SavedCheck } from '../../knowledge/symptoms/check-record';
import {
  databaseConnection,
  explainStorageFailure,
  type HipPainGuideDB,
  StorageError,
} from './database';

type Store = StoreNames<HipPainGuideDB>;
type WriteTransaction<S extends Store[]> = IDBPTransaction<HipPainGuideDB, S, 'readwrite'>;

/** What the journal view needs from storage. */
export interface JournalRepository {
  /** Every run and pair of shoes. */
  load(): Promise<{ runs: JournalRun[]; shoes: JournalShoe[] }>;
  /**
   * Saves a new run, or replaces run `id`. With `newShoe`, adds that pair in the same transaction
   * and logs the run in it.
   */
  saveRun(
    fields: RunFields,
    options: { id?: number; newShoe?: ShoeFields; now: number },
  ): Promise<JournalRun>;
  deleteRun(id: number): Promise<void>;
  /** Renames or retires a pair. */
  updateShoe(shoe: JournalShoe): Promise<void>;
  /** The most recent saved symptom check, if any (for the clinician summary). */
  latestCheck(): Promise<CheckRecord | null>;
  /** Everything stored, ready to write to a file. */
  exportBackup(now: Date): Promise<JournalBackup>;
  /**
   * Replaces the runs, shoes and symptom checks with a validated backup's, in one transaction:
   * if anything fails, nothing changes.
   */
  importBackup(backup: JournalBackup): Promise<void>;
  close(): void;
}

/** Options for opening the journal. */
export interface OpenJournalOptions {
  /** Database name; tests use their own. */
  name?: string;
  /**
   * Called when opening takes longer than `waitingAfterMs`: the usual cause is an older copy of
   * the guide holding the database open during an upgrade (a "blocked" upgrade).
   */
  onWaiting?: () => void;
  waitingAfterMs?: number;
}

/**
 * Opens the journal's repository (resolving once the database is open, so that a blocked upgrade
 * shows up here). Rejects with a `StorageError`.
 */
export async function openJournal(options: OpenJournalOptions = {}): Promise<JournalRepository> {
  const connection = databaseConnection(options.name);
  const database = () => connection.get();
  const timer = setTimeout(() => options.onWaiting?.(), options.waitingAfterMs ?? 1500);
  try {
    await database();
  } finally {
    clearTimeout(timer);
  }
  return createRepository(database, () => connection.close());
}

type Database = () => Promise<IDBPDatabase<HipPainGuideDB>>;

async function write<S extends Store[], T>(
  database: Database,
  stores: S,
  work: (tx: WriteTransaction<S>) => Promise<T>,
): Promise<T> {
  let tx: WriteTransaction<S> | undefined;
  try {
    tx = (await database()).transaction(stores, 'readwrite');
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    if (tx) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request, or finished: nothing to undo.
      }
      // The abort rejects `done`; the error that caused it is the one thrown below.
      await tx.done.catch(() => undefined);
    }
    throw error instanceof StorageError ? error : explainStorageFailure(error);
  }
}

async function read<T>(
  database: Database,
  work: (db: IDBPDatabase<HipPainGuideDB>) => Promise<T>,
): Promise<T> {
  try {
    return await work(await database());
  } catch (error) {
    throw error instanceof StorageError ? error : explainStorageFailure(error);
  }
}

/**
 * Starts requests in order (they queue inside the transaction) and waits for all. If starting one
 * throws, the ones already started will fail with the aborted transaction: mark them handled.
 */
async function allRequests(starts: readonly (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const start of starts) pending.push(start());
  } catch (error) {
    // They fail only because of `error`, which is thrown below.
    for (const request of pending) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(pending);
}

// Records added without an id get one from the store (keyPath `id`, autoIncrement); the cast
// tells the schema types so.
function withoutId<T extends { id: number }>(value: Omit<T, 'id'>): T {
  return value as T;
}

function createRepository(database: Database, close: () => void): JournalRepository {
  return {
    load: () =>
      read(database, async (db) => {
        const tx = db.transaction(['runs', 'shoes']);
        const [runs, shoes] = await Promise.all([
          tx.objectStore('runs').getAll(),
          tx.objectStore('shoes').getAll(),
        ]);
        return { runs, shoes };
      }),

    saveRun: (fields, { id, newShoe, now }) =>
      write(database, ['runs', 'shoes'], async (tx) => {
        let shoeId = fields.shoeId;
        if (newShoe) {
          const shoe = withoutId<JournalShoe>({ ...newShoe, createdAt: now });
          shoeId = await tx.objectStore('shoes').add(shoe);
        }
        const runs = tx.objectStore('runs');
        const previous = id === undefined ? undefined : await runs.get(id);
        const base = { ...fields, shoeId, createdAt: previous?.createdAt ?? now, updatedAt: now };
        if (id !== undefined) {
          const run: JournalRun = { ...base, id };
          await runs.put(run);
          return run;
        }
        const newId = await runs.add(withoutId<JournalRun>(base));
        return { ...base, id: newId };
      }),

    deleteRun: (id) =>
      write(database, ['runs'], async (tx) => {
        await tx.objectStore('runs').delete(id);
      }),

    updateShoe: (shoe) =>
      write(database, ['shoes'], async (tx) => {
        await tx.objectStore('shoes').put(shoe);
      }),

    latestCheck: () =>
      read(database, async (db) => {
        const cursor = await db.transaction('checks').store.index('at').openCursor(null, 'prev');
        return cursor?.value ?? null;
      }),

    exportBackup: (now) =>
      read(database, async (db) => {
        const tx = db.transaction(['runs', 'shoes', 'checks']);
        const [runs, shoes, checks] = await Promise.all([
          tx.objectStore('runs').getAll(),
          tx.objectStore('shoes').getAll(),
          tx.objectStore('checks').getAll(),
        ]);
        const withIds = checks.filter((check): check is SavedCheck => check.id !== undefined);
        return createBackup({ runs, shoes, checks: withIds }, now);
      }),

    importBackup: (backup) =>
      write(database, ['runs', 'shoes', 'checks'], async (tx) => {
        const runs = tx.objectStore('runs');
        const shoes = tx.objectStore('shoes');
        const checks = tx.objectStore('checks');
        await Promise.all([runs.clear(), shoes.clear(), checks.clear()]);
        await allRequests([
          ...backup.shoes.map((shoe) => () => shoes.put(shoe)),
          ...backup.runs.map((run) => () => runs.put(run)),
          ...backup.checks.map((check) => () => checks.put(check)),
        ]);
      }),

    close,
  };
}
