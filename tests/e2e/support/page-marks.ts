/**
 * Reads what the extension marked on a page, from the page's own world: the CSS highlight
 * registry is shared by the page and the content script, so a test sees exactly what paints.
 * The highlight names are random per page load, so these read every highlight in the registry
 * (fixture pages register none of their own), just as a curious page could.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page, Worker } from 'playwright-core';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

/** The names the extension used before they were random: no page may ever see them again. */
export const OLD_HIGHLIGHT_NAMES = ['hip-pain-guide-underline', 'hip-pain-guide-background'];

/** The names in the page's highlight registry. */
export async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()]);
}

/**
 * The computed background that `::highlight(name)` gives the element with `id`, read in a fresh
 * isolated world of the page: there the built-ins are the browser's own even on a page that
 * replaced them (hostile.js swaps `getComputedStyle`), and no CSP applies.
 */
export async function highlightBackground(page: Page, id: string, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'highlight-probe',
    });
    const expression = `getComputedStyle(document.getElementById(${JSON.stringify(id)}), ${JSON.stringify(`::highlight(${name})`)}).backgroundColor`;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    return String(result.value);
  } finally {
    await cdp.detach();
  }
}

/** The marked words, in document order, as `[[text]]` inside the element with `id`. */
export async function markedText(page: Page, elementId: string): Promise<string> {
  return page.evaluate(
    ({ id }) => {
      const element = document.getElementById(id);
      if (!element) throw new Error(`No #${id} on the page`);
      const ranges: AbstractRange[] = [];
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) ranges.push(range as AbstractRange);
      }
      const inside = ranges
        .filter((r) => element.contains(r.startContainer))
        .sort((a, b) => {
          if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
          return a.startContainer.compareDocumentPosition(b.startContainer) &
            Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1;
        });
      // Rebuild the element's text with each range's words wrapped in [[ ]].
      let out = '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        let at = 0;
        for (const range of inside.filter((r) => r.startContainer === node)) {
          out += `${text.slice(at, range.startOffset)}[[${text.slice(range.startOffset, range.endOffset)}]]`;
          at = range.endOffset;
        }
        out += text.slice(at);
      }
      return out.replace(/\s+/g, ' ').trim();
    },
    { id: elementId },
  );
}

/** How many ranges the extension has registered on the page. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
}

/**
 * Waits until the extension has marked something on the page. Polls inside `page.evaluate`
 * rather than with `waitForFunction`, which compiles its predicate with `eval` and so hangs on
 * pages whose Content-Security-Policy forbids it.
 */
export async function waitForMarks(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + 10_000;
        const check = () => {
          if ([...CSS.highlights.values()].some((h) => h.size > 0)) return resolve();
          if (performance.now() > deadline) return reject(new Error('No marks within 10 s'));
          requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/**
 * Sends `message` to the content script in `page`'s tab, as the sidebar or background does.
 * Resolves 'no content script' when nothing in the tab answers (the extension does not run there).
 */
export async function sendToPage(
  browser: { serviceWorker: Worker },
  page: Page,
  message: Record<string, unknown>,
): Promise<unknown> {
  // The extension has no "tabs" permission, so it cannot find a tab by a URL it may not read:
  // make the page the active tab and send to that one.
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async (toSend) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    try {
      return await chrome.tabs.sendMessage(tab.id, toSend);
    } catch {
      return 'no content script';
    }
  }, message);
}

/** Replaces the stored settings, as the sidebar's settings view does. */
export async function setSettings(
  browser: { serviceWorker: Worker },
  settings: Record<string, unknown>,
): Promise<void> {
  // A worker that never answers fails here, by name, before the test's own timeout.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('setSettings: the service worker did not answer in 20 s')),
      20_000,
    );
  });
  try {
    await Promise.race([
      browser.serviceWorker.evaluate(
        (value) => chrome.storage.local.set({ settings: value }),
        settings,
      ),
      silent,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Which terms the content script in `page`'s tab found, as the sidebar's "on this page" asks. */
export async function askPageForTerms(
  browser: { serviceWorker: Worker },
  page: Page,
): Promise<{ termId: string; count: number }[] | null | 'no content script'> {
  const reply = (await sendToPage(browser, page, { type: 'sidebar→page:list-terms' })) as
    | { terms: { termId: string; count: number }[] }
    | null
    | 'no content script';
  return reply && typeof reply === 'object' ? reply.terms : reply;
}

/** Opens `path` on the fixture server under `host` in a new tab and waits for the first marks. */
export async function openMarked(
  browser: {
    context: import('playwright-core').BrowserContext;
    url(host: string, path: string): string;
  },
  host: string,
  path: string,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url(host, path));
  await waitForMarks(page);
  return page;
}

/**
 * Starts listening, in the background, for the route a card hands to the sidebar ("More in the
 * guide"): call it before the key press. The function it returns resolves with the first route
 * handed over since, on the storage change, never on a timer. It listens rather than reads:
 * the real side panel can take the route (and remove it) before a test could read it.
 */
export async function watchHandedOverRoute(browser: {
  serviceWorker: Worker;
}): Promise<() => Promise<unknown>> {
  await browser.serviceWorker.evaluate(() => {
    const global = globalThis as unknown as { handedOverRoute?: Promise<unknown> };
    global.handedOverRoute = new Promise((resolve) => {
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        const handed = changes.pendingRoute?.newValue as { route: unknown } | undefined;
        if (!handed) return;
        chrome.storage.session.onChanged.removeListener(listener);
        resolve(handed.route);
      };
      chrome.storage.session.onChanged.addListener(listener);
    });
  });
  return () =>
    browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { handedOverRoute?: Promise<unknown> }).handedOverRoute,
    );
}

/**
 * Whether the card's code (`page-card.js`) has run in the content script's world of `page`: it
 * leaves its functions on that world's global (page/card-module.ts), which the page cannot see.
 */
export function cardCodeLoaded(page: Page): Promise<boolean> {
  return worldGlobalLoaded(page, 'hipPainGuideCardModule');
}

/**
 * Whether the explainer's code (`page-explainer.js`) has run in the content script's world of
 * `page` (page/explainer-module.ts): the page gate loads it only where a term could be.
 */
export function explainerCodeLoaded(page: Page): Promise<boolean> {
  return worldGlobalLoaded(page, 'hipPainGuideExplainerModule');
}

/**
 * Whether a global named `key` is an object in any world of the extension's on the page. Read
 * through the DevTools protocol, in every world of the extension's on the page.
 */
async function worldGlobalLoaded(page: Page, key: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  // Enabling reports every context that exists already, before it answers.
  await cdp.send('Runtime.enable');
  let loaded = false;
  for (const contextId of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `typeof globalThis.${key} === "object"`,
      contextId,
      returnByValue: true,
    });
    loaded ||= result.value === true;
  }
  await cdp.detach();
  if (worlds.length === 0) throw new Error('No content script world of ours on this page');
  return loaded;
}
