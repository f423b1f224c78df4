/** What a page card says about a glossary term, assembled from the glossary and the guide. */
import { CONDITION_NAMES } from '../guide/condition-names';
import { CONDITION_IDS, type ConditionId } from '../types';
import { termById } from './glossary';

export interface TermDescription {
  name: string;
  explanation: string;
  /** The condition the term belongs to, if it belongs to one: "IT band syndrome". */
  relatedName: string | null;
  /** Sidebar route of the term's guide entry: `condition/it-band-syndrome`, `habits`. */
  route: string;
}

function isConditionId(value: string): value is ConditionId {
  return (CONDITION_IDS as readonly string[]).includes(value);
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
    route: condition ? `condition/${condition}` : term.entry,
  };
}
