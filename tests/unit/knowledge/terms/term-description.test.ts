import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../knowledge/terms/glossary';
import { describeTerm } from '../../../../knowledge/terms/term-description';

describe('describeTerm', () => {
  it('names the condition a term belongs to', () => {
    expect(describeTerm('iliotibial-band')?.relatedName).toBe('IT band syndrome');
  });

  it('does not repeat the title as "Related to" when the term is the condition itself', () => {
    const card = describeTerm('it-band-syndrome');
    expect(card?.name).toBe('IT band syndrome');
    expect(card?.relatedName).toBeNull();
    // It still leads to the condition's guide entry.
    expect(card?.route).toEqual({ view: 'condition', id: 'it-band-syndrome' });
  });

  it('knows nothing of an unknown id', () => {
    expect(describeTerm('not-a-term')).toBeNull();
  });
});

describe("a term card's More in the guide", () => {
  it('opens the page of a plain word such as hamstring or physiotherapy, not a general page', () => {
    expect(describeTerm('hamstrings')?.route).toEqual({ view: 'term', id: 'hamstrings' });
    expect(describeTerm('physiotherapy')?.route).toEqual({ view: 'term', id: 'physiotherapy' });
  });

  it('opens the condition for a word that names one, such as IT band syndrome', () => {
    expect(describeTerm('it-band-syndrome')?.route).toEqual({
      view: 'condition',
      id: 'it-band-syndrome',
    });
  });

  it('never sends a word that is not a condition to the habits or warning-sign lists', () => {
    for (const term of GLOSSARY) {
      const route = describeTerm(term.id)?.route;
      expect(route?.view, term.id).toMatch(/^(term|condition)$/);
    }
  });
});
