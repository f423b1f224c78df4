/**
 * The journal view's link to storage: opens the repository, keeps runs and shoes in state, and
 * turns every storage failure into a message for the view (never a silent loss). Actions resolve
 * whether they succeeded, so forms keep what was typed when a save fails.
 *
 * Each change names the revision of the record it was made from (kept here with the loaded
 * data), so a change made from a stale copy is refused; then, and whenever another window
 * changes the journal, the data is loaded afresh.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { JournalBackup } from '../../knowledge/journal/backup';
import { type MergePlan, planMerge } from '../../knowledge/journal/backup-merge';
import type {
  CrossTrainingActivity,
  CrossTrainingDay,
} from '../../knowledge/journal/cross-training';
import type { EpisodeFields, JournalEpisode } from '../../knowledge/journal/episodes';
import type { JournalRun, JournalShoe, RunFields, ShoeFields } from '../../knowledge/journal/types';
import { loggedAs } from '../../platform/log';
import {
  StaleWriteError,
  type StoredEpisode,
  type StoredRun,
  type StoredShoe,
} from '../../platform/pages/database';
import type { MergeUndo, StoredCounts } from '../../platform/pages/journal';
import { requestPersistentStorage } from '../../platform/pages/storage-persistence';
import { type JournalRepository, usePlatform } from '../platform-context';

/** Where opening the journal is. */
export type JournalStatus = 'opening' | 'waiting' | 'ready' | 'failed';

/** The journal's data and what can be done with it. */
export interface JournalModel {
  status: JournalStatus;
  runs: JournalRun[];
  shoes: JournalShoe[];
  /** Injury episodes, started by the journal when pain appears and edited by the runner. */
  episodes: JournalEpisode[];
  /** The last storage failure, worded for the runner; null when the last action worked. */
  error: string | null;
  dismissError(): void;
  /**
   * Saves a new run, or the changes to `editing` (the run as it was loaded when editing began:
   * if another window changed it since, the save is refused and says so). Resolves the saved
   * run, or null when saving failed (the error says why).
   */
  saveRun(
    fields: RunFields,
    options: { editing?: JournalRun; newShoe?: ShoeFields },
  ): Promise<JournalRun | null>;
  deleteRun(id: number): Promise<boolean>;
  /** Days of other sports read from activity files. */
  crossTraining: CrossTrainingDay[];
  /**
   * Adds imported runs, and other sports as cross-training days, in one transaction. Resolves how
   * many runs were added, or null when saving failed (nothing was added).
   */
  addImportedRuns(
    runs: readonly RunFields[],
    crossTraining?: readonly { date: string; activity: CrossTrainingActivity }[],
  ): Promise<number | null>;
  updateShoe(shoe: JournalShoe): Promise<boolean>;
  /** Saves changes to `editing` (as loaded), or a new episode; resolves whether it was saved. */
  saveEpisode(fields: EpisodeFields, editing?: JournalEpisode): Promise<boolean>;
  /** How many runs, shoes and checks are stored now; null when that could not be read. */
  counts(): Promise<StoredCounts | null>;
  exportBackup(): Promise<JournalBackup | null>;
  importBackup(backup: JournalBackup, options: { keepChecks: boolean }): Promise<boolean>;
  /** What merging `backup` would add and update; null when the journal could not be read. */
  planMerge(backup: JournalBackup): Promise<MergePlan | null>;
  /** Merges; resolves the undo, or null when it failed (nothing changed). */
  mergeBackup(plan: MergePlan): Promise<MergeUndo | null>;
  undoMerge(undo: MergeUndo): Promise<boolean>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Nothing was changed.';
}

interface Loaded {
  runs: StoredRun[];
  shoes: StoredShoe[];
  episodes: StoredEpisode[];
  crossTraining: CrossTrainingDay[];
}

/**
 * The revision a change to `record` is made from: the one it was loaded with (records handed
 * back by views are the loaded objects, or copies spread from them), else the one loaded now.
 * `null`: a record from before revisions.
 */
function revisionOf(
  record: { id: number },
  loaded: readonly { id: number; rev?: string }[],
): string | null {
  if ('rev' in record && typeof record.rev === 'string') return record.rev;
  return loaded.find((item) => item.id === record.id)?.rev ?? null;
}

