import { describe, expect, it } from 'vitest';
import { createTermIndex } from '../../../page/term-index';
import { matcher, showPage, testLifetime } from './page-setup';

function centreOf(words: string, within: Element): { x: number; y: number } {
  const text = within.firstChild as Text;
  const at = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + words.length);
  const rect = range.getBoundingClientRect();
  return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
}

describe('the term index', () => {
  it('finds the term under a point, and nothing beside the text or where told no', () => {
    showPage('<p id="p" style="width: 900px">My hip bursitis is back.</p>');
    const p = document.getElementById('p') as HTMLElement;
    const index = createTermIndex(document, matcher, testLifetime());
    const { x, y } = centreOf('bursitis', p);
    expect(index.termAtPoint(x, y, () => true)?.termId).toBe('hip-bursitis');
    expect(index.termAtPoint(x, y, () => false)).toBeNull();
    // Far right of the line: the caret snaps to the last character, but the point is not on it.
    expect(index.termAtPoint(880, y, () => true)).toBeNull();
  });

  it('lists every visible term in document order, and follows the page once told it changed', async () => {
    showPage(`<p>First ITBS, then hip bursitis.</p><p hidden>Hidden labral tear.</p>
      <p style="visibility: hidden">Invisible stress fracture.</p><p>Last: labral tear.</p>`);
    const index = createTermIndex(document, matcher, testLifetime());
    const ids = async () => (await index.allTerms()).map((at) => at.termId);
    expect(await ids()).toEqual(['it-band-syndrome', 'hip-bursitis', 'labral-tear']);
    document.body.querySelector('p')?.remove();
    // Kept until the page changes: the page-changes module says so.
    expect(await ids()).toHaveLength(3);
    index.pageChanged();
    expect(await ids()).toEqual(['labral-tear']);
  });
});
