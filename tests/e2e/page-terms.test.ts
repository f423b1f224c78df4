/**
 * The page side in real Chromium: marks where they belong and nowhere else, cards on hover and
 * from the keyboard, dynamic pages, and switching a site off.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { browserForThisFile, HOSTS, screenshot } from './support/extension-browser';
import {
  askPageForTerms,
  cardCodeLoaded,
  explainerCodeLoaded,
  markCount,
  markedText,
  openMarked,
  sendToPage,
  setSettings as setStoredSettings,
  waitForMarks,
  watchHandedOverRoute,
} from './support/page-marks';
import { closeSidePanels } from './support/side-panel';
import {
  boxOfWords,
  dialogNames,
  hoverWords,
  OPEN_CARD,
  overlaps,
  tintedPixels,
  waitForCard,
  waitForNoCard,
} from './support/term-geometry';

const browser = browserForThisFile();

const open = (host: string, path: string) => openMarked(browser, host, path);

const setSettings = (settings: Record<string, unknown>) => setStoredSettings(browser, settings);

describe('marks', () => {
  it('marks prose but nothing in code, forms, editors, hidden or aria-hidden text', async () => {
    const page = await open(HOSTS.irunfar, 'editable.html');
    expect(await markedText(page, 'prose')).toBe(
      "Coach's note: ease off if the [[IT band syndrome]] comes back.",
    );
    for (const id of [
      'editor',
      'rich',
      'pre',
      'code-line',
      'hidden',
      'display-none',
      'aria-hidden',
    ]) {
      expect(await markedText(page, id), id).not.toContain('[[');
    }
    expect(await markCount(page)).toBe(1);
    await page.close();
  });

  it('never changes the page DOM to mark terms', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { htmlAtLoad: string }).htmlAtLoad =
          document.documentElement.outerHTML;
      });
    });
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    expect(await markCount(page)).toBeGreaterThan(10);
    const same = await page.evaluate(
      () =>
        (window as unknown as { htmlAtLoad: string }).htmlAtLoad ===
        document.documentElement.outerHTML,
    );
    expect(same).toBe(true);
    await page.close();
  });
});

describe('the marks a reader sees', () => {
  it('paints the shaded mark under a term and nothing under plain words', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    await waitForMarks(page);
    await expect
      .poll(async () => tintedPixels(page, await boxOfWords(page, 'intro', 'hip bursitis')))
      .toBeGreaterThan(50);
    expect(await tintedPixels(page, await boxOfWords(page, 'intro', 'common complaints'))).toBe(0);
    await page.close();
  });
});

describe('the card', () => {
  it('shows after the pointer rests on a term, beside it, named for it; Esc closes it', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    // The card's code arrives with the first card a page needs, not with the marks.
    expect(await cardCodeLoaded(page)).toBe(false);
    const term = await hoverWords(page, 'intro', 'labral tear');
    const card = await waitForCard(page);
    expect(await cardCodeLoaded(page)).toBe(true);
    expect(overlaps(card, term)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(800);
    expect((await dialogNames(page)).join('|')).toMatch(/labral tear/i);
    await screenshot(page, 'page-card-article');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('stays while the pointer moves onto it, and hides after the pointer leaves both', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    await hoverWords(page, 'bursitis', 'trochanteric bursitis');
    const card = await waitForCard(page);
    await page.mouse.move((card.left + card.right) / 2, card.top + 10, { steps: 8 });
    await page.mouse.move((card.left + card.right) / 2, (card.top + card.bottom) / 2, { steps: 2 });
    // Proving the card stays means waiting past the hide grace period (300 ms): no event to await.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await page.evaluate(() => Boolean(document.querySelector(':popover-open')))).toBe(true);
    await page.mouse.move(5, 790, { steps: 4 });
    await waitForNoCard(page);
    await page.close();
  });

  it('follows a dark page with a dark card', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    await page.evaluate(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    });
    await hoverWords(page, 'intro', 'hip bursitis');
    await waitForCard(page);
    expect(
      await page.evaluate(
        (selector) => getComputedStyle(document.querySelector(selector) as Element).colorScheme,
        OPEN_CARD,
      ),
    ).toBe('dark');
    await screenshot(page, 'page-card-dark');
    await page.close();
  });

  it('steps through terms from the keyboard command, focusing the card, and opens the guide entry', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    expect((await dialogNames(page)).join('|')).toMatch(/Hip bursitis/i);
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    expect((await dialogNames(page)).join('|')).toMatch(/Stress fracture/i);
    // Focus is on "More in the guide": Enter asks the background to open the guide there, in
    // the browser's real side panel, closed again when the test ends (pass or fail).
    onTestFinished(() => closeSidePanels(browser));
    const handedOver = await watchHandedOverRoute(browser);
    await page.keyboard.press('Enter');
    const route = await handedOver();
    expect(route).toEqual({ view: 'condition', id: 'stress-fracture' });
    await page.close();
  });
});

describe('the card and the page share the keyboard', () => {
  it('closes on Esc but leaves the key to the page when focus is in the page', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    await page.evaluate(() => {
      const w = window as unknown as { pageEscapes: number };
      w.pageEscapes = 0;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') w.pageEscapes++;
      });
    });
    await hoverWords(page, 'intro', 'labral tear');
    await waitForCard(page);
    await page.focus('#name');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(
      await page.evaluate(() => (window as unknown as { pageEscapes: number }).pageEscapes),
    ).toBe(1);
    await page.close();
  });

  it('steps through every visible term on a page with hidden ones, one after another', async () => {
    const page = await open(HOSTS.irunfar, 'editable.html');
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    const first = (await dialogNames(page)).join('|');
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    // One visible term only: stepping wraps to it again rather than sticking on hidden text.
    expect((await dialogNames(page)).join('|')).toBe(first);
    expect(first).toMatch(/IT band syndrome/i);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('marks posts added by infinite scroll, and a term far down gets its card once scrolled to', async () => {
    const page = await open(HOSTS.letsRun, 'forum.html');
    await page.evaluate(() => document.getElementById('more')?.click());
    await page.evaluate(() =>
      document.getElementById('post-70')?.scrollIntoView({ block: 'center' }),
    );
    await page.waitForFunction(() => {
      const post = document.getElementById('post-70');
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          if (post?.contains((range as AbstractRange).startContainer)) return true;
        }
      }
      return false;
    });
    expect(await markedText(page, 'post-70')).toContain('[[');
    // Registered marks stay near the viewport: far fewer than the terms on the page.
    const terms = await askPageForTerms(browser, page);
    const total = Array.isArray(terms) ? terms.reduce((sum, t) => sum + t.count, 0) : 0;
    expect(total).toBeGreaterThan(80);
    expect(await markCount(page)).toBeLessThan(total);
    await page.close();
  });

  it('leaves the page’s own text nodes alone and follows text changed in place and navigation', async () => {
    const page = await open(HOSTS.strava, 'feed.html');
    const feedCheck = () =>
      page.evaluate(() => (window as unknown as { feedCheck(): string[] }).feedCheck());
    expect(await feedCheck()).toHaveLength(3);
    await page.evaluate(() => (window as unknown as { tickKudos(): void }).tickKudos());
    await page.evaluate(() =>
      (window as unknown as { rewriteCaption(i: number, s: string): void }).rewriteCaption(
        0,
        'New plan: ITBS rehab.',
      ),
    );
    await page.waitForFunction(() =>
      [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .some((r) => (r as AbstractRange).startContainer.textContent === 'New plan: ITBS rehab.'),
    );
    expect(await page.evaluate(() => document.querySelector('.card p')?.textContent)).toBe(
      'New plan: ITBS rehab.',
    );
    await page.click('#next');
    await page.waitForFunction(() =>
      [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .some((r) => (r as AbstractRange).startContainer.textContent?.includes('labral tear')),
    );
    // No range left on removed text.
    const stale = await page.evaluate(
      () =>
        [...CSS.highlights.values()]
          .flatMap((h) => [...h])
          .filter((r) => !(r as AbstractRange).startContainer.isConnected).length,
    );
    expect(stale).toBe(0);
    expect(await feedCheck()).toHaveLength(2);
    await page.close();
  });
});

describe('the page gate', () => {
  it('loads no explainer on a page that holds no term, and loads it when a term arrives', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.letsRun, 'software-blog.html'));
    await expect
      .poll(() => sendToPage(browser, page, { type: 'background→page:page-state' }))
      .toEqual({ explaining: true, termCount: 0 });
    // The sidebar's list and the keyboard answer from the gate, once it has the background's
    // answer for the page: nothing here to list or show.
    expect(await askPageForTerms(browser, page)).toEqual([]);
    expect(await explainerCodeLoaded(page)).toBe(false);
    expect(await sendToPage(browser, page, { type: 'background→page:next-term' })).toBeNull();
    expect(await explainerCodeLoaded(page)).toBe(false);
    // A paragraph with a term arrives: the explainer loads and marks it.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.id = 'added';
      note.textContent = 'A reader asks whether a physio can help with trochanteric bursitis.';
      document.querySelector('main')?.append(note);
    });
    await waitForMarks(page);
    expect(await explainerCodeLoaded(page)).toBe(true);
    expect(await markedText(page, 'added')).toContain('[[trochanteric bursitis]]');
    await page.close();
  });

  it('opens for a term a page writes into an existing text node', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.letsRun, 'software-blog.html'));
    await expect
      .poll(() => sendToPage(browser, page, { type: 'background→page:page-state' }))
      .toEqual({ explaining: true, termCount: 0 });
    await page.evaluate(() => {
      const heading = document.querySelector('h1')?.firstChild as Text;
      heading.data = 'Runners ask about the labral tear';
    });
    await waitForMarks(page);
    expect(await markCount(page)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('switching a site off', () => {
  it('removes every mark and card and leaves the page as it was; on again re-marks it', async () => {
    const page = await open(HOSTS.runnersWorld, 'article.html');
    const before = await page.evaluate(() => document.body.outerHTML);
    await hoverWords(page, 'intro', 'hip bursitis');
    await waitForCard(page);
    await setSettings({ disabledSites: ['runnersworld.com'] });
    await waitForNoCard(page);
    expect(await markCount(page)).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    expect(await askPageForTerms(browser, page)).toBeNull();
    // Resting on a term now shows nothing.
    await hoverWords(page, 'intro', 'labral tear');
    // Proving no card comes means waiting past the card delay (400 ms): no event to await.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    expect(await page.locator(OPEN_CARD).count()).toBe(0);
    await setSettings({ disabledSites: [] });
    await waitForMarks(page);
    await page.close();
  });
});

describe('reddit (https only)', () => {
  it('marks a running subreddit thread served over https, including comments loaded later', async () => {
    const page = await open(HOSTS.reddit, 'reddit-thread.html');
    expect(page.url()).toMatch(/^https:/);
    expect(await markedText(page, 'post-body')).toContain(
      '[[trochanteric bursitis]] or my [[IT band]]',
    );
    await page.waitForFunction(() =>
      [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .some((r) =>
          document.getElementById('comment-2')?.contains((r as AbstractRange).startContainer),
        ),
    );
    expect(await markedText(page, 'comment-2')).toContain('[[Femoral neck stress fracture]]');
    // The page's own vote counter (a text node it rewrites every 100 ms) keeps ticking.
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { redditState: { votes: number } }).redditState.votes,
        ),
      )
      .toBeGreaterThan(12);
    await page.close();
  });
});
