/**
 * The symptom-check history: a repository over the database's `checks` store. Every failure
 * surfaces as a `StorageError` whose message can be shown as it is; nothing fails silently.
 * A check is replaced only while it still has the revision its writer last saw, so a sidebar
 * never brings back a check deleted in another window or overwrites one restored from a backup;
 * other open pages hear of every change (`watch`).
 */
import type { IDBPObjectStore } from 'idb';
import {
  migrateCheckRecord,
  type SavedCheck as SavedCheckRecord,
} from '../../knowledge/symptoms/check-record';
import {
  assertRevision,
  changeChannel,
  DATABASE_NAME,
  type DataChange,
  databaseConnection,
  type HipPainGuideDB,
  newRevision,
  nextId,
  readStored,
  StorageError,
  type StoredCheck,
  writeStored,
} from './database';

/** A saved check as history reads it back: with its id, and its revision when it has one. */
export type SavedCheck = SavedCheckRecord & { rev?: string };

type ChecksStore = IDBPObjectStore<HipPainGuideDB, ['checks'], 'checks', 'readwrite'>;

/** Where a saved check is and which revision of it was saved. */
export interface SavedCheckRef {
  id: number;
  rev: string;
}

/** Saving, listing and deleting symptom checks. */
export interface CheckHistory {
  /** Saves a new check; resolves its id and revision. */
  add(check: Omit<StoredCheck, 'id' | 'rev'>): Promise<SavedCheckRef>;
  /**
   * Replaces the saved check with the same id (a check changed after it was saved), if it still
   * has revision `expectedRev`; refuses with a `StaleWriteError` when it was deleted or changed
   * elsewhere. Resolves the new revision.
   */
  replace(check: Omit<SavedCheck, 'rev'>, expectedRev: string): Promise<string>;
  /** Every saved check, newest first. */
  list(): Promise<SavedCheck[]>;
  /** One check, or null if it was deleted. */
  get(id: number): Promise<SavedCheck | null>;
  /** Deletes a check; resolves what was deleted (for "Undo"), or null when it was already gone. */
  remove(id: number): Promise<SavedCheck | null>;
  /**
   * Puts back a check that `remove` resolved, under its old id. Refuses (a `StorageError`) if
   * that id has been taken since, for example by a restored backup.
   */
  restore(check: SavedCheck): Promise<void>;
  clear(): Promise<void>;
  /** Calls `onChange` when another page changes stored data; returns the unsubscribe. */
  watch(onChange: (change: DataChange) => void): () => void;
  /** Closes the database (the repository reopens it when used again). */
  close(): void;
}

/** Opens the history in `databaseName` (tests pass their own name). */
export function createCheckHistory(databaseName = DATABASE_NAME): CheckHistory {
  const connection = databaseConnection(databaseName);
  const channel = changeChannel();
  const database = () => connection.get();

  /** A read-check-write in one transaction, then a word to the other pages. */
  async function write<T>(work: (store: ChecksStore) => Promise<T>): Promise<T> {
    const result = await writeStored(database, ['checks'], (tx) => work(tx.objectStore('checks')));
    channel.announce(['checks']);
    return result;
  }

  return {
    add: (check) =>
      write(async (store) => {
        const { id: _id, rev: _rev, ...record } = check as StoredCheck;
        const saved: SavedCheck = { ...record, id: await nextId(store), rev: newRevision() };
        await store.add(saved);
        return { id: saved.id, rev: saved.rev as string };
      }),
    replace: (check, expectedRev) =>
      write(async (store) => {
        assertRevision(await store.get(check.id), expectedRev, 'This check');
        const rev = newRevision();
        await store.put({ ...check, rev });
        return rev;
      }),
    list: () =>
      readStored(database, async (db) => {
        // Checks saved by older versions are brought to today's shape as they are read.
        const checks = (await db.getAllFromIndex('checks', 'at')) as SavedCheck[];
        return checks.map(migrateCheckRecord).reverse();
      }),
    get: (id) =>
      readStored(database, async (db) => {
        const check = (await db.get('checks', id)) as SavedCheck | undefined;
        return check ? migrateCheckRecord(check) : null;
      }),
    remove: (id) =>
      write(async (store) => {
        const stored = (await store.get(id)) as SavedCheck | undefined;
        await store.delete(id);
        return stored ?? null;
      }),
    restore: (check) =>
      write(async (store) => {
        if (await store.get(check.id)) {
          throw new StorageError(
            'That check could not be put back: its place was taken by a check restored from a backup.',
          );
        }
        await store.add({ ...check, rev: newRevision() });
      }),
    clear: () => write((store) => store.clear()),
    watch: (onChange) => channel.watch(onChange),
    close: () => {
      channel.close();
      connection.close();
    },
  };
}
