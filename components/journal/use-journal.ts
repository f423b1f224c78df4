/**
 * The journal view's link to storage: opens the repository, keeps runs and shoes in state, and
 * turns every storage failure into a message for the view (never a silent loss). Actions resolve
 * whether they succeeded, so forms keep what was typed when a save fails.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { JournalBackup } from '../../knowledge/journal/backup';
import type { JournalRun, JournalShoe, RunFields, ShoeFields } from '../../knowledge/journal/types';
import { type JournalRepository, usePlatform } from '../platform-context';

/** Where opening the journal is. */
export type JournalStatus = 'opening' | 'waiting' | 'ready' | 'failed';

/** The journal's data and what can be done with it. */
export interface JournalModel {
  status: JournalStatus;
  runs: JournalRun[];
  shoes: JournalShoe[];
  /** The last storage failure, worded for the runner; null when the last action worked. */
  error: string | null;
  dismissError(): void;
  /** Resolves the saved run, or null when saving failed (the error says why). */
  saveRun(
    fields: RunFields,
    options: { id?: number; newShoe?: ShoeFields },
  ): Promise<JournalRun | null>;
  deleteRun(id: number): Promise<boolean>;
  updateShoe(shoe: JournalShoe): Promise<boolean>;
  exportBackup(): Promise<JournalBackup | null>;
  importBackup(backup: JournalBackup): Promise<boolean>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Nothing was changed.';
}

/** Opens the journal for the lifetime of the calling component. */
export function useJournal(): JournalModel {
  const [status, setStatus] = useState<JournalStatus>('opening');
  const [data, setData] = useState<{ runs: JournalRun[]; shoes: JournalShoe[] }>({
    runs: [],
    shoes: [],
  });
  const [error, setError] = useState<string | null>(null);
  const repository = useRef<JournalRepository | null>(null);
  const { openJournal } = usePlatform();

  useEffect(() => {
    let live = true;
    let opened: JournalRepository | null = null;
    openJournal({ onWaiting: () => live && setStatus('waiting') })
      .then(async (journal) => {
        opened = journal;
        if (!live) return journal.close();
        repository.current = journal;
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
      opened?.close();
      repository.current = null;
    };
  }, [openJournal]);

  /** Runs `work` on the repository, reloads, and reports failure as a message. */
  const act = useCallback(
    async <T>(work: (journal: JournalRepository) => Promise<T>): Promise<T | null> => {
      const journal = repository.current;
      if (!journal) return null;
      try {
        const result = await work(journal);
        setData(await journal.load());
        setError(null);
        return result;
      } catch (failure) {
        setError(messageOf(failure));
        return null;
      }
    },
    [],
  );

  return {
    status,
    runs: data.runs,
    shoes: data.shoes,
    error,
    dismissError: () => setError(null),
    saveRun: (fields, options) =>
      act((journal) => journal.saveRun(fields, { ...options, now: Date.now() })),
    deleteRun: async (id) =>
      (await act((journal) => journal.deleteRun(id).then(() => true))) ?? false,
    updateShoe: async (shoe) =>
      (await act((journal) => journal.updateShoe(shoe).then(() => true))) ?? false,
    exportBackup: () => act((journal) => journal.exportBackup(new Date())),
    importBackup: async (backup) =>
      (await act((journal) => journal.importBackup(backup).then(() => true))) ?? false,
  };
}
