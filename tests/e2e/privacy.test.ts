/**
 * Privacy in real Chromium: while a runner browses running sites, uses cards, and opens every
 * sidebar view, the extension makes no network request of its own. Every request the browser
 * makes is recorded (pages, the extension's pages and its service worker); the only ones allowed
 * are the fixture pages the test itself opens, and files inside the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, HOSTS, launchExtensionBrowser } from './support/extension-browser';
import { sendToPage, waitForMarks } from './support/page-marks';
import { boxOfWords, waitForCard } from './support/term-geometry';

let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  // Lets Playwright report the service worker's requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  browser = await launchExtensionBrowser();
  browser.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
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
