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

  it('leaves text in another language alone: FAI on a French news page is an internet provider', async () => {
    showPage(`<article lang="fr"><p>Le FAI a coupé la fibre ; une sciatica, dit le titre.</p>
      <blockquote lang="en">An MRI showed FAI in my hip.</blockquote></article>`);
    const index = createTermIndex(document, matcher, testLifetime());
    const words = (await index.allTerms()).map((at) =>
      at.text.data.slice(at.hit.start, at.hit.end),
    );
    expect(words).toEqual(['MRI', 'FAI']);
  });

  it('leaves a software blog’s "release cadence" alone, and marks cadence among runners', async () => {
    document.title = 'Engineering notes';
    showPage(`<p>We moved to a two-week release cadence; smaller changes ship faster.</p>
      <p>Deploys run at night.</p>`);
    const index = createTermIndex(document, matcher, testLifetime());
    expect(await index.allTerms()).toEqual([]);
    showPage(`<h1>Stride and knee pain</h1><p>Raising your cadence a little helps.</p>`);
    index.pageChanged();
    expect((await index.allTerms()).map((at) => at.termId)).toEqual(['cadence']);
  });

  it('forgets muted terms everywhere, and finds them again when unmuted', async () => {
    showPage('<p>Hip bursitis, then a labral tear.</p>');
    const index = createTermIndex(document, matcher, testLifetime());
    index.setMuted(['hip-bursitis']);
    expect((await index.allTerms()).map((at) => at.termId)).toEqual(['labral-tear']);
    index.setMuted([]);
    expect((await index.allTerms()).map((at) => at.termId)).toEqual([
      'hip-bursitis',
      'labral-tear',
    ]);
  });
});
