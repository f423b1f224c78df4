/**
 * Privacy in real Chromium. First, while a runner browses running sites, uses cards, and opens
 * every sidebar view, the extension makes no network request of its own: every request the
 * browser makes is recorded (pages, the extension's pages and its service worker); the only ones
 * allowed are the fixture pages the test itself opens, and files inside the extension.
 *
 * Then, what a page's own scripts can tell: nothing at all where the reader switched the site off
 * (no style, highlight, element, message or event named after the extension); no fixed name where
 * it is on (random highlight names, a card host with no name of ours); and forged pointer and key
 * events never open or close a card. Last, an extension reload (an update) stops the copy of the
 * content script left on an open page, without telling the page.
 */

import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserForThisFile,
  type ExtensionBrowser,
  enableDeveloperMode,
  HOSTS,
  launchExtensionBrowser,
  reloadExtension,
} from './support/extension-browser';
import { claimOldCardElementName, forgeAltKeydown } from './support/hostile-page-scripts';
import {
  cardCodeLoaded,
  highlightBackground,
  highlightNames,
  markCount,
  OLD_HIGHLIGHT_NAMES,
  sendToPage,
  setSettings,
  waitForMarks,
} from './support/page-marks';
import {
  boxOfWords,
  hoverWords,
  OPEN_CARD,
  waitForCard,
  waitForNoCard,
} from './support/term-geometry';
import { heardBy, watchfulPage } from './support/watchful-page';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

// Lets Playwright report the service worker's requests too (read when the browser launches).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const browser = browserForThisFile();
const requests: string[] = [];

beforeAll(() => {
  browser.context.on('request', (request) => requests.push(request.url()));
});

const SIDEBAR_ROUTES = [
  '',
  'condition/hip-bursitis',
  'condition/stress-fracture',
  'term/iliotibial-band',
  'habits',
  'red-flags',
  'check',
  'check?text=sharp%20groin%20pain%20and%20I%20limp',
  'search?q=itbs',
  'on-this-page',
  'history',
  'journal',
  'settings',
];

describe('network use', () => {
  it('makes no request of its own while browsing, using cards and every sidebar view', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    const box = await boxOfWords(page, 'intro', 'labral tear');
    await page.mouse.move(box.left + 2, box.top + 4);
    await page.mouse.move(box.left + 10, box.top + 6, { steps: 2 });
    await waitForCard(page);
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await page.goto(browser.url(HOSTS.reddit, 'reddit-thread.html'));
    await waitForMarks(page);

    for (const route of SIDEBAR_ROUTES) {
      const sidebar = await browser.openSidebarPage(route);
      await sidebar.waitForLoadState('load');
      // Each view renders its main heading once its data is in.
      await sidebar.locator('main h1, main h2').first().waitFor();
      await sidebar.close();
    }

    const fixturePages =
      /^https?:\/\/(www\.runnersworld\.com|www\.reddit\.com):\d+\/(article|reddit-thread)\.html$/;
    const own = `chrome-extension://${browser.extensionId}/`;
    const unexpected = requests.filter(
      (url) => !fixturePages.test(url) && !url.startsWith(own) && !url.startsWith('data:'),
    );
    expect(requests.some((url) => url.startsWith(own))).toBe(true);
    expect(unexpected).toEqual([]);
  });
});

/** What the page's own scripts saw, recorded by a script that runs before any of the page's. */
interface PageProbe {
  /** Elements added to the document after it was parsed. */
  added: string[];
  /** Data of every `message` event the window received. */
  messages: unknown[];
}

/** Installs the probe in every page of the context, before the page's own scripts run. */
async function recordWhatPagesSee(context: ExtensionBrowser['context']): Promise<void> {
  await context.addInitScript(() => {
    const probe: PageProbe = { added: [], messages: [] };
    (window as unknown as { probe: PageProbe }).probe = probe;
    addEventListener('message', (event) => probe.messages.push(event.data));
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element) probe.added.push(node.outerHTML.slice(0, 200));
          }
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
  });
}

async function probeOf(page: Page): Promise<PageProbe> {
  return page.evaluate(() => (window as unknown as { probe: PageProbe }).probe);
}

