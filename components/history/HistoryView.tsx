/**
 * Saved checks, newest first: reopen one, delete one (with "Undo" until the next deletion or
 * leaving the view), or clear them all after a confirmation. The list follows changes made in
 * other windows. Every storage failure is shown in words.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatMoment as formatCheckTime, machineTime } from '../../knowledge/date-format';
import { hrefOf } from '../../knowledge/routes';
import type { SavedCheck } from '../../knowledge/symptoms/check-record';
import { useApp } from '../app-context';
import { describeAnswers, describeFinding } from './check-summary';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; checks: SavedCheck[] }
  | { kind: 'failed'; message: string };

/** The history view. */
export function HistoryView(): JSX.Element {
  const { history, state, dispatch } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The check deleted last, which "Undo" puts back.
  const [deleted, setDeleted] = useState<SavedCheck | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // A check just put back by "Undo": its Delete button takes focus once the list shows it.
  const [restoredId, setRestoredId] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const reload = useCallback(() => {
    history
      .list()
      .then((checks) => setLoaded({ kind: 'ready', checks }))
      .catch((failure: Error) => setLoaded({ kind: 'failed', message: failure.message }));
  }, [history]);

  useEffect(reload, [reload, state.historyVersion]);
  // Another window saved, deleted or restored checks: show what is stored now.
  useEffect(
    () =>
      history.watch((change) => {
        if (change.stores.includes('checks')) reload();
      }),
    [history, reload],
  );

  // A layout effect: the button that opened the confirmation is gone once it renders, so focus
  // moves to "Delete all" in the same commit, never resting on the page body in between.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (restoredId === null || loaded.kind !== 'ready') return;
    const button = document.querySelector<HTMLElement>(
      `[data-check-id="${restoredId}"] .history-delete`,
    );
    if (!button) return;
    button.focus();
    setRestoredId(null);
  }, [restoredId, loaded]);

  const remove = async (check: SavedCheck, index: number) => {
    setError(null);
    try {
      const removed = await history.remove(check.id);
      dispatch({ type: 'check', action: { type: 'history-removed', ids: [check.id] } });
      setDeleted(removed);
      // Keep keyboard focus nearby: on the next check's Delete, or on "Undo" when none is left.
      requestAnimationFrame(() => {
        const buttons = document.querySelectorAll<HTMLButtonElement>('.history-delete');
        (buttons[Math.min(index, buttons.length - 1)] ?? undoButton.current)?.focus();
      });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  const undoDelete = async () => {
    if (!deleted) return;
    setError(null);
    try {
      await history.restore(deleted);
      setDeleted(null);
      setRestoredId(deleted.id);
      reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  const clearAll = async () => {
    setError(null);
    setDeleted(null);
    try {
      await history.clear();
      dispatch({ type: 'check', action: { type: 'history-removed', ids: 'all' } });
      setConfirming(false);
      heading.current?.focus();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  const checks = loaded.kind === 'ready' ? loaded.checks : [];
  return (
    <>
      {/* Past checks live under Check: the way back is one link away. */}
      <p class="back-link">
        <a href={hrefOf({ view: 'check', from: null, saved: null, preset: {} })}>
          <span aria-hidden="true">← </span>Check my symptoms
        </a>
      </p>
      <h1 tabIndex={-1} ref={heading}>
        Your saved checks
      </h1>
      <p class="lead">Kept only in this browser. Open one to see it again or change it.</p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div role="status">
        {deleted && (
          <p class="banner history-undo">
            Check deleted.{' '}
            <button
              type="button"
              class="button button-small"
              ref={undoButton}
              onClick={() => void undoDelete()}
            >
              Undo
              <span class="visually-hidden">
                {' '}
                deleting the check from {formatCheckTime(deleted.at)}
              </span>
            </button>
          </p>
        )}
      </div>
      {loaded.kind === 'loading' && <p class="muted">Loading…</p>}
      {loaded.kind === 'failed' && (
        <p class="form-error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.kind === 'ready' && checks.length === 0 && (
        <p>
          No saved checks yet.{' '}
          <a href={hrefOf({ view: 'check', from: null, saved: null, preset: {} })}>
            Check your symptoms
          </a>
        </p>
      )}
      {checks.length > 0 && (
        <>
          <ol class="history-list" aria-label="Saved checks, newest first">
            {checks.map((check, index) => (
              <li key={check.id} class="history-item" data-check-id={check.id}>
                <p class="history-time">
                  <time dateTime={machineTime(check.at)}>{formatCheckTime(check.at)}</time>
                </p>
                <p class="history-answers">{describeAnswers(check)}</p>
                <p class={`history-finding${check.redFlags.length > 0 ? ' is-urgent' : ''}`}>
                  {describeFinding(check)}
                </p>
                <div class="button-row">
                  <a
                    class="button button-small"
                    href={hrefOf({ view: 'check', from: null, saved: check.id, preset: {} })}
                  >
                    Open<span class="visually-hidden"> check from {formatCheckTime(check.at)}</span>
                  </a>
                  <button
                    type="button"
                    class="button button-small button-quiet history-delete"
                    onClick={() => void remove(check, index)}
                  >
                    Delete
                    <span class="visually-hidden"> check from {formatCheckTime(check.at)}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {confirming ? (
            <fieldset class="confirm">
              <legend>
                Delete all {checks.length} saved {checks.length === 1 ? 'check' : 'checks'}? This
                cannot be undone.
              </legend>
              <div class="button-row">
                <button
                  type="button"
                  class="button button-danger"
                  ref={confirmButton}
                  onClick={() => void clearAll()}
                >
                  Delete all
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => clearButton.current?.focus());
                  }}
                >
                  Keep them
                </button>
              </div>
            </fieldset>
          ) : (
            <p>
              <button
                type="button"
                class="button button-quiet"
                ref={clearButton}
                onClick={() => setConfirming(true)}
              >
                Clear all history
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
