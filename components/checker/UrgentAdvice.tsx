/**
 * Advice for the red flags a check raised, most urgent first. Emergencies look unmistakable;
 * "see a doctor soon" looks serious but calm.
 */
import type { JSX } from 'preact';
import { hrefOf } from '../../knowledge/routes';
import type { RedFlagMatch } from '../../knowledge/symptoms/lookup';
import { URGENCY_LABELS } from '../guide/urgency';

/** The urgent advice block of the checker's results. */
export function UrgentAdvice({ redFlags }: { redFlags: readonly RedFlagMatch[] }): JSX.Element {
  return (
    <div class="urgent-advice" data-outcome="urgent">
      {redFlags.map((flag) => (
        <article key={flag.id} class={`advice urgency-${flag.urgency}`} data-red-flag={flag.id}>
          <p class="urgency-label">{URGENCY_LABELS[flag.urgency]}</p>
          <h3>{flag.title}</h3>
          <p>{flag.advice}</p>
        </article>
      ))}
      <p>
        Because of this, the checker does not suggest a likely cause: get checked first. You can
        still read about <a href={hrefOf({ view: 'home' })}>the common causes</a> and{' '}
        <a href={hrefOf({ view: 'red-flags', item: null })}>all the warning signs</a>.
      </p>
    </div>
  );
}
