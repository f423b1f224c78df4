/**
 * Advice for the red flags a check raised, action first. An emergency or same-day flag stops the
 * flow: a full-width banner that says what to do now ("Call 999 or go to A&E now", "Get seen
 * today"), announced as an alert and given focus. A "see someone soon" flag is a calm banner.
 */
import type { JSX } from 'preact';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { tierAction } from '../../knowledge/guide/red-flags';
import { nameInSentence } from '../../knowledge/name-case';
import { hrefOf } from '../../knowledge/routes';
import type { RedFlagMatch } from '../../knowledge/symptoms/lookup';
import type { RedFlagUrgency } from '../../knowledge/types';
import { Banner } from '../ui/Banner';

interface UrgentAdviceProps {
  redFlags: readonly RedFlagMatch[];
  /** The most urgent tier among them. */
  urgency: RedFlagUrgency;
  locale: string;
}

/** The urgent advice banner. */
export function UrgentAdvice({ redFlags, urgency, locale }: UrgentAdviceProps): JSX.Element {
  const stops = urgency !== 'soon';
  return (
    <Banner
      // A new tier is news: remount, so the alert is announced and focused again.
      key={urgency}
      tone={urgency}
      title={tierAction(urgency, locale)}
      role={stops ? 'alert' : undefined}
      focusOnShow={stops}
      class="urgent-advice"
      data-outcome="urgent"
      data-urgency={urgency}
    >
      <ul class="urgent-flags">
        {redFlags.map((flag) => (
          <li key={flag.id} data-red-flag={flag.id} data-unsure={flag.unsure ? 'true' : undefined}>
            <p class="urgent-flag-title">
              {flag.unsure
                ? `You weren't sure whether this applies: ${nameInSentence(flag.title)}.`
                : `${flag.title}.`}
            </p>
            <p>{inLocalWords(flag.advice, locale)}</p>
            {flag.unsure && (
              <p>If you cannot tell, treat it as a yes: it is safer to be checked.</p>
            )}
          </li>
        ))}
      </ul>
      <p>
        {stops
          ? 'The checker does not suggest a cause until you have been seen. '
          : 'Because of this, the checker does not suggest a likely cause: get checked first. '}
        You can still read about <a href={hrefOf({ view: 'home' })}>the common causes</a> and{' '}
        <a href={hrefOf({ view: 'red-flags', item: null })}>all the warning signs</a>.
      </p>
    </Banner>
  );
}
