import { describe, expect, it } from 'vitest';
import { articlePage, forumPage, newsPage } from '../../../bench/generate-pages';
import { answerGateRead } from '../../../knowledge/terms/gate-reader';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from '../../../knowledge/terms/term-context';
import { compileTermGate, type GateMode, type TermGate } from '../../../knowledge/terms/term-gate';
import type { Lifetime } from '../../../page/lifetime';
import {
  type AskGate,
  GATE_CHANGES_EVERY_MS,
  watchForTerms,
  watchForTermsFrom,
} from '../../../page/page-gate';
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

const GATE_MODES: GateMode[] = ['regex', 'staged', 'trie', 'nodes', 'texts', 'background'];

/**
 * The gate in `mode` on this page: in the page itself, or (`background`) through an `ask` that
 * answers as the background does, from a copy of the request as a message would carry it.
 * `answered` resolves once every request made so far, and any it led to, is answered.
 */
function gateIn(gate: TermGate) {
  let last: Promise<unknown> = Promise.resolve();
  const ask: AskGate = (request) => {
    const answer = Promise.resolve().then(() => answerGateRead(gate, structuredClone(request)));
    last = answer;
    return answer;
  };
  return {
    watch(life: Lifetime, onPossible: () => void): Promise<void> {
      // Changes sent as they come (the spacing has a test of its own below), so that each
      // change's answer can be awaited.
      if (gate.mode === 'background') {
        return watchForTermsFrom(document, ask, life, onPossible, { changesEveryMs: 0 });
      }
      watchForTerms(document, gate, life, onPossible);
      return Promise.resolve();
    },
    async answered(): Promise<void> {
      // The page's own continuation runs first (it awaited the answer before this did), and may
      // have asked again.
      for (let seen = last; ; seen = last) {
        await seen;
        if (seen === last) return;
      }
    },
  };
}

/**
 * True if the term index finds a term worth marking in any text node of the page the explainer
 * could ever read: every one but those inside a script, style sheet or `<noscript>`, which it
 * skips by their tag (page/prose-filter.ts), and a tag never changes. Text it skips by an
 * attribute (`hidden`, `aria-hidden`) counts: the attribute may go without a change the gate sees.
 */
function indexFindsTerms(): boolean {
  const index = createTermIndex(document, matcher, testLifetime());
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, noscript')) continue;
    if (index.hitsOf(node as Text).length > 0) return true;
  }
  return false;
}

