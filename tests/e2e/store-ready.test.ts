/**
 * Ready for the stores (issue #16), in real Chromium: the first run (the welcome page opens once
 * on install, its site switches change what gets marked, it lists the real shortcuts, its button
 * opens the side panel, settings link to it again), the global pause (marks and cards go at once
 * and come back, the toolbar button says so, from the header's button and the settings switch),
 * the toolbar's per-tab state and the count of terms met so far (growing as the reader scrolls),
 * and "Delete all my data". The harness starts a fresh profile, so its launch IS an install;
 * "once, and not again on a restart or an update" is first-run.test.ts.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { browserForThisFile, HOSTS, screenshot } from './support/extension-browser';
import { askPageForTerms, markCount, markedText, openMarked } from './support/page-marks';
import { closeSidePanels, openSidePanels } from './support/side-panel';
import { hoverWords, waitForCard, waitForNoCard } from './support/term-geometry';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const browser = browserForThisFile({ keepWelcomePage: true });

/** The welcome page the install opened (waits for it). */
async function welcomePage(): Promise<Page> {
  await expect
    .poll(() => browser.context.pages().filter((page) => page.url().endsWith('/welcome.html')))
    .toHaveLength(1);
  const page = browser.context.pages().find((tab) => tab.url().endsWith('/welcome.html'));
  if (!page) throw new Error('No welcome page');
  await page.getByRole('heading', { level: 1, name: 'Welcome to Hip Pain Guide' }).waitFor();
  return page;
}

/** What the toolbar button shows for `page`'s tab: its tooltip and its badge. */
async function toolbarOf(page: Page): Promise<{ title: string; badge: string }> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async (url) => {
    // The page's own tab where the extension may read its address (the running sites); the
    // front tab elsewhere. "The last focused window" alone can be another window of the test's.
    const [tab] = [
      ...(await chrome.tabs.query({ url: url.split('#')[0] })),
      ...(await chrome.tabs.query({ active: true, lastFocusedWindow: true })),
    ];
    if (tab?.id === undefined) throw new Error('No active tab');
    return {
      title: await chrome.action.getTitle({ tabId: tab.id }),
      badge: await chrome.action.getBadgeText({ tabId: tab.id }),
    };
  }, page.url());
}

/** Presses the pause button in the sidebar's header, as a reader would. */
async function pressHeaderPause(expectPaused: boolean): Promise<void> {
  const sidebar = await browser.openSidebarPage();
  const pause = sidebar.getByRole('button', { name: /Pause marks and cards|are paused/ });
  await pause.click();
  await expect.poll(() => pause.getAttribute('aria-pressed')).toBe(`${expectPaused}`);
  await sidebar.close();
}

/** Flips the settings' pause switch in a sidebar page, as a reader would, and closes the page. */
async function switchPauseInSettings(paused: boolean): Promise<void> {
  const settings = await browser.openSidebarPage('settings');
  await settings
    .getByRole('checkbox', { name: 'Pause marks and cards on every site' })
    .setChecked(paused);
  // Closed at once, as a reader closes the side panel: nothing waits for the save to land.
  await settings.close();
}

/**
 * Holds the lock that orders settings saves (platform/settings.ts), as a save in another page of
 * ours would, until the returned function lets go: a save asked for meanwhile waits for it.
 */
async function holdSettingsLock(): Promise<() => Promise<void>> {
  const holdingFor = 'hip-pain-guide-settings';
  await browser.serviceWorker.evaluate((name) => {
    const held = new Promise<void>((release) => {
      Object.assign(globalThis, { releaseSettingsLockForTest: release });
    });
    void navigator.locks.request(name, () => held);
  }, holdingFor);
  await expect
    .poll(() =>
      browser.serviceWorker.evaluate(async () => (await navigator.locks.query()).held?.length),
    )
    .toBe(1);
  return async () => {
    await browser.serviceWorker.evaluate(() => {
      (
        globalThis as unknown as { releaseSettingsLockForTest: () => void }
      ).releaseSettingsLockForTest();
    });
  };
}

/** Waits until `page` has no marks and its toolbar button says the extension is paused. */
async function expectPaused(page: Page): Promise<void> {
  await expect.poll(() => markCount(page)).toBe(0);
  await expect.poll(() => toolbarOf(page)).toEqual({ title: 'Hip Pain Guide — paused', badge: '' });
}

