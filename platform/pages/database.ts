/**
 * The extension's IndexedDB database (through `idb`), used from extension pages only. One
 * database, versioned: every schema change adds a step to `MIGRATIONS`, and opening runs each
 * step from the stored version up, so a user upgrading from any earlier version keeps their data.
 * Repositories (`history.ts`, `journal.ts`) are the only code that touches it.
 *
 * Several sidebars (one per window) and the summary page can have the database open at once.
 * So that none overwrites another's newer record with its stale copy, every record carries a
 * revision (`rev`, new on each write) and a change is written only when the stored record still
 * has the revision the writer last read (`assertRevision`); a stale write is refused with a
 * `StaleWriteError`. After each write a repository tells the other pages (`changeChannel`), and
 * they reload.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type { CrossTrainingDay } from '../../knowledge/journal/cross-training';
import type { JournalEpisode } from '../../knowledge/journal/episodes';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';

export const DATABASE_NAME = 'hip-pain-guide';

/**
 * A record's revision: a fresh random token on every write. Records saved before revisions
 * existed have none (`undefined`), which a writer that read them passes back as `null`.
 */
export interface Revised {
  rev?: string;
}

/** A saved symptom check (the checker's answers and what it showed). */
export type StoredCheck = CheckRecord & Revised;
/** A run as stored. */
export type StoredRun = JournalRun & Revised;
/** A pair of shoes as stored. */
export type StoredShoe = JournalShoe & Revised;
/** An injury episode as stored. */
export type StoredEpisode = JournalEpisode & Revised;

export interface HipPainGuideDB extends DBSchema {
  checks: { key: number; value: StoredCheck; indexes: { at: number } };
  /** The run journal's runs (schema version 2). */
  runs: { key: number; value: StoredRun; indexes: { date: string } };
  /** The runner's shoes (schema version 2). */
  shoes: { key: number; value: StoredShoe };
  /** Injury episodes (schema version 3). */
  episodes: { key: number; value: StoredEpisode; indexes: { start: string } };
  /** Days of other sports read from activity files, one record per date (schema version 4). */
  crossTraining: { key: string; value: CrossTrainingDay };
}

/** A store's name. */
export type StoreName = StoreNames<HipPainGuideDB>;

/** What store `N` holds. */
export type StoredValue<N extends StoreName> = HipPainGuideDB[N]['value'];

/** Store `N` in a read-write transaction over several stores. */
export type WritableStore<N extends StoreName> = IDBPObjectStore<
  HipPainGuideDB,
  StoreName[],
  N,
  'readwrite'
>;

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
  // 2 → 3: injury episodes.
  (db) => {
    const episodes = db.createObjectStore('episodes', { keyPath: 'id', autoIncrement: true });
    episodes.createIndex('start', 'start');
  },
  // 3 → 4: cross-training days from imported activities.
  (db) => {
    db.createObjectStore('crossTraining', { keyPath: 'date' });
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

/**
 * A write refused because the record changed (or went) in another window since this page read
 * it. The message says what happened; the page reloads so the runner sees the latest data.
 */
export class StaleWriteError extends StorageError {
  constructor(message: string) {
    super(message);
    this.name = 'StaleWriteError';
  }
}

/** A new revision token. */
export function newRevision(): string {
  return crypto.randomUUID();
}

/**
 * Refuses a write over `stored` unless it still has `expectedRev` (`null`: a record from before
 * revisions). `what` names the record in the message ("This run").
 */
export function assertRevision(
  stored: Revised | undefined,
  expectedRev: string | null,
  what: string,
): void {
  if (!stored) {
    throw new StaleWriteError(
      `${what} was deleted in another Hip Pain Guide window, so your change was not saved.`,
    );
  }
  if ((stored.rev ?? null) !== expectedRev) {
    throw new StaleWriteError(
      `${what} was changed in another Hip Pain Guide window, so your change was not saved. The latest version is shown now; make your change again if it is still needed.`,
    );
  }
}

/**
 * The id for a new record in `store`: one more than the highest stored. Chosen inside the write
 * transaction (so two pages never pick the same), instead of the store's key generator, which an
 * old import of a huge id may have pushed to its end (after which every add fails).
 */
export async function nextId<S extends ArrayLike<StoreName>, N extends StoreName>(
  store: IDBPObjectStore<HipPainGuideDB, S, N, 'readwrite'>,
): Promise<number> {
  const last = await store.openKeyCursor(null, 'prev');
  const highest = typeof last?.key === 'number' ? last.key : 0;
  if (!Number.isSafeInteger(highest + 1)) {
    throw new StorageError(
      'Hip Pain Guide has run out of record numbers. Export a backup and restore it: restoring numbers the records afresh.',
    );
  }
  return highest + 1;
}

/** The name of the channel on which pages say that stored data changed. */
export const CHANGE_CHANNEL = 'hip-pain-guide-data';

/** A change message: which stores changed. */
export interface DataChange {
  stores: StoreName[];
}

/** Telling other pages about changes, and hearing about theirs. */
export interface ChangeChannel {
  /** Tells every other open page that `stores` changed. */
  announce(stores: StoreName[]): void;
  /** Calls `onChange` when another page changes data; returns the unsubscribe. */
  watch(onChange: (change: DataChange) => void): () => void;
  close(): void;
}

function isDataChange(value: unknown): value is DataChange {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as DataChange).stores) &&
    (value as DataChange).stores.every((store) => typeof store === 'string')
  );
}

/**
 * A `BroadcastChannel` between the extension's pages (same origin). One channel object per
 * repository: a channel object does not hear its own messages, so a page reloads only for
 * changes made elsewhere. Where there is no `BroadcastChannel`, changes are simply not shared.
 */
export function changeChannel(): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { announce() {}, watch: () => () => {}, close() {} };
  }
  let channel: BroadcastChannel | null = null;
  const open = () => {
    channel ??= new BroadcastChannel(CHANGE_CHANNEL);
    return channel;
  };
  return {
    announce(stores) {
      open().postMessage({ stores } satisfies DataChange);
    },
    watch(onChange) {
      const listener = (event: MessageEvent) => {
        if (isDataChange(event.data)) onChange(event.data);
      };
      const opened = open();
      opened.addEventListener('message', listener);
      return () => opened.removeEventListener('message', listener);
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
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

/** How a repository reaches its open database (`DatabaseConnection.get`). */
export type DatabaseAccess = () => Promise<IDBPDatabase<HipPainGuideDB>>;

/** A read-write transaction over `Stores`. */
export type WriteTransaction<Stores extends StoreName[]> = IDBPTransaction<
  HipPainGuideDB,
  Stores,
  'readwrite'
>;

/** Our own refusals as they are; IndexedDB's failures in words a runner can act on. */
function asStorageError(error: unknown): StorageError {
  return error instanceof StorageError ? error : explainStorageFailure(error);
}

/** Runs `work` on the open database; any failure reaches the caller as a `StorageError`. */
export async function readStored<T>(
  database: DatabaseAccess,
  work: (db: IDBPDatabase<HipPainGuideDB>) => Promise<T>,
): Promise<T> {
  try {
    return await work(await database());
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * Runs `work` in one read-write transaction over `stores`: all of it is stored or, on any
 * failure (storage full, a refused revision), none of it, and the failure reaches the caller as
 * a `StorageError`.
 */
export async function writeStored<Stores extends StoreName[], T>(
  database: DatabaseAccess,
  stores: Stores,
  work: (tx: WriteTransaction<Stores>) => Promise<T>,
): Promise<T> {
  let tx: WriteTransaction<Stores> | undefined;
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
    throw asStorageError(error);
  }
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
