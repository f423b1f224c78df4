/**
 * What the extension shows on a page in Firefox, read the way a reader meets it: marks from the
 * CSS highlight registry (shared by the page and the content script), the card's box from its
 * host element, and the card's own text from inside its closed shadow root through WebDriver
 * BiDi, whose node serialization can include closed shadow trees (`includeShadowTree: 'all'`).
 * Same page functions as the Chromium helpers (page-marks.ts, term-geometry.ts), written for
 * puppeteer's `Page`, whose `waitForFunction` takes its arguments differently from Playwright's.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { SCREENSHOT_DIR } from './extension-browser';
import type { ScreenBox } from './term-geometry';

export { overlaps, type ScreenBox } from './term-geometry';

/** The open card: its host has no name of ours, only its place in the top layer. */
const CARD_HOST = ':popover-open';

/** The marked words, in document order, as `[[text]]` inside the element with `id`. */
export async function markedText(page: Page, elementId: string): Promise<string> {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`No #${id} on the page`);
    const ranges: AbstractRange[] = [];
    // Highlight names are random per page load: read every highlight, as a page could.
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) ranges.push(range as AbstractRange);
    }
    let out = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      let at = 0;
      const inNode = ranges
        .filter((r) => r.startContainer === node)
        .sort((a, b) => a.startOffset - b.startOffset);
      for (const range of inNode) {
        out += `${text.slice(at, range.startOffset)}[[${text.slice(range.startOffset, range.endOffset)}]]`;
        at = range.endOffset;
      }
      out += text.slice(at);
    }
    return out.replace(/\s+/g, ' ').trim();
  }, elementId);
}

/** How many ranges the extension has registered on the page. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
}

/** Waits until the extension has marked something on the page. */
export async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
}

/** Opens `path` on the fixture server under `host` in a new tab and waits for the first marks. */
export async function openMarked(
  firefox: { openPage(host: string, path: string): Promise<Page> },
  host: string,
  path: string,
): Promise<Page> {
  const page = await firefox.openPage(host, path);
  await waitForMarks(page);
  return page;
}

/**
 * Resolves once the page has loaded and gone idle: by then Firefox has injected any content
 * script whose `matches` fit (it runs `document_idle` scripts from an idle callback after load).
 */
export async function waitForIdleAfterLoad(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolvePromise) => {
        const idle = () => requestIdleCallback(() => resolvePromise());
        if (document.readyState === 'complete') idle();
        else addEventListener('load', idle, { once: true });
      }),
  );
}

/**
 * The on-screen box of the first occurrence of `words` inside the element with `id`; spaces in
 * `words` match any run of white space, as the page's source wraps lines anywhere.
 */
export async function boxOfWords(page: Page, id: string, words: string): Promise<ScreenBox> {
  return page.evaluate(
    (id, words) => {
      const element = document.getElementById(id);
      if (!element) throw new Error(`No #${id}`);
      const pattern = new RegExp(words.trim().split(/\s+/).join('\\s+'));
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const match = pattern.exec((node as Text).data);
        if (!match) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rect = range.getClientRects()[0];
        if (!rect) break;
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      }
      throw new Error(`"${words}" not found in #${id}`);
    },
    id,
    words,
  );
}

/** Rests the mouse in the middle of `words`, arriving from their left edge as a reader would. */
export async function hover(page: Page, id: string, words: string): Promise<ScreenBox> {
  const box = await boxOfWords(page, id, words);
  const middle = (box.top + box.bottom) / 2;
  await page.mouse.move(box.left + 2, middle);
  await page.mouse.move((box.left + box.right) / 2, middle, { steps: 3 });
  return box;
}

/** The card host's box, once the card is open (it lives in the top layer as a popover). */
export async function waitForCard(page: Page): Promise<ScreenBox> {
  const handle = await page.waitForFunction(
    (tag) => {
      const host = document.querySelector(tag);
      if (!host) return null;
      const rect = host.getBoundingClientRect();
      return rect.height > 0 && getComputedStyle(host).visibility === 'visible'
        ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
        : null;
    },
    {},
    CARD_HOST,
  );
  return (await handle.jsonValue()) as ScreenBox;
}