/** The reader looks at `page` again: waits until it is marked and its toolbar button says on. */
async function expectMarkedAgain(page: Page): Promise<void> {
  // Marks are measured after a frame paints, and a tab in the background (the sidebar page was
  // in front here) paints no frames.
  await page.bringToFront();
  // Marking starts afresh, as on a page load (waitForMarks allows 10 s too).
  await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect
    .poll(async () => (await toolbarOf(page)).title)
    .toMatch(/^Hip Pain Guide — on for this site/);
}

describe('the first run', () => {
  it('opens the welcome page once on install, with the real shortcuts and a way to open the guide', async () => {
    const page = await welcomePage();
    const shortcuts = page.locator('.shortcut-list');
    await expect
      .poll(() => shortcuts.locator('kbd').allInnerTexts())
      .toEqual(['Alt+Shift+H', 'Alt+Shift+J', 'Alt+Shift+K']);
    expect(await shortcuts.locator('dd').allInnerTexts()).toEqual([
      'Open Hip Pain Guide',
      'Explain the next hip-pain term on the page',
      'Pause or resume marks and cards on every site',
    ]);
    await page.getByRole('button', { name: 'Open the guide' }).waitFor();
    // Chromium gives the default sites their access at install: nothing to ask for.
    expect(await page.locator('.access-missing').count()).toBe(0);
    for (const picture of await page.locator('.welcome-part img').all()) {
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    }
    await page.setViewportSize({ width: 1000, height: 1800 });
    await screenshot(page, 'welcome');
  });

  it('switches a running site off and on again from the welcome page', async () => {
    const welcome = await welcomePage();
    const letsRun = welcome.getByRole('checkbox', { name: 'letsrun.com' });
    await letsRun.uncheck();
    await welcome.getByRole('status').filter({ hasText: 'letsrun.com switched off.' }).waitFor();

    const forum = await browser.context.newPage();
    await forum.goto(browser.url(HOSTS.letsRun, 'forum.html'));
    // The content script runs there but explains nothing: it answers "switched off".
    await expect.poll(() => askPageForTerms(browser, forum)).toBeNull();
    expect(await markCount(forum)).toBe(0);

    await welcome.bringToFront();
    await letsRun.check();
    await welcome.getByRole('status').filter({ hasText: 'letsrun.com switched on.' }).waitFor();
    await expect.poll(() => markCount(forum)).toBeGreaterThan(0);
    await forum.close();
  });
});

describe('the first run, later', () => {
  it("opens the guide in the side panel with the welcome page's one click", async () => {
    const welcome = await welcomePage();
    await welcome.bringToFront();
    expect(await openSidePanels(browser)).toEqual([]);
    // Closed again when the test ends, so that no side panel follows the tabs of the tests below.
    onTestFinished(() => closeSidePanels(browser));
    await welcome.getByRole('button', { name: 'Open the guide' }).click();
    await expect.poll(() => openSidePanels(browser)).toEqual(['/sidepanel.html']);
  });

  it('is reachable again from the settings', async () => {
    const settings = await browser.openSidebarPage('settings');
    const opened = browser.context.waitForEvent('page');
    await settings.getByRole('link', { name: 'see the welcome page again' }).click();
    const again = await opened;
    await again.getByRole('heading', { level: 1, name: 'Welcome to Hip Pain Guide' }).waitFor();
    await again.close();
    await settings.close();
  });
});

describe('the privacy page', () => {
  it('shows PRIVACY.md, reached from the welcome page', async () => {
    const welcome = await welcomePage();
    await welcome.getByRole('link', { name: 'Read the privacy page' }).click();
    await welcome.getByRole('heading', { level: 1, name: 'Hip Pain Guide — privacy' }).waitFor();
    expect(await welcome.locator('main h2').allInnerTexts()).toEqual([
      'What it stores, and where',
      'What it reads on web pages',
      'Your control',
      'Health information',
      'Changes',
    ]);
    expect(await welcome.locator('tbody tr').count()).toBe(5);
    await welcome.goBack();
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Hip Pain Guide' }).waitFor();
  });
});

