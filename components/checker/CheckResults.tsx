/**
 * The checker's results for its current answers: urgent advice, the safety questions still to
 * answer, a body part the guide does not cover, up to three conditions, or why there are none.
 */
import type { JSX } from 'preact';
import { Banner } from '../ui/Banner';
import { ConditionResult } from './ConditionResult';
import { type CheckOutcome, stopsTheFlow } from './check-outcome';
import { UrgentAdvice } from './UrgentAdvice';

/** "heel" → "heel pain"; "shin splints" stays as it is. */
function painOf(part: string): string {
  return /\b(pain|ache|splints)\b/i.test(part) ? part : `${part} pain`;
}

/** The results section's body. */
export function CheckResults({
  outcome,
  locale,
}: {
  outcome: CheckOutcome;
  locale: string;
}): JSX.Element {
  switch (outcome.kind) {
    case 'empty':
      return (
        <p class="muted" data-outcome="empty">
          Pick where it hurts and answer the safety questions. Suggestions appear here once every
          safety question has an answer.
        </p>
      );
    case 'urgent':
      // A stop shows its banner under the safety questions, where the reader is.
      return stopsTheFlow(outcome) ? (
        <p data-outcome="stopped">Not shown: get the help above first.</p>
      ) : (
        <UrgentAdvice redFlags={outcome.redFlags} urgency={outcome.urgency} locale={locale} />
      );
    case 'safety-pending':
      return (
        <p class="muted" data-outcome="safety-pending">
          {outcome.unanswered === 1
            ? 'One safety question has no answer yet.'
            : `${outcome.unanswered} safety questions have no answer yet.`}{' '}
          Suggestions appear once each has a Yes, No or Not sure.
        </p>
      );
    case 'outside-hip':
      return (
        <Banner tone="info" data-outcome="outside-hip">
          <p>
            This guide covers hips. For {painOf(outcome.part)}, {outcome.suggestion}
          </p>
        </Banner>
      );
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
            Possibilities to read about and discuss with a professional, closest match first. This
            is not a diagnosis.
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
