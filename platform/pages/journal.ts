import { createBackup, type JournalBackup } from '../../knowledge/journal/backup';
import type { MergePart, MergePlan } from '../../knowledge/journal/backup-merge';
import {
  addCrossTraining,
  type CrossTrainingActivity,
  type CrossTrainingDay,
} from '../../knowledge/journal/cross-training';
import {
  type EpisodeFields,
  episodeToStart,
  type JournalEpisode,
} from '../../knowledge/journal/episodes';
import { SAME_ACTIVITY_MS } from '../../knowledge/journal/import/plan';
import type { JournalRun, JournalShoe, RunFields, ShoeFields } from '../../knowledge/journal/types';
import type { SavedCheck } from '../../knowledge/symptoms/check-record';
import {
  assertRevision,
  changeChannel,
  type DatabaseAccess,
  type DataChange,
  databaseConnection,
  newRevision,
  nextId,
  readStored,
  type StoredCheck,
  type StoredEpisode,
  type StoredRun,
  type StoredShoe,
  type StoredValue,
  type StoreName,
  type WritableStore,
  type WriteTransaction,
  writeStored,
} from './database';

/** How many records of each kind are stored (to say what a restore would replace). */
export interface StoredCounts {
  runs: number;
  shoes: number;
  checks: number;
}

/** What the journal view needs from storage. */
export interface JournalRepository {
  /** Every run, pair of shoes and injury episode, each with its revision. */
  load(): Promise<{
    runs: StoredRun[];
    shoes: StoredShoe[];
    episodes: StoredEpisode[];
    crossTraining: CrossTrainingDay[];
  }>;
  /**
   * Saves a new run, or replaces run `id` if it still has revision `expectedRev` (`null` for a
   * run saved before revisions). With `newShoe`, adds that pair in the same transaction and logs
   * the run in it. A run that brings pain back after a pain-free stretch starts an injury
   * episode in the same transaction (`episodeToStart`).
   */
  saveRun(
    fields: RunFields,
    options: { id?: number; expectedRev?: string | null; newShoe?: ShoeFields; now: number },
  ): Promise<StoredRun>;
  /** Deletes run `id` unless another window changed it since revision `expectedRev`. */
  deleteRun(id: number, expectedRev: string | null): Promise<void>;
  /**
   * Adds runs read from activity files, in one transaction (all or none). A run whose start is
   * within two minutes of a run already imported is left out, so two imports racing in two
   * windows cannot add one activity twice. Other sports in the same import (`crossTraining`) go
   * into their days in the same transaction, with the same check. Resolves how many runs were
   * added.
   */
  addImportedRuns(
    runs: readonly RunFields[],
    now: number,
    crossTraining?: readonly { date: string; activity: CrossTrainingActivity }[],
  ): Promise<number>;
  /**
   * Saves a new episode, or replaces episode `id` if it still has revision `expectedRev`.
   */
  saveEpisode(
    fields: EpisodeFields,
    options: { id?: number; expectedRev?: string | null; now: number },
  ): Promise<StoredEpisode>;
  /** Renames or retires a pair, if it still has revision `expectedRev`. */
  updateShoe(shoe: JournalShoe, expectedRev: string | null): Promise<void>;
  /** The most recent saved symptom check, if any (for the clinician summary). */
  latestCheck(): Promise<StoredCheck | null>;
  /** How many runs, shoes and checks are stored. */
  counts(): Promise<StoredCounts>;
  /** Everything stored, ready to write to a file. */
  exportBackup(now: Date): Promise<JournalBackup>;
  /**
   * Replaces the runs and shoes (and, unless `keepChecks`, the symptom checks) with a validated
   * backup's, in one transaction: if anything fails, nothing changes.
   */
  importBackup(backup: JournalBackup, options?: { keepChecks?: boolean }): Promise<void>;
  /**
   * Merges a backup as `plan` says (from `planMerge` over what `load` and the checks returned),
   * in one transaction. Resolves what undoing it needs: the records it added and the stored
   * records it replaced, as they were.
   */
  mergeBackup(plan: MergePlan): Promise<MergeUndo>;
  /** Undoes a merge: deletes what it added and puts back what it replaced, in one transaction. */
  undoMerge(undo: MergeUndo): Promise<void>;
  /** Every saved symptom check (for a merge's plan). */
  allChecks(): Promise<SavedCheck[]>;
  /** Calls `onChange` when another page changes stored data; returns the unsubscribe. */
  watch(onChange: (change: DataChange) => void): () => void;
  close(): void;
}

/**
 * What undoing a merge needs, per store: ids it added (dates, for cross-training days), and the
 * records it replaced.
 */
