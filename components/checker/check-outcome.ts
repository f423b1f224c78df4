/**
 * What the checker shows for a set of answers: nothing yet, urgent advice (any red flag stops
 * the ranking; an emergency or same-day one stops the whole flow), the safety questions still
 * to answer, a body part the guide does not cover, up to three conditions closest first, or "no
 * clear match". Pure, so the rules are tested without the DOM.
 */
import { conditionById } from '../../knowledge/guide/conditions';
import { tierAction } from '../../knowledge/guide/red-flags';
import {
  type CheckerAnswers,
  type ConditionMatch,
  type LookupResult,
  lookupAnswers,
  type RedFlagMatch,
} from '../../knowledge/symptoms/lookup';
import type { RedFlagUrgency } from '../../knowledge/types';
import { hasAnswers, unansweredRedFlags } from './check-draft';

/** The most conditions the checker ever suggests. */
export const MAX_CONDITIONS = 3;

/** The checker's verdict for one set of answers. */
export type CheckOutcome =
  | { kind: 'empty' }
  /** Red flags, most urgent first. The ranking is withheld on purpose. */
  | { kind: 'urgent'; redFlags: RedFlagMatch[]; urgency: RedFlagUrgency }
  /** No flag raised yet, but some safety questions have no answer: no suggestions until they do. */
  | { kind: 'safety-pending'; unanswered: number }
  | { kind: 'outside-hip'; part: string; suggestion: string }
  | { kind: 'ranked'; conditions: ConditionMatch[] }
  | { kind: 'no-match' };

/** True when the answers stop the flow: the reader should act before reading anything else. */
export function stopsTheFlow(outcome: CheckOutcome): boolean {
  return outcome.kind === 'urgent' && outcome.urgency !== 'soon';
}

/** Turns a lookup result into what the checker shows. */
export function outcomeOf(answers: CheckerAnswers, result: LookupResult): CheckOutcome {
  if (!hasAnswers(answers)) return { kind: 'empty' };
  // A red flag puts urgent advice first and stops the ranking: a list of likely overuse
  // injuries beside "go to A&E" invites the reader to pick the reassuring one and wait.
  const [worst] = result.redFlags;
  if (worst) return { kind: 'urgent', redFlags: result.redFlags, urgency: worst.urgency };
  // Words about another body part rank nothing, whatever the safety answers.
  if (result.outsideHip) return { kind: 'outside-hip', ...result.outsideHip };
  // Suggestions wait for every safety answer, so nobody reads a likely cause before saying
  // whether something urgent is going on.
  const unanswered = unansweredRedFlags(answers).length;
  if (unanswered > 0) return { kind: 'safety-pending', unanswered };
  if (result.conditions.length === 0) return { kind: 'no-match' };
  return { kind: 'ranked', conditions: result.conditions.slice(0, MAX_CONDITIONS) };
}

/** Looks the answers up and decides what to show. */
export function checkOutcome(answers: CheckerAnswers): CheckOutcome {
  return outcomeOf(answers, lookupAnswers(answers));
}

/** One sentence for the live status line: what the results say right now. */
export function describeOutcome(outcome: CheckOutcome, locale: string): string {
  switch (outcome.kind) {
    case 'empty':
      return 'No answers yet.';
    case 'urgent': {
      const [first, ...more] = outcome.redFlags;
      const extra = more.length > 0 ? ` (and ${more.length} more)` : '';
      return `${tierAction(outcome.urgency, locale)}: ${first?.title ?? 'a warning sign'}${extra}.`;
    }
    case 'safety-pending':
      return outcome.unanswered === 1
        ? 'Answer the last safety question to see what this might be.'
        : `Answer the ${outcome.unanswered} safety questions left to see what this might be.`;
    case 'outside-hip':
      return `This guide covers hips, not ${outcome.part}.`;
    case 'no-match':
      return 'No clear match yet.';
    case 'ranked': {
      const [best, ...others] = outcome.conditions.map((match) => conditionById(match.id).name);
      const also = others.length > 0 ? ` Also possible: ${others.join(', ')}.` : '';
      return `Closest match to read about: ${best}.${also}`;
    }
  }
}

/**
 * The sticky bar's visible words: a few words that fit one line at 360 px beside "See results",
 * so the bar never covers more than a line of the form. Names are left to the results and to the
 * live region (`describeOutcome`), which says the whole sentence; an urgent action is said whole,
 * never shortened, even if it takes a second line.
 */
export function barLabel(outcome: CheckOutcome, locale: string): string {
  switch (outcome.kind) {
    case 'empty':
      return 'No answers yet.';
    case 'urgent':
      return `${tierAction(outcome.urgency, locale)}.`;
    case 'safety-pending':
      return outcome.unanswered === 1
        ? '1 safety question left.'
        : `${outcome.unanswered} safety questions left.`;
    case 'outside-hip':
      return 'Not covered by this guide.';
    case 'no-match':
      return 'No clear match yet.';
    case 'ranked':
      return outcome.conditions.length === 1
        ? '1 match to read about.'
        : `${outcome.conditions.length} matches to read about.`;
  }
}
