/** "Get help now if…": every red flag, with its advice one click away. */
import type { JSX } from 'preact';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import { hrefOf } from '../../knowledge/routes';
import { URGENCY_LABELS } from './urgency';

/** The box of warning signs on the guide's home view. */
export function GetHelpBox(): JSX.Element {
  return (
    <section class="get-help" aria-labelledby="get-help-title">
      <h2 id="get-help-title">Get help now if…</h2>
      <ul class="get-help-list">
        {RED_FLAGS.map((flag) => (
          <li key={flag.id} class={`urgency-${flag.urgency}`}>
            <details>
              <summary>
                <span class="flag-title">{flag.title}</span>
                <span class="urgency-label">{URGENCY_LABELS[flag.urgency]}</span>
              </summary>
              <p>{inLocalWords(flag.advice, navigator.language)}</p>
            </details>
          </li>
        ))}
      </ul>
      <p>
        <a href={hrefOf({ view: 'red-flags', item: null })}>All warning signs and what to do</a>
      </p>
    </section>
  );
}
