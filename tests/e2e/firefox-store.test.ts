/**
 * Ready for the stores (issue #16) in real Firefox ESR: installing opens the welcome page once,
 * which lists the reader's real shortcuts and, since Firefox lets a reader withhold a site's
 * access, says where access is missing and asks for it with one click; its site switches change
 * what an open page marks; the global pause takes marks and cards off an open page at once, the
 * toolbar button says so, and resuming brings them back; the sidebar's own pause button and
 * settings switch do it too, even when the sidebar closes at once. (The keyboard command cannot
 * be pressed from WebDriver; it toggles the same setting: tests/unit/platform/background.)
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { HOSTS } from './support/extension-browser';
import { firefoxForThisFile, setSettings } from './support/firefox-browser';
import { hover, markCount, waitForCard, waitForMarks, waitForNoCard } from './support/firefox-page';

// Functions passed to `evaluate` in a moz-extension:// page run with Firefox's `browser` API.
declare const browser: typeof import('@wxt-dev/browser').Browser;

const firefox = firefoxForThisFile();

/** The toolbar button's tooltip for `page`'s tab. */
async function toolbarTitle(page: Page): Promise<string> {
  await page.bringToFront();
  return firefox.extensionPage.evaluate(async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    return browser.action.getTitle({ tabId: tab.id });
  });
}

describe('the first run in Firefox', () => {
  it('opens the welcome page on install with the real shortcuts, and asks for missing site access', async () => {
    // puppeteer sees tabs the extension opens as about:blank: ask the extension for its own tabs.
    const ourTabs = () =>
      firefox.extensionPage.evaluate(() =>
        browser.extension
          .getViews({ type: 'tab' })
          // The API's own Window type leaves out `location`; these are our pages' windows.
          .map((view) => (view as unknown as { location: Location }).location.pathname),
      );
    await expect.poll(ourTabs, { timeout: 15_000 }).toContain('/welcome.html');
    // Once: the install opened one welcome page, not one per event or per window.
    expect((await ourTabs()).filter((path) => path === '/welcome.html')).toHaveLength(1);

    const welcome = await firefox.openExtensionPage('welcome.html', '.shortcut-list kbd');
    expect(
      await welcome.evaluate(() =>
        [...document.querySelectorAll('.shortcut-list kbd')].map((key) => key.textContent),
      ),
    ).toEqual(['Alt+Shift+H', 'Alt+Shift+J', 'Alt+Shift+K']);

    // A reader withdraws the access to one site in Firefox's add-on manager.
    await firefox.extensionPage.evaluate(() =>
      browser.permissions.remove({ origins: ['*://reddit.com/*', '*://*.reddit.com/*'] }),
    );
    const missingText = () =>
      welcome.evaluate(() => document.querySelector('.access-missing')?.textContent ?? '');
    await expect.poll(missingText).toContain('does not let the guide read reddit.com');

    // One click asks for it again (the profile grants optional permissions without a prompt).
    await welcome.click('.access-missing button');
    await expect.poll(missingText).toBe('');
    expect(
      await firefox.extensionPage.evaluate(() =>
        browser.permissions.contains({ origins: ['*://*.reddit.com/*'] }),
      ),
    ).toBe(true);
  });
});

describe('site access in Firefox settings', () => {
  it('says where access is missing and asks for it with one click, as the welcome page does', async () => {
    await firefox.extensionPage.evaluate(() =>
      browser.permissions.remove({ origins: ['*://strava.com/*', '*://*.strava.com/*'] }),
    );
    const settings = await firefox.openSidebarPage('settings');
    const missingText = () =>
      settings.evaluate(() => document.querySelector('.access-missing')?.textContent ?? '');
    await expect.poll(missingText).toContain('does not let the guide read strava.com');

    await settings.click('.access-missing button');
    await expect.poll(missingText).toBe('');
    expect(
      await firefox.extensionPage.evaluate(() =>
        browser.permissions.contains({ origins: ['*://*.strava.com/*'] }),
      ),
    ).toBe(true);
  });
});

describe("the welcome page's site switches in Firefox", () => {
  it('switch a running site off and on again on an open page', async () => {
    const forum = await firefox.openPage(HOSTS.letsRun, 'forum.html');
    await waitForMarks(forum);
    const welcome = await firefox.openExtensionPage('welcome.html', '.site-list');
    const letsRun = '.site-list label.switch-row ::-p-text(letsrun.com)';
    // Read with `evaluate`, not `waitForSelector`: puppeteer's selector wait missed the message
    // now and then in this moz-extension:// tab although it was on the page (seen in 1 run of 4).
    const message = () =>
      welcome.evaluate(() => document.querySelector('.form-ok, .form-error')?.textContent ?? '');

    // In front before each click: a background tab gets no animation frames, which puppeteer's
    // clicks wait on.
    await welcome.bringToFront();
    await welcome.locator(letsRun).click();
    await expect.poll(message).toBe('letsrun.com switched off.');
    await forum.bringToFront();
    await expect.poll(() => markCount(forum)).toBe(0);

    await welcome.bringToFront();
    await welcome.locator(letsRun).click();
    await expect.poll(message).toBe('letsrun.com switched on.');
    await forum.bringToFront();
    // Marking starts afresh, as on a page load (waitForMarks allows 10 s too).
    await expect.poll(() => markCount(forum), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

describe('pausing in Firefox', () => {
  it('takes marks and cards off an open page at once, says so on the button, and resumes', async () => {
    const page = await firefox.openPage(HOSTS.runnersWorld, 'article.html');
    await waitForMarks(page);
    await hover(page, 'intro', 'labral tear');
    await waitForCard(page);
    await expect.poll(() => toolbarTitle(page)).toMatch(/^Hip Pain Guide — on for this site/);

    await setSettings(firefox, { paused: true });
    await expect.poll(() => markCount(page)).toBe(0);
    await waitForNoCard(page);
    await expect.poll(() => toolbarTitle(page)).toBe('Hip Pain Guide — paused');

    await setSettings(firefox, { paused: false });
    // Marking starts afresh, as on a page load (waitForMarks allows 10 s too).
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => toolbarTitle(page)).toMatch(/^Hip Pain Guide — on for this site/);
  });
});

describe("pausing from Firefox's sidebar", () => {
  it('pauses from the header button and resumes from the settings switch, closing the sidebar at once', async () => {
    const page = await firefox.openPage(HOSTS.runnersWorld, 'article.html');
    await waitForMarks(page);

    const sidebar = await firefox.openSidebarPage();
    await sidebar.locator('button.pause-button').click();
    // Closed at once, as a reader closes the sidebar: the background saves the pause.
    await sidebar.close();
    await page.bringToFront();
    await expect.poll(() => markCount(page)).toBe(0);
    await expect.poll(() => toolbarTitle(page)).toBe('Hip Pain Guide — paused');

    const settings = await firefox.openSidebarPage('settings');
    const pauseSwitch = 'label.switch-row ::-p-text(Pause marks and cards on every site)';
    await settings.locator(pauseSwitch).click();
    await settings.close();
    await page.bringToFront();
    // Marking starts afresh, as on a page load (waitForMarks allows 10 s too).
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => toolbarTitle(page)).toMatch(/^Hip Pain Guide — on for this site/);
  });
});