describe('the toolbar button', () => {
  it('says on, with the number of different terms met near the screen, on a running site, and off elsewhere', async () => {
    // Two terms on the first screen, four on the whole page (two more several screens down).
    const article = await openMarked(browser, HOSTS.runnersWorld, 'long-read.html');
    await expect
      .poll(() => toolbarOf(article))
      .toEqual({
        title: 'Hip Pain Guide — on for this site (2 terms met on this page so far)',
        badge: '2',
      });
    // The badge counts what the reader sees marked, not the whole page (the sidebar's list).
    expect(await markCount(article)).toBe(2);
    expect(await askPageForTerms(browser, article)).toHaveLength(4);

    const cooking = await browser.context.newPage();
    await cooking.goto(browser.url(HOSTS.notRunning, 'recipes.html'));
    await expect
      .poll(() => toolbarOf(cooking))
      .toEqual({ title: 'Hip Pain Guide — off for this site', badge: '' });
    await cooking.close();
    await article.close();
  });

  it('counts more terms as the reader scrolls down to them, and keeps them on the way back', async () => {
    const page = await openMarked(browser, HOSTS.runnersWorld, 'long-read.html');
    await expect.poll(async () => (await toolbarOf(page)).badge).toBe('2');
    await page.locator('#far').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await toolbarOf(page)).badge).toBe('4');
    // Back at the top the reader has still met all four.
    await page.locator('#near').scrollIntoViewIfNeeded();
    await expect.poll(() => markedText(page, 'near')).toContain('[[hip bursitis]]');
    expect((await toolbarOf(page)).badge).toBe('4');
    await page.close();
  });
});

describe('pausing', () => {
  it('takes marks and cards off an open page at once, says so on the button, and resumes', async () => {
    const page = await openMarked(browser, HOSTS.runnersWorld, 'article.html');
    await hoverWords(page, 'intro', 'labral tear');
    await waitForCard(page);

    await pressHeaderPause(true);
    await expectPaused(page);
    await waitForNoCard(page);

    await pressHeaderPause(false);
    await expectMarkedAgain(page);
    await page.close();
  });
});

describe('pausing from the settings switch', () => {
  it('brings marks back on an open page when resumed, even if the sidebar closes at once', async () => {
    const page = await openMarked(browser, HOSTS.runnersWorld, 'article.html');
    await switchPauseInSettings(true);
    await expectPaused(page);

    // Another page of ours is saving a setting: the resume must wait its turn, and the reader
    // closes the sidebar before it comes. (The sidebar used to save it itself, and lost it.)
    const release = await holdSettingsLock();
    await switchPauseInSettings(false);
    await release();

    await expectMarkedAgain(page);
    await page.close();
  });
});

describe('deleting all my data', () => {
  it('says what it will delete, then empties checks, journal and settings', async () => {
    const sidebar = await browser.openSidebarPage('journal');
    await sidebar.locator('main h1').first().waitFor();
    // Saved data as the extension keeps it: two checks, three runs, one pair of shoes, a setting.
    await sidebar.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('hip-pain-guide');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['checks', 'runs', 'shoes'], 'readwrite');
      for (const at of [1, 2]) tx.objectStore('checks').add({ at, answers: {} });
      for (const date of ['2026-11-01', '2026-11-02', '2026-11-03']) {
        tx.objectStore('runs').add({ date, distanceKm: 5 });
      }
      tx.objectStore('shoes').add({ name: 'Trail shoes' });
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['strava.com'], theme: 'dark' } }),
    );

    await sidebar.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#/settings`);
    await sidebar.getByRole('button', { name: 'Delete all my data…' }).click();
    await sidebar
      .getByRole('alert')
      .filter({
        hasText:
          'This deletes 2 saved checks, 3 runs and 1 pair of shoes from your journal, and your settings',
      })
      .waitFor();
    await sidebar.getByRole('button', { name: 'Yes, delete everything' }).click();
    await sidebar
      .getByRole('status')
      .filter({ hasText: 'All your data was deleted from this browser.' })
      .waitFor();

    const counts = await sidebar.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('hip-pain-guide');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      const result = [await count('checks'), await count('runs'), await count('shoes')];
      db.close();
      return result;
    });
    expect(counts).toEqual([0, 0, 0]);
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    // The settings view follows at once: strava.com is on again, as on a fresh install.
    await expect
      .poll(() => sidebar.getByRole('checkbox', { name: 'strava.com' }).isChecked())
      .toBe(true);
    await sidebar.close();
  });
});
