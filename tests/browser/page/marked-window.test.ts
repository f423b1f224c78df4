/**
 * The marked window and the page changes it follows, in real Chromium: what is registered in the
 * highlight registry is exactly what the reader sees marked.
 */
import { describe, expect, it } from 'vitest';
import { randomMarkNames, startMarkedWindow } from '../../../page/marked-window';
import { followPageChanges } from '../../../page/page-changes';
import { createTermIndex } from '../../../page/term-index';
import { type MarkScope, scopeSelector } from '../../../platform/mark-scope';
import type { MarkNames } from '../../../platform/messages';
import { markedWords, matcher, showPage, testLifetime } from './page-setup';

const FILLER = '<p style="height: 3000px">Nothing to see here.</p>';

/** Starts the window and the page changes it follows, with `styleScope` standing in for the sheets. */
function startMarks(
  styleScope: (scope: MarkScope, names: MarkNames) => Promise<() => void> = () =>
    Promise.resolve(() => {}),
) {
  const life = testLifetime();
  const index = createTermIndex(document, matcher, life);
  const names: MarkNames = randomMarkNames();
  const marks = startMarkedWindow(
    document,
    index,
    life,
    'background',
    () => names,
    (scope) => styleScope(scope, names),
  );
  followPageChanges(document, index, marks, life);
  return { life, names, marks };
}

describe('the marked window', () => {
  it('marks the terms on screen, not those far below, and follows the reader down', async () => {
    showPage(`<p id="top">Sore after the run: hip bursitis or ITBS?</p>${FILLER}
      <p id="far">A stress fracture needs rest.</p>${FILLER}`);
    startMarks();
    await expect.poll(markedWords).toEqual(['hip bursitis', 'ITBS']);
    document.getElementById('far')?.scrollIntoView({ block: 'center' });
    await expect.poll(markedWords).toEqual(['stress fracture']);
  });

  it('registers under this load’s random names only once the marks are styled', async () => {
    showPage('<p>Hip bursitis again.</p>');
    let styledNow = () => {};
    const styled = new Promise<void>((resolve) => {
      styledNow = resolve;
    });
    const { names, marks } = startMarks(() => styled.then(() => () => {}));
    // The window marks its text already (hover works), but the page sees nothing yet.
    await expect
      .poll(() => marks.isMarked(document.querySelector('p')?.firstChild as Text))
      .toBe(true);
    expect([...CSS.highlights.keys()]).toEqual([]);
    styledNow();
    await expect.poll(() => [...CSS.highlights.keys()]).toEqual([names.background]);
    expect(names.background).toMatch(/^[a-z]{12}$/);
    expect(randomMarkNames().background).not.toBe(names.background);
  });

  it('leaves the page exactly as it was when it ends, registry included', async () => {
    showPage('<p>Hip bursitis and a labral tear.</p>');
    const before = document.body.innerHTML;
    const { life } = startMarks();
    await expect.poll(markedWords).toEqual(['Hip bursitis', 'labral tear']);
    life.end();
    expect(CSS.highlights.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('asks for no style sheet on a page without terms, and for one at its first term', async () => {
    showPage('<p>Nothing to explain here.</p>');
    const life = testLifetime();
    const index = createTermIndex(document, matcher, life);
    let asked = 0;
    const marks = startMarkedWindow(document, index, life, 'background', randomMarkNames, () => {
      asked++;
      return Promise.resolve(() => {});
    });
    followPageChanges(document, index, marks, life);
    marks.refresh();
    expect(asked).toBe(0);
    document.querySelector('p')?.append(' Maybe hip bursitis.');
    await expect.poll(() => asked).toBe(1);
    await expect.poll(markedWords).toEqual(['hip bursitis']);
  });

  it('never registers at all when it ends before the marks are styled', async () => {
    showPage('<p>Hip bursitis again.</p>');
    let styledNow = () => {};
    const styled = new Promise<void>((resolve) => {
      styledNow = resolve;
    });
    const { life } = startMarks(() => styled.then(() => () => {}));
    life.end();
    styledNow();
    await Promise.resolve();
    expect(CSS.highlights.size).toBe(0);
  });
});

describe('page changes', () => {
  it('marks a post the page adds, and only what a term is in', async () => {
    showPage('<p>Nothing yet.</p>');
    startMarks();
    const post = document.createElement('p');
    post.textContent = 'Update: the doctor says piriformis syndrome.';
    document.body.append(post);
    await expect.poll(markedWords).toEqual(['piriformis syndrome']);
  });

  it('drops marks of text the page rewrites in place, and marks the new text', async () => {
    showPage('<p id="p">Hip bursitis flared.</p>');
    startMarks();
    await expect.poll(markedWords).toEqual(['Hip bursitis']);
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = 'Turned out to be a labral tear.';
    await expect.poll(markedWords).toEqual(['labral tear']);
  });

  it('drops marks of text the page removes', async () => {
    showPage('<p id="p">Hip bursitis flared.</p><p>Also ITBS.</p>');
    startMarks();
    await expect.poll(markedWords).toEqual(['Hip bursitis', 'ITBS']);
    document.getElementById('p')?.remove();
    await expect.poll(markedWords).toEqual(['ITBS']);
  });

  it('styles only the elements holding marked text, and follows the reader with a new sheet', async () => {
    showPage(`<p id="top">Sore after the run: <em>hip bursitis</em> or ITBS?</p>
      <p id="plain">Nothing here.</p>${FILLER}<p id="far">A stress fracture needs rest.</p>`);
    /** Each sheet asked for, as the page would get it (a real style element here), and removed. */
    const sheets: { scope: MarkScope; removed: boolean }[] = [];
    const { life, names } = startMarks(async (scope, names) => {
      const sheet = { scope, removed: false };
      sheets.push(sheet);
      const style = document.createElement('style');
      style.textContent = scopeSelector(scope)
        .split(',')
        .map((selector) => `${selector}::highlight(${names.background})`)
        .join(',')
        .concat('{ background-color: rgb(255 190 0) }');
      document.head.append(style);
      return () => {
        sheet.removed = true;
        style.remove();
      };
    });
    const tint = (id: string) =>
      getComputedStyle(
        document.querySelector(`#${id}`) as Element,
        `::highlight(${names.background})`,
      ).backgroundColor;
    await expect.poll(markedWords).toEqual(['hip bursitis', 'ITBS']);
    expect(sheets).toHaveLength(1);
    // Inherited by the element inside the styled paragraph; nothing else is styled.
    expect(tint('top')).toBe('rgb(255, 190, 0)');
    expect(tint('top em')).toBe('rgb(255, 190, 0)');
    expect(tint('plain')).toBe('rgba(0, 0, 0, 0)');
    expect(tint('far')).toBe('rgba(0, 0, 0, 0)');
    document.getElementById('far')?.scrollIntoView({ block: 'center' });
    await expect.poll(markedWords).toEqual(['stress fracture']);
    await expect.poll(() => sheets.map((sheet) => sheet.removed)).toEqual([true, false]);
    expect(tint('far')).toBe('rgb(255, 190, 0)');
    life.end();
    expect(sheets.map((sheet) => sheet.removed)).toEqual([true, true]);
  });
});
