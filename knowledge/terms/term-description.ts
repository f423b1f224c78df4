/** What a page card says about a glossary term, assembled from the glossary and the guide. */
import { CONDITION_NAMES } from '../guide/condition-names';
import { isConditionId } from '../known-ids';
import type { Route } from '../routes';
import type { GuideEntryId } from '../types';
import { termById } from './glossary';

export interface TermDescription {
  name: string;
  explanation: string;
  /**
   * The condition the term belongs to, if it belongs to one and is not the term itself: "IT band
   * syndrome" for "IT band", none for "IT band syndrome" (a card saying "Related to IT band
   * syndrome" under that very title says nothing).
   */
  relatedName: string | null;
  /** The term's guide entry: its condition, or the habits or the warning signs. */
  route: Route;
}

/** The guide entry a glossary term links to (`GlossaryTerm.entry`). */
export function entryRoute(entry: GuideEntryId): Route {
  return isConditionId(entry) ? { view: 'condition', id: entry } : { view: entry, item: null };
}

/** The card for `termId`, or null for an id the glossary does not know. */
export function describeTerm(termId: string): TermDescription | null {
  const term = termById(termId);
  if (!term) return null;
  const condition = isConditionId(term.entry) ? term.entry : null;
  const conditionName = condition ? CONDITION_NAMES[condition] : null;
  return {
    name: term.name,
    explanation: term.card,
    relatedName: conditionName?.toLowerCase() === term.name.toLowerCase() ? null : conditionName,
    route: entryRoute(term.entry),
  };
}
