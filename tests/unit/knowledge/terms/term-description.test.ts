import { describe, expect, it } from 'vitest';
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