/** Resolves once no card is open. */
export async function waitForNoCard(page: Page): Promise<void> {
  await page.waitForFunction((tag) => !document.querySelector(tag), {}, CARD_HOST);
}

// --- Inside the card's closed shadow root, through WebDriver BiDi ---

/** A WebDriver BiDi remote value, as far as these helpers read it. */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
type ScriptResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * puppeteer-core's `BidiBrowser.connection`: public at run time but internal in its types, and
 * the only way to send BiDi commands puppeteer does not wrap (here `includeShadowTree`).
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidi(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('Not a WebDriver BiDi session');
  return connection;
}

async function runScript(
  browser: Browser,
  method: 'script.evaluate' | 'script.callFunction',
  params: object,
): Promise<RemoteValue> {
  const { result } = (await bidi(browser).send(method, params)) as { result: ScriptResult };
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return result.result;
}

/** The BiDi browsing context of `page`, found by its URL among the top-level tabs. */
async function contextOf(page: Page): Promise<string> {
  const { result } = (await bidi(page.browser()).send('browsingContext.getTree', {
    maxDepth: 0,
  })) as { result: { contexts: { context: string; url: string }[] } };
  const matches = result.contexts.filter((context) => context.url === page.url());
  if (matches.length !== 1 || !matches[0]) {
    throw new Error(`Expected one tab at ${page.url()}, found ${matches.length}`);
  }
  return matches[0].context;
}

/**
 * Runs `fn` in the page with the card's closed shadow root as its first argument (the page
 * itself cannot reach it: `host.shadowRoot` is null). `fn` must be self-contained, like any
 * function passed to `page.evaluate`; its argument and result travel as JSON.
 */
export async function evaluateInCard<A, R>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const browser = page.browser();
  const context = await contextOf(page);
  const host = await runScript(browser, 'script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(CARD_HOST)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const root = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (!root?.sharedId) throw new Error('No card (or no shadow root) on the page');
  const result = await runScript(browser, 'script.callFunction', {
    functionDeclaration: `async (root, json) => JSON.stringify(await (${fn.toString()})(root, JSON.parse(json)) ?? null)`,
    arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return JSON.parse(String(result.value)) as R;
}

/** The card's text as a reader sees it, white space collapsed. */
export async function cardText(page: Page): Promise<string> {
  return evaluateInCard(
    page,
    (root) => (root.querySelector('.card')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    null,
  );
}

/**
 * Resolves with the card's text once it matches `pattern` (the card re-renders, e.g. to add the
 * "how to open the guide" hint); rejects after `timeoutMs` with the text it had.
 */
export async function waitForCardText(
  page: Page,
  pattern: RegExp,
  timeoutMs = 10_000,
): Promise<string> {
  return evaluateInCard(
    page,
    (root, { source, flags, timeoutMs }) =>
      new Promise<string>((resolvePromise, reject) => {
        const wanted = new RegExp(source, flags);
        const text = () =>
          (root.querySelector('.card')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const check = () => {
          if (!wanted.test(text())) return false;
          observer.disconnect();
          clearTimeout(timer);
          resolvePromise(text());
          return true;
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Card text never matched ${wanted}: "${text()}"`));
        }, timeoutMs);
        if (!check()) {
          observer.observe(root, { childList: true, subtree: true, characterData: true });
        }
      }),
    { source: pattern.source, flags: pattern.flags, timeoutMs },
  );
}

/** The on-screen box of the first element matching `selector` inside the card. */
export async function boxInCard(page: Page, selector: string): Promise<ScreenBox> {
  return evaluateInCard(
    page,
    (root, selector) => {
      const element = root.querySelector(selector);
      if (!element) throw new Error(`No ${selector} in the card`);
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    },
    selector,
  );
}

/** Saves a screenshot to the git-ignored test-results folder and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
  // Let entrance animations finish first. Firefox's `document.getAnimations()` leaves out those
  // in the card's closed shadow root, so those are awaited from inside it.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  if (await page.evaluate((tag) => document.querySelector(tag) !== null, CARD_HOST)) {
    await evaluateInCard(
      page,
      (root) => Promise.all(root.getAnimations().map((a) => a.finished)).then(() => null),
      null,
    );
  }
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}