/** Whether the gate opens on the page as it is now. */
async function gateOpens(gate: TermGate): Promise<boolean> {
  let opened = false;
  await gateIn(gate).watch(testLifetime(), () => {
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

  const { watch, answered } = gateIn(gate);

  it('opens wherever the term index finds a term (fixtures and bench pages)', async () => {
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
      const opens = await gateOpens(gate);
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
    await watch(testLifetime(), () => opened++);
    expect(opened).toBe(0);

    let seen = changesSeen();
    note.append(' Fans cheered the fair result.');
    await seen;
    await answered();
    expect(opened).toBe(0);

    seen = changesSeen();
    (note.firstChild as Text).data = 'A reader with trochanteric bursitis writes in.';
    await seen;
    await answered();
    expect(opened).toBe(1);
  });

  it('opens when a later change corroborates an ambiguous term the page had', async () => {
    showDocument('<p>Our release cadence moved to two weeks.</p>');
    document.title = 'Engineering';
    let opened = 0;
    await watch(testLifetime(), () => opened++);
    expect(opened).toBe(0);
    const seen = changesSeen();
    const comment = document.createElement('div');
    comment.innerHTML = '<p>My <b>knee</b> agrees.</p>';
    document.body.append(comment);
    await seen;
    await answered();
    expect(opened).toBe(1);
  });

  it('opens when a change adds a text node that ends a joined term begun beside an ambiguous one', async () => {
    // "labrum" both starts joined variants ("labrum tear") and ends them ("torn labrum").
    showDocument('<p>Our release cadence: <b>torn</b></p>');
    document.title = 'Engineering';
    let opened = 0;
    await watch(testLifetime(), () => opened++);
    expect(opened).toBe(0);
    const seen = changesSeen();
    document.querySelector('b')?.after('labrum');
    await seen;
    await answered();
    expect(indexFindsTerms()).toBe(true);
    expect(opened).toBe(1);
  });

  it('leaves out the text of scripts and style sheets, where no term is marked, until it moves', async () => {
    showDocument(
      '<p>Plain words.</p><script>var x = {"ITb": "trochanteric bursitis"};</script>' +
        '<style>.labral-tear::before { content: "hip"; }</style><noscript>FAI runners</noscript>',
    );
    document.title = 'News';
    expect(indexFindsTerms()).toBe(false);
    let opened = 0;
    await watch(testLifetime(), () => opened++);
    // The modes that read the body's HTML read scripts too: wider, never narrower.
    if (mode === 'texts' || mode === 'nodes' || mode === 'background') expect(opened).toBe(0);
    const seen = changesSeen();
    document.body
      .querySelector('p')
      ?.append(document.body.querySelector('script')?.firstChild as Text);
    await seen;
    await answered();
    expect(indexFindsTerms()).toBe(true);
    expect(opened).toBe(1);
  });

  it('stops watching when its lifetime ends', async () => {
    showDocument('<p>Nothing to see.</p>');
    let opened = 0;
    const life = testLifetime();
    await watch(life, () => opened++);
    life.end();
    const seen = changesSeen();
    document.body.append('Labral tear');
    await seen;
    await answered();
    expect(opened).toBe(0);
  });
});

describe.each(GATE_MODES)('the page gate and the words around an ambiguous term (%s)', (mode) => {
  const gate = compileTermGate(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT, mode });

  it('opens where the nodes around an ambiguous term join into a term, past skipped text', async () => {
    const filler = 'words '.repeat(80);
    showDocument(
      `<p>Our release cadence.</p><script>${'var x = 1;'.repeat(500)}</script>` +
        `<p>${filler}</p><p>a <b>labral</b><i>tear</i></p>`,
    );
    document.title = 'Engineering';
    expect(indexFindsTerms()).toBe(true);
    expect(await gateOpens(gate)).toBe(true);
    // As far either side as the explainer reads.
    showDocument(
      `<p>${filler}${filler}</p><p>Our release cadence.</p><p>${filler}</p><p>a <b>labral</b><i>tear</i></p>`,
    );
    expect(indexFindsTerms()).toBe(true);
    expect(await gateOpens(gate)).toBe(true);
    showDocument(
      `<p>a <b>labral</b><i>tear</i></p><p>${filler}</p><p>Our release cadence.</p><p>${filler}${filler}</p>`,
    );
    expect(indexFindsTerms()).toBe(true);
    expect(await gateOpens(gate)).toBe(true);
  });

  it('opens wherever the term index finds a term, on random pages of glossary words', async () => {
    const ambiguousWords = VARIANTS_NEEDING_CONTEXT.filter((v) => !v.includes(' '));
    const words = [
      ...ambiguousWords,
      // Halves of clear terms, which only the context's joining makes whole; no running word,
      // which would open the page wherever it stood.
      ...['labral', 'tear', 'stress', 'fracture', 'it', 'band', 'glute', 'med', 'torn', 'labrum'],
      ...['release', 'the', 'plan', 'ship', 'fair', 'hipster', 'tearing', 'bands'],
    ];
    const tags = ['b', 'i', 'span', 'p', 'script', 'code', 'li'];
    let seed = 29;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    let owed = 0;
    let closed = 0;
    for (let n = 0; n < 1000; n++) {
      // The ambiguous term anywhere, and runs of filler about as long as the context read.
      let html = '';
      const count = 2 + Math.floor(next() * 8);
      const at = Math.floor(next() * count);
      for (let i = 0; i < count; i++) {
        if (i === at) html += `<p>${pick(ambiguousWords)}</p>`;
        const roll = next();
        const text =
          roll < 0.2
            ? 'filler '.repeat(Math.floor(next() * 200))
            : roll < 0.25
              ? ' '
              : `${pick(words)}${next() < 0.5 ? ' ' : ''}`;
        const tag = pick(tags);
        html += next() < 0.3 ? text : `<${tag}>${text}</${tag}>`;
      }
      document.body.innerHTML = html;
      document.title = 'Notes';
      const found = indexFindsTerms();
      let opens = false;
      const life = testLifetime();
      await gateIn(gate).watch(life, () => {
        opens = true;
      });
      life.end();
      if (found) {
        owed++;
        expect(opens, html).toBe(true);
      }
      if (!opens) closed++;
    }
    // Both kinds of page were made: with terms to find and without.
    expect(owed).toBeGreaterThan(80);
    expect(closed).toBeGreaterThan(80);
  });
});

