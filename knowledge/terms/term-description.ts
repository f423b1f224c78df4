/** What a page card says about a glossary term, assembled from the glossary and the guide. */
import { CONDITION_NAMES } from '../guide/condition-names';
import { isConditionId } from '../known-ids';
import type { Route } from '../routes';
import type { GuideEntryId } from '../types';
import { termById } from './glossary';

export interface TermDescription {
  name: string;
  explanation: string;
  /** The condition the term belongs to, if it belongs to one: "IT band syndrome". */
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
  return {
    name: term.name,
    explanation: term.card,
    relatedName: condition ? CONDITION_NAMES[condition] : null,
    route: entryRoute(term.entry),
  };
}