/** Opens the journal for the lifetime of the calling component. */
export function useJournal(): JournalModel {
  const [status, setStatus] = useState<JournalStatus>('opening');
  const [data, setData] = useState<Loaded>({
    runs: [],
    shoes: [],
    episodes: [],
    crossTraining: [],
  });
  const [error, setError] = useState<string | null>(null);
  const repository = useRef<JournalRepository | null>(null);
  const { openJournal } = usePlatform();
  // The latest loaded data, for the revisions that changes name.
  const current = useRef(data);
  current.current = data;

  const reload = useCallback(async (journal: JournalRepository) => {
    const loaded = await journal.load();
    if (repository.current === journal) setData(loaded);
  }, []);

  useEffect(() => {
    let live = true;
    let opened: JournalRepository | null = null;
    let stopWatching = () => {};
    openJournal({ onWaiting: () => live && setStatus('waiting') })
      .then(async (journal) => {
        opened = journal;
        if (!live) return journal.close();
        repository.current = journal;
        // Another window changed runs or shoes: show what is stored now.
        stopWatching = journal.watch((change) => {
          const shown = ['runs', 'shoes', 'episodes', 'crossTraining'];
          if (!change.stores.some((store) => shown.includes(store))) return;
          reload(journal).catch((failure: unknown) => live && setError(messageOf(failure)));
        });
        const loaded = await journal.load();
        if (!live) return;
        setData(loaded);
        setStatus('ready');
      })
      .catch((failure: unknown) => {
        if (!live) return;
        setError(messageOf(failure));
        setStatus('failed');
      });
    return () => {
      live = false;
      stopWatching();
      opened?.close();
      repository.current = null;
    };
  }, [openJournal, reload]);

  /** Runs `work` on the repository, reloads, and reports failure as a message. */
  const act = useCallback(
    async <T>(
      work: (journal: JournalRepository) => Promise<T>,
      { stores = true } = {},
    ): Promise<T | null> => {
      const journal = repository.current;
      if (!journal) return null;
      try {
        const result = await work(journal);
        await reload(journal);
        setError(null);
        // Ask the browser to keep what the runner has just stored (a no-op once it agreed).
        if (stores) void requestPersistentStorage();
        return result;
      } catch (failure) {
        setError(messageOf(failure));
        // A change from a stale copy was refused: show the latest data, as the message says.
        if (failure instanceof StaleWriteError) {
          await reload(journal).catch(loggedAs('journal: reload after a refused change'));
        }
        return null;
      }
    },
    [reload],
  );

  return {
    status,
    runs: data.runs,
    shoes: data.shoes,
    episodes: data.episodes,
    crossTraining: data.crossTraining,
    error,
    dismissError: () => setError(null),
    saveRun: (fields, { editing, newShoe }) => {
      const id = editing?.id;
      const expectedRev = editing ? revisionOf(editing, current.current.runs) : null;
      return act((journal) =>
        journal.saveRun(fields, { id, expectedRev, newShoe, now: Date.now() }),
      );
    },
    deleteRun: async (id) => {
      const expectedRev = revisionOf({ id }, current.current.runs);
      return (await act((journal) => journal.deleteRun(id, expectedRev).then(() => true))) ?? false;
    },
    planMerge: (backup) =>
      act(
        async (journal) => {
          const [stored, checks] = await Promise.all([journal.load(), journal.allChecks()]);
          return planMerge({ ...stored, checks }, backup);
        },
        { stores: false },
      ),
    mergeBackup: (plan) => act((journal) => journal.mergeBackup(plan)),
    undoMerge: async (undo) =>
      (await act((journal) => journal.undoMerge(undo).then(() => true))) ?? false,
    saveEpisode: async (fields, editing) => {
      const id = editing?.id;
      const expectedRev = editing ? revisionOf(editing, current.current.episodes) : null;
      const saved = await act((journal) =>
        journal.saveEpisode(fields, { id, expectedRev, now: Date.now() }),
      );
      return saved !== null;
    },
    updateShoe: async (shoe) => {
      const expectedRev = revisionOf(shoe, current.current.shoes);
      return (
        (await act((journal) => journal.updateShoe(shoe, expectedRev).then(() => true))) ?? false
      );
    },
    addImportedRuns: (runs, crossTraining) =>
      act((journal) => journal.addImportedRuns(runs, Date.now(), crossTraining)),
    counts: () => act((journal) => journal.counts(), { stores: false }),
    exportBackup: () => act((journal) => journal.exportBackup(new Date()), { stores: false }),
    importBackup: async (backup, options) =>
      (await act((journal) => journal.importBackup(backup, options).then(() => true))) ?? false,
  };
}
