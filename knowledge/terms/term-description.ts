/** What a page card says about a glossary term, assembled from the glossary and the guide. */
import { CONDITION_NAMES } from '../guide/condition-names';
import { isConditionId } from '../known-ids';
import type { Route } from '../routes';
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
  /**
   * Where "More in the guide" goes: the condition's page for a term that names a condition,
   * otherwise the word's own page (which links on to its condition, the habits or the warning signs), so a
   * plain word such as "hamstring" opens what it means, not a general page.
   */
  route: Route;
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
    route:
      condition && term.category === 'condition'
        ? { view: 'condition', id: condition }
        : { view: 'term', id: term.id },
  };
}