/** Resolves once the content script has read the settings and acted on them. */
async function contentScriptSettled(page: Page): Promise<void> {
  // It answers only after applying the settings it loaded at start.
  expect(await sendToPage(browser, page, { type: 'sidebar→page:which-site' })).toEqual({
    host: new URL(page.url()).hostname,
  });
}

/** What `::highlight(name)` computes to for a name nobody registered or styled. */
const UNSTYLED = 'unstyled-probe-name';

describe('what a page can tell', () => {
  beforeAll(async () => {
    await recordWhatPagesSee(browser.context);
  });

  it('finds no trace of the extension on a running site the reader switched off', async () => {
    await setSettings(browser, { disabledSites: ['runnersworld.com'] });
    try {
      const page = await browser.context.newPage();
      await page.goto(browser.url(HOSTS.runnersWorld, watchfulPage(browser.extensionId)));
      await contentScriptSettled(page);
      const unstyled = await highlightBackground(page, 'intro', UNSTYLED);
      for (const name of OLD_HIGHLIGHT_NAMES) {
        expect(await highlightBackground(page, 'intro', name)).toBe(unstyled);
      }
      expect(
        await page.evaluate(() => ({
          highlights: CSS.highlights.size,
          cardElement: customElements.get('hip-pain-guide-card') ?? null,
          adoptedSheets: document.adoptedStyleSheets.length,
          sheets: document.styleSheets.length,
          popovers: document.querySelectorAll(':popover-open').length,
        })),
      ).toEqual({ highlights: 0, cardElement: null, adoptedSheets: 0, sheets: 1, popovers: 0 });
      // Alt+Shift+J on a site that is off does nothing either.
      await sendToPage(browser, page, { type: 'background→page:next-term' });
      expect(await probeOf(page)).toEqual({ added: [], messages: [] });
      // Nor is the card's code loaded there.
      expect(await cardCodeLoaded(page)).toBe(false);
      // Not even an event announcing that a script started (WXT's content-script context sent
      // one named after the extension's id on every start).
      expect(await heardBy(page)).toEqual([]);
      await page.close();
    } finally {
      await setSettings(browser, {});
    }
  });

  it('sees no fixed name where it is on: highlight names change with every load', async () => {
    const seen: string[][] = [];
    for (let load = 0; load < 2; load++) {
      const page = await browser.context.newPage();
      await page.goto(browser.url(HOSTS.runnersWorld, watchfulPage(browser.extensionId)));
      await waitForMarks(page);
      const names = await highlightNames(page);
      expect(names).toHaveLength(1);
      // The marks are styled (shaded) under the random name, and nothing answers to the old ones.
      expect(await highlightBackground(page, 'intro', names[0] as string)).toBe(
        'rgba(255, 190, 0, 0.22)',
      );
      const unstyled = await highlightBackground(page, 'intro', UNSTYLED);
      for (const name of OLD_HIGHLIGHT_NAMES) {
        expect(await highlightBackground(page, 'intro', name)).toBe(unstyled);
      }
      // The style sheet is the browser's own injected sheet: the page cannot list it.
      expect(
        await page.evaluate(() => ({
          sheets: document.styleSheets.length,
          ofThePage: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
          adopted: document.adoptedStyleSheets.length,
        })),
      ).toEqual({ sheets: 1, ofThePage: 1, adopted: 0 });
      // No message and no event named after the extension, from its start to its marks.
      expect(await heardBy(page)).toEqual([]);
      expect((await probeOf(page)).messages).toEqual([]);
      seen.push(names);
      await page.close();
    }
    expect(seen[0]).not.toEqual(seen[1]);
    expect(seen.flat().join(' ')).not.toMatch(/hip|pain|guide/i);
  });

  it('sees the card as a plain element with no name of ours, and nothing once it closes', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    await hoverWords(page, 'intro', 'labral tear');
    await waitForCard(page);
    const host = await page.evaluate((selector) => {
      const element = document.querySelector(selector) as HTMLElement;
      return {
        tag: element.tagName,
        attributes: element.getAttributeNames().sort(),
        shadowRoot: element.shadowRoot,
        childNodes: element.childNodes.length,
      };
    }, OPEN_CARD);
    expect(host).toEqual({
      tag: 'DIV',
      attributes: ['popover', 'style'],
      shadowRoot: null,
      childNodes: 0,
    });
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe(
      'BODY',
    );
    await page.close();
  });

  it('still gets cards on a page that pre-defined the old card element name', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(claimOldCardElementName);
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    await hoverWords(page, 'intro', 'hip bursitis');
    await waitForCard(page);
    await page.close();
  });

  it('cannot open or close a card with forged pointer, key or scroll events', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    const box = await boxOfWords(page, 'intro', 'stress fracture');
    await page.evaluate(
      ({ x, y }) => {
        for (let i = 0; i < 5; i++) {
          const init = { clientX: x + i, clientY: y, bubbles: true, pointerType: 'mouse' };
          document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent('pointermove', init));
        }
      },
      { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
    );
    // Proving no card comes means waiting past the card delay (400 ms): no event to await.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    expect(await page.locator(OPEN_CARD).count()).toBe(0);

    // A real card, then forged Esc and scroll: it stays open.
    await hoverWords(page, 'intro', 'stress fracture');
    await waitForCard(page);
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new Event('scroll'));
    });
    expect(await page.locator(OPEN_CARD).count()).toBe(1);
    // The reader's own Esc still closes it.
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('opens no card for a forged Alt key where cards open while Alt is held', async () => {
    await setSettings(browser, { cardOpening: 'modifier' });
    try {
      const page = await browser.context.newPage();
      await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
      await waitForMarks(page);
      // The reader's pointer rests on a term; the page pretends Alt went down.
      await hoverWords(page, 'intro', 'labral tear');
      await page.evaluate(forgeAltKeydown);
      // Proving no card comes means waiting past the card delay (400 ms): no event to await.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      expect(await page.locator(OPEN_CARD).count()).toBe(0);
      // The reader's own Alt opens it.
      await page.keyboard.down('Alt');
      await waitForCard(page);
      await page.keyboard.up('Alt');
      await page.close();
    } finally {
      await setSettings(browser, {});
    }
  });

  it('with marks set to none, registers nothing and opens cards only when asked', async () => {
    await setSettings(browser, { markStyle: 'none' });
    try {
      const page = await browser.context.newPage();
      await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
      await contentScriptSettled(page);
      expect(await markCount(page)).toBe(0);
      expect(await highlightNames(page)).toEqual([]);
      // Resting on a term shows nothing.
      await hoverWords(page, 'intro', 'hip bursitis');
      // Proving no card comes means waiting past the card delay (400 ms): no event to await.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      expect(await page.locator(OPEN_CARD).count()).toBe(0);
      // The keyboard command (Alt+Shift+J) still explains the terms, one after another.
      await sendToPage(browser, page, { type: 'background→page:next-term' });
      await waitForCard(page);
      expect(await highlightNames(page)).toEqual([]);
      await page.close();
    } finally {
      await setSettings(browser, {});
    }
  });
});