describe('the page gate read by the background', () => {
  const gate = compileTermGate(GLOSSARY, {
    needingContext: VARIANTS_NEEDING_CONTEXT,
    mode: 'background',
  });

  it('opens when the background cannot answer: wider, never narrower', async () => {
    showDocument('<p>Nothing to see.</p>');
    let opened = 0;
    await watchForTermsFrom(
      document,
      () => Promise.reject(new Error('Extension context invalidated.')),
      testLifetime(),
      () => opened++,
    );
    expect(opened).toBe(1);
  });

  it('sends the changes made while a request is out with the next one, and opens on them', async () => {
    showDocument('<p>Plain words.</p>');
    document.title = 'News';
    const requests: string[][] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ask: AskGate = async (request) => {
      requests.push(request.texts);
      // The first answer waits until the page has changed twice.
      if (requests.length === 1) await held;
      return answerGateRead(gate, structuredClone(request));
    };
    const opened = new Promise<void>((resolve) => {
      void watchForTermsFrom(document, ask, testLifetime(), resolve);
    });
    let seen = changesSeen();
    document.body.append('   ');
    document.body.append('A reader with ');
    await seen;
    seen = changesSeen();
    const note = document.createElement('p');
    note.innerHTML = '  <b>trochanteric bursitis</b>\n  ';
    document.body.append(note);
    await seen;
    expect(requests).toHaveLength(1);
    release();
    await opened;
    // One request for the page, one for both changes; white space alone is not sent.
    expect(requests).toEqual([['Plain words.'], ['A reader with', 'trochanteric bursitis']]);
  });

  it('sends only what the first reading reads: not scripts or styles a page adds, nor the head', async () => {
    showDocument('<p>Plain words.</p>');
    document.title = 'News';
    const requests: string[][] = [];
    const ask: AskGate = async (request) => {
      requests.push(request.texts);
      return answerGateRead(gate, structuredClone(request));
    };
    await watchForTermsFrom(document, ask, testLifetime(), () => {}, { changesEveryMs: 0 });
    const seen = changesSeen();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"cadence": "itb"}';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = '.fai { color: red }';
    document.head.append(style);
    await seen;
    // A word there would have asked for the whole page again at every such change.
    expect(requests).toEqual([['Plain words.']]);
    style.remove();
  });

  it('sends a new title alone, which may corroborate an ambiguous term', async () => {
    showDocument('<p>Our release cadence moved.</p>');
    document.title = 'Engineering';
    const ask: AskGate = async (request) => answerGateRead(gate, structuredClone(request));
    let opened = 0;
    let firstRead: Promise<void> = Promise.resolve();
    const opening = new Promise<void>((resolve) => {
      firstRead = watchForTermsFrom(
        document,
        ask,
        testLifetime(),
        () => {
          opened++;
          resolve();
        },
        { changesEveryMs: 0 },
      );
    });
    await firstRead;
    expect(opened).toBe(0);
    document.title = 'Runners: our cadence';
    await opening;
    expect(opened).toBe(1);
  });

  it(`sends a page's changes at most every ${GATE_CHANGES_EVERY_MS} ms, gathered`, async () => {
    showDocument('<p>Plain words.</p>');
    document.title = 'News';
    const asked: { at: number; texts: string[] }[] = [];
    const ask: AskGate = async (request) => {
      asked.push({ at: performance.now(), texts: request.texts });
      return answerGateRead(gate, structuredClone(request));
    };
    let opened = 0;
    const life = testLifetime();
    await watchForTermsFrom(document, ask, life, () => opened++);
    // A clock that ticks at every frame for a while, then a term.
    const clock = document.createElement('span');
    document.body.append(clock);
    for (let tick = 0; tick < 20; tick++) {
      const seen = changesSeen();
      clock.textContent = `10:00:${tick}`;
      await seen;
      await new Promise((frame) => requestAnimationFrame(frame));
    }
    const seen = changesSeen();
    clock.textContent = 'Ask about trochanteric bursitis';
    await seen;
    await expect.poll(() => opened).toBe(1);
    const gaps = asked.slice(1).map((request, i) => request.at - (asked[i] as { at: number }).at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(GATE_CHANGES_EVERY_MS - 1);
    // Twenty ticks and the term went in a few requests, not twenty-one.
    expect(asked.length).toBeLessThan(8);
    expect(asked.at(-1)?.texts).toContain('Ask about trochanteric bursitis');
    life.end();
  });
});
