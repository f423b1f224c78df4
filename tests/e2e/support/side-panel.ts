/**
 * The browser's real side panel, which a test opens through the product ("More in the guide",
 * the welcome page's button) and must close again before the next test. Left open, it takes the
 * routes of later tests, and worse: in headless Chromium, once a side panel is open in a window,
 * the tabs of that window soon get about one frame a second (timers still run on time; only
 * `requestAnimationFrame` slows). Playwright waits for two frames before each click ("stable"),
 * so every click of a later test took one to two seconds and a journal test 15-30 s. Seen with a
 * static HTML page as the panel too (none of the sidebar's code), and not with the same steps in
 * headed Chromium under Xvfb: a quirk of headless Chromium, not of the product.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Worker } from 'playwright-core';
import { expect } from 'vitest';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

/** The paths of the extension's side panels open now, in any window ('/sidepanel.html'). */
export async function openSidePanels(browser: { serviceWorker: Worker }): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
      (context) => new URL(context.documentUrl ?? '').pathname,
    ),
  );
}

/**
 * Closes the side panel in every window, and resolves once none is left. Register it with
 * `onTestFinished` in a test that opens the real panel, so that it runs even if the test fails.
 */
export async function closeSidePanels(browser: { serviceWorker: Worker }): Promise<void> {
  await browser.serviceWorker.evaluate(async () => {
    // A side panel's own context names no window, so close it in each (a window without one
    // answers without an error).
    for (const window of await chrome.windows.getAll()) {
      if (window.id !== undefined) await chrome.sidePanel.close({ windowId: window.id });
    }
  });
  await expect.poll(() => openSidePanels(browser)).toEqual([]);
}
