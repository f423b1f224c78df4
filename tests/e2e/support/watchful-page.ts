/**
 * tests/fixtures/pages/watchful.html: a running article whose own first script listens, from
 * before any content script runs, for every `message` and every event named after an extension
 * whose id it is given. Shared by the Chromium and Firefox privacy tests.
 */

/** The fixture's path, watching for the extension with `extensionId` (`runtime.id`). */
export function watchfulPage(extensionId: string): string {
  return `watchful.html?extension=${encodeURIComponent(extensionId)}`;
}

/** Just what both Playwright's and puppeteer's pages offer. */
interface EvaluatingPage {
  evaluate<T>(code: () => T): Promise<T>;
}

/** What the page's script heard so far, in order (`message …` or `event <type>`). */
export function heardBy(page: EvaluatingPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}