export interface MergeUndo {
  added: {
    runs: number[];
    shoes: number[];
    checks: number[];
    episodes: number[];
    crossTraining: string[];
  };
  replaced: {
    runs: JournalRun[];
    shoes: JournalShoe[];
    checks: SavedCheck[];
    episodes: JournalEpisode[];
    crossTraining: CrossTrainingDay[];
  };
}

const MERGE_STORES: StoreName[] = ['runs', 'shoes', 'checks', 'episodes', 'crossTraining'];

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
  const channel = changeChannel();
  return createRepository(database, channel, () => {
    channel.close();
    connection.close();
  });
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

function importedPart(run: JournalRun): Pick<JournalRun, 'imported' | 'elevationGainM'> {
  const part: Pick<JournalRun, 'imported' | 'elevationGainM'> = {};
  if (run.imported) part.imported = run.imported;
  if (run.elevationGainM !== undefined) part.elevationGainM = run.elevationGainM;
  return part;
}

/** A record as it goes into a file: without its revision, which only this database knows. */
function withoutRevision<T extends object>(record: T): Omit<T, 'rev'> {
  const { rev: _rev, ...rest } = record as T & { rev?: string };
  return rest;
}

/** The stores whose records are keyed by a number id and carry a revision. */
type NumberedStore = 'runs' | 'shoes' | 'checks' | 'episodes';

/**
 * Writes one store's part of a merge: each record to add under a new id, each update over the
 * stored record's id, all with new revisions. Notes in `undo` what was added and what was
 * replaced; resolves the new id of each added record, by its id in the backup.
 */
async function mergeInto<N extends NumberedStore, T extends StoredValue<N> & { id: number }>(
  store: WritableStore<N>,
  part: MergePart<T>,
  undo: { added: number[]; replaced: Omit<T, 'rev'>[] },
): Promise<Map<number, number>> {
  const newIds = new Map<number, number>();
  for (const record of part.add) {
    const id = await nextId(store);
    await store.add({ ...record, id, rev: newRevision() });
    newIds.set(record.id, id);
    undo.added.push(id);
  }
  for (const { stored, incoming } of part.update) {
    await store.put({ ...incoming, id: stored.id, rev: newRevision() });
    undo.replaced.push(withoutRevision(stored));
  }
  return newIds;
}

/** Undoes `mergeInto` on one store: deletes what it added, puts back what it replaced. */
async function takeBack<N extends NumberedStore, T extends StoredValue<N>>(
  store: WritableStore<N>,
  added: readonly number[],
  replaced: readonly T[],
): Promise<void> {
  for (const id of added) await store.delete(id);
  for (const record of replaced) await store.put({ ...record, rev: newRevision() });
}

