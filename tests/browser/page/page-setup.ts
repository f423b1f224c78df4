/**
 * What the page side's browser tests share: the glossary's matcher, a page of HTML to work on, and
 * a parent lifetime standing in for the content script's own (platform/content/script-lifetime.ts).
 */
import { afterEach } from 'vitest';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from '../../../knowledge/terms/term-context';
import { compileTerms, createTermMatcher } from '../../../knowledge/terms/term-matcher';
import { childLifetime, type Lifetime } from '../../../page/lifetime';

/** The glossary's matcher as the build makes it. */
export const matcher = createTermMatcher(
  compileTerms(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT }),
);

/** The test's stand-in for the extension's context: `gone()` is the extension going away. */
export function fakeContext() {
  const controller = new AbortController();
  let valid = true;
  return {
    signal: controller.signal,
    get isValid() {
      return valid && !controller.signal.aborted;
    },
    /** The extension was reloaded: nothing says so until someone asks `isValid`. */
    gone() {
      valid = false;
    },
    abort: () => controller.abort(),
  };
}

const lives: Lifetime[] = [];

/** A lifetime for one test, ended after it. */
export function testLifetime(parent = fakeContext()): Lifetime {
  const life = childLifetime(parent, window);
  lives.push(life);
  return life;
}

/** Puts `html` in the page's body, scrolled to the top. */
export function showPage(html: string): void {
  document.body.innerHTML = html;
  window.scrollTo(0, 0);
}

afterEach(() => {
  for (const life of lives.splice(0)) life.end();
  document.body.innerHTML = '';
  for (const name of [...CSS.highlights.keys()]) CSS.highlights.delete(name);
});

/** The marked words of every highlight in the registry, in document order, as `[[text]]`. */
export function markedWords(): string[] {
  const words: { node: Text; start: number; text: string }[] = [];
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight) {
      const r = range as AbstractRange;
      words.push({
        node: r.startContainer as Text,
        start: r.startOffset,
        text: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
      });
    }
  }
  words.sort((a, b) =>
    a.node === b.node
      ? a.start - b.start
      : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
  );
  return words.map((w) => w.text);
}

/** Resolves after the next animation frame has run (and a task after it). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
