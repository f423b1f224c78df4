import { describe, expect, it } from 'vitest';
import { articlePage, forumPage, newsPage } from '../../../bench/generate-pages';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from '../../../knowledge/terms/term-context';
import { compileTermGate, type GateMode, type TermGate } from '../../../knowledge/terms/term-gate';
import { watchForTerms } from '../../../page/page-gate';
import { createTermIndex } from '../../../page/term-index';
import { matcher, testLifetime } from './page-setup';

const fixtures = import.meta.glob<string>('../../fixtures/pages/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Shows a whole HTML document's body and title in the test page. */
function showDocument(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
}

const GATE_MODES: GateMode[] = ['regex', 'staged', 'trie', 'nodes', 'texts'];

/** True if the term index finds a term worth marking in any text node of the page. */
function indexFindsTerms(): boolean {
  const index = createTermIndex(document, matcher, testLifetime());
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (index.hitsOf(node as Text).length > 0) return true;
  }
  return false;
}

/** Whether the gate opens on the page as it is now. */
function gateOpens(gate: TermGate): boolean {
  let opened = false;
  watchForTerms(document, gate, testLifetime(), () => {
    opened = true;
  });
  return opened;
}

/** Resolves after every observer made before it has seen the page's next change. */
function changesSeen(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

describe.each(GATE_MODES)('the page gate in a real page (%s)', (mode) => {
  const gate = compileTermGate(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT, mode });

  it('opens wherever the term index finds a term (fixtures and bench pages)', () => {
    const pages = {
      ...fixtures,
      article: articlePage(),
      news: newsPage(60),
      forum: forumPage(40),
    };
    let closed = 0;
    for (const [name, html] of Object.entries(pages)) {
      showDocument(html);
      const found = indexFindsTerms();
      const opens = gateOpens(gate);
      if (found) expect(opens, name).toBe(true);
      if (!opens) closed++;
    }
    // The fixtures are about running: few close. The news page does.
    expect(closed).toBeGreaterThan(0);
  });

  it('stays closed on a page without terms, and opens when a change brings one', async () => {
    showDocument(newsPage(20));
    document.title = 'News';
    const note = document.createElement('p');
    note.textContent = 'Plain words.';
    document.body.append(note);
    let opened = 0;
    watchForTerms(document, gate, testLifetime(), () => opened++);
    expect(opened).toBe(0);

    let seen = changesSeen();
    note.append(' Fans cheered the fair result.');
    await seen;
    expect(opened).toBe(0);

    seen = changesSeen();
    (note.firstChild as Text).data = 'A reader with trochanteric bursitis writes in.';
    await seen;
    expect(opened).toBe(1);
  });

  it('opens when a later change corroborates an ambiguous term the page had', async () => {
    showDocument('<p>Our release cadence moved to two weeks.</p>');
    document.title = 'Engineering';
    let opened = 0;
    watchForTerms(document, gate, testLifetime(), () => opened++);
    expect(opened).toBe(0);
    const seen = changesSeen();
    const comment = document.createElement('div');
    comment.innerHTML = '<p>My <b>knee</b> agrees.</p>';
    document.body.append(comment);
    await seen;
    expect(opened).toBe(1);
  });

  it('stops watching when its lifetime ends', async () => {
    showDocument('<p>Nothing to see.</p>');
    let opened = 0;
    const life = testLifetime();
    watchForTerms(document, gate, life, () => opened++);
    life.end();
    const seen = changesSeen();
    document.body.append('Labral tear');
    await seen;
    expect(opened).toBe(0);
  });
});