describe('an extension reload (an update)', () => {
  // A browser of its own: the reload replaces the service worker the other tests talk to.
  let reloading: ExtensionBrowser;
  beforeAll(async () => {
    reloading = await launchExtensionBrowser();
    await enableDeveloperMode(reloading.context);
  });
  afterAll(async () => {
    await reloading?.close();
  });

  it('stops the old copy on an open page, marks and card included, and the page hears nothing', async () => {
    const page = await reloading.context.newPage();
    await page.goto(reloading.url(HOSTS.runnersWorld, watchfulPage(reloading.extensionId)));
    await waitForMarks(page);
    const [oldName] = await highlightNames(page);
    await hoverWords(page, 'intro', 'labral tear');
    await waitForCard(page);

    await reloadExtension(reloading);
    // The new copy, started in the open tab after the update, marks the page under a new name;
    // the old copy, cut off from its extension, noticed it and took its marks and card away,
    // with the pointer still (no event of the page's made it look).
    await expect
      .poll(() => highlightNames(page), { timeout: 15_000 })
      .toEqual([expect.not.stringMatching(`^${oldName}$`)]);
    await waitForNoCard(page);
    expect(await markCount(page)).toBeGreaterThan(0);
    expect(await heardBy(page)).toEqual([]);
    await page.close();
  });
});