function createRepository(
  database: DatabaseAccess,
  channel: ReturnType<typeof changeChannel>,
  close: () => void,
): JournalRepository {
  /** A write, then a word to the other pages that `stores` changed. */
  const writeAndAnnounce = async <S extends StoreName[], T>(
    stores: S,
    work: (tx: WriteTransaction<S>) => Promise<T>,
  ): Promise<T> => {
    const result = await writeStored(database, stores, work);
    channel.announce(stores);
    return result;
  };

  return {
    load: () =>
      readStored(database, async (db) => {
        const tx = db.transaction(['runs', 'shoes', 'episodes', 'crossTraining']);
        const [runs, shoes, episodes, crossTraining] = await Promise.all([
          tx.objectStore('runs').getAll(),
          tx.objectStore('shoes').getAll(),
          tx.objectStore('episodes').getAll(),
          tx.objectStore('crossTraining').getAll(),
        ]);
        return { runs, shoes, episodes, crossTraining };
      }),

    saveRun: (fields, { id, expectedRev = null, newShoe, now }) =>
      writeAndAnnounce(['runs', 'shoes', 'episodes'], async (tx) => {
        const runs = tx.objectStore('runs');
        const previous = id === undefined ? undefined : await runs.get(id);
        if (id !== undefined) assertRevision(previous, expectedRev, 'This run');
        let shoeId = fields.shoeId;
        if (newShoe) {
          const shoes = tx.objectStore('shoes');
          const shoe: StoredShoe = {
            ...newShoe,
            id: await nextId(shoes),
            createdAt: now,
            rev: newRevision(),
          };
          await shoes.add(shoe);
          shoeId = shoe.id;
        }
        const run: StoredRun = {
          // Where an imported run came from outlives edits (the form does not show it).
          ...(previous ? importedPart(previous) : {}),
          ...fields,
          shoeId,
          id: id ?? (await nextId(runs)),
          createdAt: previous?.createdAt ?? now,
          updatedAt: now,
          rev: newRevision(),
        };
        // A new run is added (which never overwrites), an edited one replaced.
        await (id === undefined ? runs.add(run) : runs.put(run));
        const episodes = tx.objectStore('episodes');
        const starting = episodeToStart(run, await runs.getAll(), await episodes.getAll());
        if (starting) {
          await episodes.add({
            ...starting,
            id: await nextId(episodes),
            createdAt: now,
            updatedAt: now,
            rev: newRevision(),
          });
        }
        return run;
      }),

    deleteRun: (id, expectedRev) =>
      writeAndAnnounce(['runs'], async (tx) => {
        const runs = tx.objectStore('runs');
        const stored = await runs.get(id);
        // Already gone (deleted in another window): the runner's wish holds, nothing to refuse.
        if (!stored) return;
        assertRevision(stored, expectedRev, 'This run');
        await runs.delete(id);
      }),

    addImportedRuns: (imported, now, crossTraining = []) =>
      writeAndAnnounce(['runs', 'crossTraining'], async (tx) => {
        const runs = tx.objectStore('runs');
        const days = tx.objectStore('crossTraining');
        if (crossTraining.length > 0) {
          const { changed } = addCrossTraining(await days.getAll(), crossTraining);
          for (const day of changed) await days.put(day);
        }
        const starts = (await runs.getAll()).flatMap((run) =>
          run.imported ? [run.imported.startedAt] : [],
        );
        const fresh = imported.filter((run) => {
          const start = run.imported?.startedAt;
          if (
            start === undefined ||
            starts.some((seen) => Math.abs(seen - start) <= SAME_ACTIVITY_MS)
          ) {
            return false;
          }
          starts.push(start);
          return true;
        });
        let id = await nextId(runs);
        for (const run of fresh) {
          const stored: StoredRun = {
            ...run,
            id: id++,
            createdAt: now,
            updatedAt: now,
            rev: newRevision(),
          };
          await runs.add(stored);
        }
        return fresh.length;
      }),

    saveEpisode: (fields, { id, expectedRev = null, now }) =>
      writeAndAnnounce(['episodes'], async (tx) => {
        const episodes = tx.objectStore('episodes');
        const previous = id === undefined ? undefined : await episodes.get(id);
        if (id !== undefined) assertRevision(previous, expectedRev, 'This episode');
        const episode: StoredEpisode = {
          ...fields,
          id: id ?? (await nextId(episodes)),
          createdAt: previous?.createdAt ?? now,
          updatedAt: now,
          rev: newRevision(),
        };
        await (id === undefined ? episodes.add(episode) : episodes.put(episode));
        return episode;
      }),

    updateShoe: (shoe, expectedRev) =>
      writeAndAnnounce(['shoes'], async (tx) => {
        const shoes = tx.objectStore('shoes');
        assertRevision(await shoes.get(shoe.id), expectedRev, 'This pair of shoes');
        await shoes.put({ ...withoutRevision(shoe), rev: newRevision() });
      }),

    latestCheck: () =>
      readStored(database, async (db) => {
        const cursor = await db.transaction('checks').store.index('at').openCursor(null, 'prev');
        return cursor?.value ?? null;
      }),

    counts: () =>
      readStored(database, async (db) => {
        const tx = db.transaction(['runs', 'shoes', 'checks']);
        const [runs, shoes, checks] = await Promise.all([
          tx.objectStore('runs').count(),
          tx.objectStore('shoes').count(),
          tx.objectStore('checks').count(),
        ]);
        return { runs, shoes, checks };
      }),

    exportBackup: (now) =>
      readStored(database, async (db) => {
        const tx = db.transaction(['runs', 'shoes', 'checks', 'episodes', 'crossTraining']);
        const [runs, shoes, checks, episodes, crossTraining] = await Promise.all([
          tx.objectStore('runs').getAll(),
          tx.objectStore('shoes').getAll(),
          tx.objectStore('checks').getAll(),
          tx.objectStore('episodes').getAll(),
          tx.objectStore('crossTraining').getAll(),
        ]);
        const withIds = checks.filter((check): check is SavedCheck & { rev?: string } => {
          return check.id !== undefined;
        });
        return createBackup(
          {
            runs: runs.map((run): JournalRun => withoutRevision(run)),
            shoes: shoes.map((shoe): JournalShoe => withoutRevision(shoe)),
            checks: withIds.map((check): SavedCheck => withoutRevision(check)),
            episodes: episodes.map((episode): JournalEpisode => withoutRevision(episode)),
            crossTraining,
          },
          now,
        );
      }),

    importBackup: (backup, { keepChecks = false } = {}) => {
      const stores: StoreName[] = keepChecks ? ['runs', 'shoes'] : ['runs', 'shoes', 'checks'];
      // A backup from before episodes existed leaves the stored episodes as they are.
      if (backup.episodes) stores.push('episodes');
      // Likewise cross-training days, for a backup from before they were kept.
      if (backup.crossTraining) stores.push('crossTraining');
      return writeAndAnnounce(stores, async (tx) => {
        const runs = tx.objectStore('runs');
        const shoes = tx.objectStore('shoes');
        // Every record gets a new revision: a page still holding a revision from before the
        // restore can then never write its stale copy over a restored record with the same id.
        const revised = <T>(record: T) => ({ ...record, rev: newRevision() });
        const clearing = [runs.clear(), shoes.clear()];
        const puts: (() => Promise<unknown>)[] = [
          ...backup.shoes.map((shoe) => () => shoes.put(revised(shoe))),
          ...backup.runs.map((run) => () => runs.put(revised(run))),
        ];
        if (!keepChecks) {
          const checks = tx.objectStore('checks');
          clearing.push(checks.clear());
          puts.push(...backup.checks.map((check) => () => checks.put(revised(check))));
        }
        if (backup.episodes) {
          const episodes = tx.objectStore('episodes');
          clearing.push(episodes.clear());
          puts.push(...backup.episodes.map((episode) => () => episodes.put(revised(episode))));
        }
        if (backup.crossTraining) {
          const days = tx.objectStore('crossTraining');
          clearing.push(days.clear());
          puts.push(...backup.crossTraining.map((day) => () => days.put(day)));
        }
        await Promise.all(clearing);
        await allRequests(puts);
      });
    },

    allChecks: () =>
      readStored(database, async (db) =>
        (await db.getAll('checks')).filter((check): check is StoredCheck & SavedCheck => {
          return check.id !== undefined;
        }),
      ),

    mergeBackup: (plan) =>
      writeAndAnnounce(MERGE_STORES, async (tx) => {
        const undo: MergeUndo = {
          added: { runs: [], shoes: [], checks: [], episodes: [], crossTraining: [] },
          replaced: { runs: [], shoes: [], checks: [], episodes: [], crossTraining: [] },
        };
        const undoOf = <K extends NumberedStore>(store: K) => ({
          added: undo.added[store],
          replaced: undo.replaced[store],
        });
        const addedShoeIds = await mergeInto(tx.objectStore('shoes'), plan.shoes, undoOf('shoes'));
        // A run names its pair by the backup's id: the pair stored, or the one just added.
        const shoeIds = new Map([...plan.storedShoeIds, ...addedShoeIds]);
        const mapShoe = (run: JournalRun) => ({
          ...run,
          shoeId: run.shoeId === null ? null : (shoeIds.get(run.shoeId) ?? null),
        });
        const runs: MergePart<JournalRun> = {
          ...plan.runs,
          add: plan.runs.add.map(mapShoe),
          update: plan.runs.update.map(({ stored, incoming }) => ({
            stored,
            incoming: mapShoe(incoming),
          })),
        };
        await mergeInto(tx.objectStore('runs'), runs, undoOf('runs'));
        await mergeInto(tx.objectStore('checks'), plan.checks, undoOf('checks'));
        await mergeInto(tx.objectStore('episodes'), plan.episodes, undoOf('episodes'));
        // Days are keyed by their date and carry no revision.
        const days = tx.objectStore('crossTraining');
        for (const day of plan.crossTraining.add) {
          await days.add(day);
          undo.added.crossTraining.push(day.date);
        }
        for (const { stored, incoming } of plan.crossTraining.update) {
          await days.put(incoming);
          undo.replaced.crossTraining.push(stored);
        }
        return undo;
      }),

    undoMerge: (undo) =>
      writeAndAnnounce(MERGE_STORES, async (tx) => {
        // Added and replaced records never share an id, so each store is taken back on its own.
        await takeBack(tx.objectStore('runs'), undo.added.runs, undo.replaced.runs);
        await takeBack(tx.objectStore('shoes'), undo.added.shoes, undo.replaced.shoes);
        await takeBack(tx.objectStore('checks'), undo.added.checks, undo.replaced.checks);
        await takeBack(tx.objectStore('episodes'), undo.added.episodes, undo.replaced.episodes);
        for (const date of undo.added.crossTraining) {
          await tx.objectStore('crossTraining').delete(date);
        }
        for (const day of undo.replaced.crossTraining) {
          await tx.objectStore('crossTraining').put(day);
        }
      }),

    watch: (onChange) => channel.watch(onChange),

    close,
  };
}
