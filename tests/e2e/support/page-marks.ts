/**
 * Reads what the extension marked on a page, from the page's own world: the CSS highlight
 * registry is shared by the page and the content script, so a test sees exactly what paints.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page, Worker } from 'playwright-core';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

export const HIGHLIGHT_NAMES = ['hip-pain-guide-underline', 'hip-pain-guide-background'];

/** The marked words, in document order, as `[[text]]` inside the element with `id`. */
export async function markedText(page: Page, elementId: string): Promise<string> {
  return page.evaluate(
    ({ id, names }) => {
      const element = document.getElementById(id);
      if (!element) throw new Error(`No #${id} on the page`);
      const ranges: AbstractRange[] = [];
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (highlight) for (const range of highlight) ranges.push(range as AbstractRange);
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
    { id: elementId, names: HIGHLIGHT_NAMES },
  );
}

/** How many ranges the extension has registered on the page. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(
    (names) => names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHT_NAMES,
  );
}

/**
 * Waits until the extension has marked something on the page. Polls inside `page.evaluate`
 * rather than with `waitForFunction`, which compiles its predicate with `eval` and so hangs on
 * pages whose Content-Security-Policy forbids it.
 */
export async function waitForMarks(page: Page): Promise<void> {
  await page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + 10_000;
        const check = () => {
          if (names.some((name) => (CSS.highlights.get(name)?.size ?? 0) > 0)) return resolve();
          if (performance.now() > deadline) return reject(new Error('No marks within 10 s'));
          requestAnimationFrame(check);
        };
        check();
      }),
    HIGHLIGHT_NAMES,
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
