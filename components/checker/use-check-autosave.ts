/**
 * Saving checks to the history, debounced: a moment after the runner stops changing answers,
 * and when they leave the check (another view, another check). A
 * check is one history record: saving it again after a change updates that record. Failures
 * are shown, never swallowed.
 *
 * Saving only on leaving is not enough: when the sidebar closes, the browser drops IndexedDB
 * writes started in `pagehide` or `visibilitychange` (seen in Chromium), so the pause-based save
 * is what keeps a check whose sidebar was simply closed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { lookupAnswers } from '../../knowledge/symptoms/lookup';
import { StaleWriteError, StorageError } from '../../platform/pages/database';
import type { CheckHistory, SavedCheckRef } from '../../platform/pages/history';
import { requestPersistentStorage } from '../../platform/pages/storage-persistence';
import type { AppAction } from '../app-state';
import { type CheckDraft, hasAnswers } from './check-draft';
import { toStoredCheck } from './stored-check';

/** `error` is the last failure's message, if any. */
export interface CheckAutosave {
  error: string | null;
}

/** How long answers must rest before they are saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** Saves `check` after a pause in answering, and when the runner leaves it. */
export function useCheckAutosave(
  check: CheckDraft,
  onChecker: boolean,
  history: CheckHistory,
  dispatch: (action: AppAction) => void,
): CheckAutosave {
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(check);
  // Saves run one after another, so a second save of a check updates what the first added.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The record each check session saved to, with the revision saved last: a later save replaces
  // it only if no other window changed or deleted it since.
  const savedBySession = useRef(new Map<number, SavedCheckRef>());

  const save = useCallback(
    (draft: CheckDraft): Promise<boolean> => {
      const run = queue.current.then(async () => {
        if (!draft.dirty || !hasAnswers(draft.answers)) return true;
        const at = Date.now();
        const record = toStoredCheck(draft.answers, lookupAnswers(draft.answers), at);
        const known = savedBySession.current.get(draft.session);
        try {
          let saved: SavedCheckRef;
          if (known && (draft.savedId === null || draft.savedId === known.id)) {
            try {
              const rev = await history.replace({ ...record, id: known.id }, known.rev);
              saved = { id: known.id, rev };
            } catch (failure) {
              // The draft let go of its record (deleted from this sidebar's history): the answers
              // are a check of their own now. A record changed or deleted in another window is
              // never written over: the runner is told (below).
              if (!(failure instanceof StaleWriteError)) throw failure;
              savedBySession.current.delete(draft.session);
              if (draft.savedId !== null) throw failure;
              saved = await history.add(record);
            }
          } else {
            saved = await history.add(record);
          }
          savedBySession.current.set(draft.session, saved);
          // Ask the browser to keep what was just stored (a no-op once it agreed).
          void requestPersistentStorage();
          const { id } = saved;
          setError(null);
          dispatch({ type: 'check', action: { type: 'saved', session: draft.session, id, at } });
          return true;
        } catch (failure) {
          setError(
            failure instanceof StorageError
              ? failure.message
              : 'Hip Pain Guide could not save this check. Nothing was changed.',
          );
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [history, dispatch],
  );

  // Another check started or was opened: save the one that was being answered.
  useEffect(() => {
    const previous = latest.current;
    latest.current = check;
    if (previous.session !== check.session) void save(previous);
  }, [check, save]);

  // A pause after a change saves it.
  useEffect(() => {
    if (!onChecker || !check.dirty || !hasAnswers(check.answers)) return;
    const timer = setTimeout(() => void save(latest.current), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [check, onChecker, save]);

  // Leaving the checker saves the check.
  const wasOnChecker = useRef(onChecker);
  useEffect(() => {
    if (wasOnChecker.current && !onChecker) void save(latest.current);
    wasOnChecker.current = onChecker;
  }, [onChecker, save]);

  // Closing the sidebar or switching away: worth a try, though the write may be dropped.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save(latest.current);
    };
    const onPageHide = () => void save(latest.current);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [save]);

  return { error };
}
