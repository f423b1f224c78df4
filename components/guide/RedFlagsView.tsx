/** Every warning sign, what to ask yourself and what to do, most urgent first. */
import type { JSX } from 'preact';
import { conditionById } from '../../knowledge/guide/conditions';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import { hrefOf } from '../../knowledge/routes';
import { BackLink } from './BackLink';
import { Disclaimer } from './Disclaimer';
import { URGENCY_LABELS } from './urgency';

/** The red-flags view. */
export function RedFlagsView(): JSX.Element {
  return (
    <>
      <BackLink />
      <h1 tabIndex={-1}>When to get help</h1>
      <p class="lead">
        Most running hip pain settles with rest and time. These signs need a professional, and some
        need one now.
      </p>
      {RED_FLAGS.map((flag) => (
        <article
          key={flag.id}
          id={`item-${flag.id}`}
          tabIndex={-1}
          class={`advice urgency-${flag.urgency}`}
          aria-labelledby={`flag-${flag.id}`}
        >
          <h2 id={`flag-${flag.id}`}>{flag.title}</h2>
          <p class="urgency-label">{URGENCY_LABELS[flag.urgency]}</p>
          <p class="muted">Ask yourself: {flag.question}</p>
          <p>{inLocalWords(flag.advice, navigator.language)}</p>
          {flag.relatedCondition && (
            <p>
              Related:{' '}
              <a href={hrefOf({ view: 'condition', id: flag.relatedCondition })}>
                {conditionById(flag.relatedCondition).name}
              </a>
            </p>
          )}
        </article>
      ))}
      <Disclaimer />
    </>
  );
}
