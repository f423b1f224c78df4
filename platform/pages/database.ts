/**
 * The extension's IndexedDB database (through `idb`), used from extension pages only. One
 * database, versioned: every schema change adds a step to `MIGRATIONS`, and opening runs each
 * step from the stored version up, so a user upgrading from any earlier version keeps their data.
 * Repositories (`history.ts`, `journal.ts`) are the only code that touches it.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';

export const DATABASE_NAME = 'hip-pain-guide';

export interface HipPainGuideDB extends DBSchema {
  checks: { key: number; value: CheckRecord; indexes: { at: number } };
  /** The run journal's runs (schema version 2). */
  runs: { key: number; value: JournalRun; indexes: { date: string } };
  /** The runner's shoes (schema version 2). */
  shoes: { key: number; value: JournalShoe };
}

type UpgradeTransaction = IDBPTransaction<
  HipPainGuideDB,
  StoreNames<HipPainGuideDB>[],
  'versionchange'
>;

/**
 * Schema steps: `MIGRATIONS[n]` takes a database from version n to n + 1. Append only; never edit
 * a step that has shipped.
 */
export const MIGRATIONS: ((db: IDBPDatabase<HipPainGuideDB>, tx: UpgradeTransaction) => void)[] = [
  // 0 → 1: symptom-check history.
  (db) => {
    const checks = db.createObjectStore('checks', { keyPath: 'id', autoIncrement: true });
    checks.createIndex('at', 'at');
  },
  // 1 → 2: the run and pain journal.
  (db) => {
    const runs = db.createObjectStore('runs', { keyPath: 'id', autoIncrement: true });
    runs.createIndex('date', 'date');
    db.createObjectStore('shoes', { keyPath: 'id', autoIncrement: true });
  },
];

export const DATABASE_VERSION = MIGRATIONS.length;

/** Thrown when the database cannot be opened or written; `message` is fit to show a user. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Turns an IndexedDB failure into a message a runner can act on. */
export function explainStorageFailure(error: unknown): StorageError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(
      'Your browser is out of storage space for Hip Pain Guide, so this was not saved. Free some space (or export and delete old entries) and try again.',
      { cause: error },
    );
  }
  if (name === 'VersionError' || name === 'AbortError' || name === 'BlockedError') {
    return new StorageError(
      'Hip Pain Guide could not update its saved data because it is open in another window. Close the other sidebars or tabs of the guide and try again.',
      { cause: error },
    );
  }
  return new StorageError('Hip Pain Guide could not reach its saved data. Nothing was changed.', {
    cause: error,
  });
}

/** A lazily opened connection that a repository shares across its calls. */
export interface DatabaseConnection {
  /** The open database, opening it on first use (and again after `close` or a failure). */
  get(): Promise<IDBPDatabase<HipPainGuideDB>>;
  close(): void;
}

/**
 * A connection for one repository. It lets go when a newer version of the extension upgrades the
 * schema in another window (the next call reopens), and a failed open is retried on the next call.
 */
export function databaseConnection(name = DATABASE_NAME): DatabaseConnection {
  let opening: Promise<IDBPDatabase<HipPainGuideDB>> | null = null;
  return {
    get() {
      opening ??= openDatabase(name).then((db) => {
        db.addEventListener('versionchange', () => {
          db.close();
          opening = null;
        });
        return db;
      });
      // A failed open reaches the caller through `opening`; here it only lets the next call retry.
      opening.catch(() => {
        opening = null;
      });
      return opening;
    },
    close() {
      // A database that never opened has nothing to close; its failure went to whoever asked for it.
      void opening?.then((db) => db.close()).catch(() => undefined);
      opening = null;
    },
  };
}

/** Opens (and if needed upgrades) the database. `name` is for tests. */
export async function openDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<HipPainGuideDB>> {
  try {
    return await openDB<HipPainGuideDB>(name, DATABASE_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < DATABASE_VERSION; version++) {
          MIGRATIONS[version]?.(db, tx);
        }
      },
      blocked() {
        // An older copy of the sidebar holds the database open; it closes on `versionchange`.
      },
    });
  } catch (error) {
    throw explainStorageFailure(error);
  }
}
