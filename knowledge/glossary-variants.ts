/**
 * The part of the glossary the page side needs to find terms: ids and spellings, without the card
 * texts. The content script loads this (through a build-time module, see wxt.config.ts) and asks
 * the background for a card's text when it shows one, which keeps the script small on every page.
 */
import type { GlossaryTerm } from './types';

export type TermSpellings = Pick<GlossaryTerm, 'id' | 'name' | 'variants'>;

export function termSpellings(terms: readonly GlossaryTerm[]): TermSpellings[] {
  return terms.map(({ id, name, variants }) => ({ id, name, variants }));
}
