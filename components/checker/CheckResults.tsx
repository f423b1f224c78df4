/** The checker's results for its current answers: urgent advice, up to three conditions, or why there are none. */
import type { JSX } from 'preact';
import { ConditionResult } from './ConditionResult';
import type { CheckOutcome } from './check-outcome';
import { UrgentAdvice } from './UrgentAdvice';

/** The results section's body. */
export function CheckResults({ outcome }: { outcome: CheckOutcome }): JSX.Element {
  switch (outcome.kind) {
    case 'empty':
      return (
        <p class="muted" data-outcome="empty">
          Pick where it hurts, or describe it in your own words. Suggestions appear here as you
          answer.
        </p>
      );
    case 'urgent':
      return <UrgentAdvice redFlags={outcome.redFlags} />;
    case 'no-match':
      return (
        <p data-outcome="no-match">
          Nothing yet points clearly to one of the five conditions this guide covers. Add where it
          hurts or what brings it on. If the pain goes on, see a GP or physiotherapist: it may have
          another cause.
        </p>
      );
    case 'ranked':
      return (
        <div data-outcome="ranked">
          <p class="muted">
            Possibilities to read about and discuss with a professional, best fit first.
          </p>
          <ol class="results">
            {outcome.conditions.map((match, i) => (
              <li key={match.id}>
                <ConditionResult match={match} rank={i + 1} />
              </li>
            ))}
          </ol>
        </div>
      );
  }
}
