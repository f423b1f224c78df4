/**
 * Where the check stands in the history, said plainly: saved at a time, or about to be saved
 * (answers save themselves a moment after the last change, and when the runner leaves the
 * check). With "Start a new check". The status line is not a live region: it changes with every
 * answer, and the results' summary already speaks.
 */
import type { JSX } from 'preact';
import { formatMoment as formatCheckTime } from '../../knowledge/date-format';
import { hrefOf } from '../../knowledge/routes';
import { useApp } from '../app-context';
import { hasAnswers } from './check-draft';

/** The save bar under the results. */
export function CheckSaveBar(): JSX.Element {
  const { state, dispatch, saveError } = useApp();
  const { check } = state;
  const answered = hasAnswers(check.answers);

  let status: string;
  if (!answered) status = 'Your answers are saved to your history as you go.';
  else if (check.reopened && check.savedAt !== null)
    status = `Opened from your history (saved ${formatCheckTime(check.savedAt)}). Changes are saved as a new check.`;
  else if (!check.dirty && check.savedAt !== null)
    status = `Saved to your history at ${formatCheckTime(check.savedAt)}.`;
  else status = 'Saving to your history…';

  return (
    <section class="save-bar" aria-labelledby="save-title">
      <h2 id="save-title" class="visually-hidden">
        Your history
      </h2>
      <p class="save-status">{status}</p>
      {saveError && (
        <p class="form-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => dispatch({ type: 'check', action: { type: 'start' } })}
          disabled={!answered}
        >
          Start a new check
        </button>
        <a class="button button-quiet" href={hrefOf({ view: 'history' })}>
          See all saved checks
        </a>
      </div>
    </section>
  );
}
