/**
 * What the checker shows for a set of answers: nothing yet, urgent advice (any red flag stops
 * the ranking), up to three conditions best first, or "no clear match". Pure, so the rules are
 * tested without the DOM.
 */
import { conditionById } from '../../knowledge/guide/conditions';
import {
  type CheckerAnswers,
  type ConditionMatch,
  type LookupResult,
  lookupAnswers,
  type RedFlagMatch,
} from '../../knowledge/symptoms/lookup';
import { hasAnswers } from './check-draft';

/** The most conditions the checker ever suggests. */
export const MAX_CONDITIONS = 3;

/** The checker's verdict for one set of answers. */
export type CheckOutcome =
  | { kind: 'empty' }
  /** Red flags, most urgent first. The ranking is withheld on purpose. */
  | { kind: 'urgent'; redFlags: RedFlagMatch[] }
  | { kind: 'ranked'; conditions: ConditionMatch[] }
  | { kind: 'no-match' };

/** Turns a lookup result into what the checker shows. */
export function outcomeOf(answers: CheckerAnswers, result: LookupResult): CheckOutcome {
  if (!hasAnswers(answers)) return { kind: 'empty' };
  // A red flag puts urgent advice first and stops the ranking: a list of likely overuse
  // injuries beside "go to A&E" invites the reader to pick the reassuring one and wait.
  if (result.redFlags.length > 0) return { kind: 'urgent', redFlags: result.redFlags };
  if (result.conditions.length === 0) return { kind: 'no-match' };
  return { kind: 'ranked', conditions: result.conditions.slice(0, MAX_CONDITIONS) };
}

/** Looks the answers up and decides what to show. */
export function checkOutcome(answers: CheckerAnswers): CheckOutcome {
  return outcomeOf(answers, lookupAnswers(answers));
}

/** One sentence for the live status line: what the results say right now. */
export function describeOutcome(outcome: CheckOutcome): string {
  switch (outcome.kind) {
    case 'empty':
      return 'No answers yet.';
    case 'urgent': {
      const [first, ...more] = outcome.redFlags;
      const extra = more.length > 0 ? ` (and ${more.length} more)` : '';
      return `Get advice first: ${first?.title ?? 'a warning sign'}${extra}.`;
    }
    case 'no-match':
      return 'No clear match yet.';
    case 'ranked': {
      const [best, ...others] = outcome.conditions.map((match) => conditionById(match.id).name);
      const also = others.length > 0 ? ` Also possible: ${others.join(', ')}.` : '';
      return `Best fit so far: ${best}.${also}`;
    }
  }
}
