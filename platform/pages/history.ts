/**
 * The symptom-check history: a repository over the database's `checks` store. Every failure
 * surfaces as a `StorageError` whose message can be shown as it is; nothing fails silently.
 */
import type { IDBPDatabase } from 'idb';
import {
  type CheckRecord,
  migrateCheckRecord,
  type SavedCheck,
} from '../../knowledge/symptoms/check-record';
import {
  DATABASE_NAME,
  databaseConnection,
  explainStorageFailure,
  type HipPainGuideDB,
  StorageError,
} from './database';

/** Saving, listing and deleting symptom checks. */
export interface CheckHistory {
  /** Saves a new check; resolves its id. */
  add(check: Omit<CheckRecord, 'id'>): Promise<number>;
  /** Replaces the saved check with the same id (a check changed after it was saved). */
  replace(check: SavedCheck): Promise<void>;
  /** Every saved check, newest first. */
  list(): Promise<SavedCheck[]>;
  /** One check, or null if it was deleted. */
  get(id: number): Promise<SavedCheck | null>;
  remove(id: number): Promise<void>;
  clear(): Promise<void>;
  /** Closes the database (the repository reopens it when used again). */
  close(): void;
}

/** Opens the history in `databaseName` (tests pass their own name). */
export function createCheckHistory(databaseName = DATABASE_NAME): CheckHistory {
  const connection = databaseConnection(databaseName);
  const database = () => connection.get();

  async function run<T>(work: (db: IDBPDatabase<HipPainGuideDB>) => Promise<T>): Promise<T> {
    try {
      return await work(await database());
    } catch (error) {
      throw error instanceof StorageError ? error : explainStorageFailure(error);
    }
  }

  return {
    add: (check) =>
      run(async (db) => {
        const { id: _ignored, ...record } = check as CheckRecord;
        return db.add('checks', record as CheckRecord);
      }),
    replace: (check) =>
      run(async (db) => {
        await db.put('checks', check);
      }),
    list: () =>
      run(async (db) => {
        // Checks saved by older versions are brought to today's shape as they are read.
        const checks = (await db.getAllFromIndex('checks', 'at')) as SavedCheck[];
        return checks.map(migrateCheckRecord).reverse();
      }),
    get: (id) =>
      run(async (db) => {
        const check = (await db.get('checks', id)) as SavedCheck | undefined;
        return check ? migrateCheckRecord(check) : null;
      }),
    remove: (id) => run((db) => db.delete('checks', id)),
    clear: () => run((db) => db.clear('checks')),
    close: () => connection.close(),
  };
}
