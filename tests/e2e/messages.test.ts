/**
 * Issue #18 in real Chromium: every message true, where the runner is looking, and cleared when
 * it stops being true; no answer chosen for them. Each test is a runner's step, in their words,
 * with a screenshot of the place to look at (`test-results/screenshots/messages-*.png`).
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForThisFile, HOSTS, SIDEBAR_SIZE, screenshot } from './support/extension-browser';
import { handedOverRoute, openMarked, sendToPage, setSettings } from './support/page-marks';
import { waitForCard } from './support/term-geometry';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const browser = browserForThisFile();

async function openSidebar(route: string): Promise<Page> {
  const page = await browser.openSidebarPage(route);
  await page.setViewportSize(SIDEBAR_SIZE);
  return page;
}

/** Whether `selector`'s box is inside the window, so the runner can see it without scrolling. */
async function inView(page: Page, selector: string): Promise<true | string> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    // A pixel of slack: scrolling to an element can leave it a fraction of a pixel out.
    const fits = box.top >= -1 && box.bottom <= window.innerHeight + 1 && box.height > 0;
    return fits || `${Math.round(box.top)}..${Math.round(box.bottom)} of ${window.innerHeight}`;
  });
}

describe('the run journal', () => {
  it('shows "Saved" where I am looking after Save run, and drops it when my next entry is wrong', async () => {
    // Written in km; unchosen, the unit follows the browser's language (en-US: miles).
    await setSettings(browser, { distanceUnit: 'km' });
    const page = await openSidebar('journal');
    await page.locator('form[aria-label="Log a run"]').waitFor();
    await page.fill('#run-distanceKm', '42.195');
    await page.getByRole('button', { name: 'Save run' }).click();
    const saved = page.locator('[data-saved-run]');
    await expect.poll(() => saved.textContent()).toMatch(/^Saved: 42\.2 km on /);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-saved-run')))
      .toBe(true);
    await expect.poll(() => inView(page, '[data-saved-run]')).toBe(true);
    await screenshot(page, 'messages-journal-saved');

    // The next entry has an error: the old "Saved" must not sit beside it.
    // (The distance stays for the next run; the pain box is the wrong one.)
    await page.fill('#run-painBefore', '12');
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.locator('[data-field="run-painBefore"] .form-error').waitFor();
    await expect.poll(() => saved.count()).toBe(0);
    await screenshot(page, 'messages-journal-next-error');
    await page.close();
  });
});

describe('limits and the keyboard', () => {
  it("counts my note's characters as it nears the 2,000 limit", async () => {
    await setSettings(browser, { distanceUnit: 'km' });
    const page = await openSidebar('journal');
    await page.locator('form[aria-label="Log a run"]').waitFor();
    // Notes are under "More details", folded once there is a last run to reuse.
    const details = page.locator('details.j-details');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await details.locator('summary').click();
    }
    await page.fill('#run-notes', 'x'.repeat(1850));
    await expect
      .poll(() => page.locator('#run-notes-count').textContent())
      .toBe('1,850 / 2,000 characters');
    await expect.poll(() => page.locator('#run-notes').getAttribute('maxlength')).toBe('2000');
    await page.locator('#run-notes-count').scrollIntoViewIfNeeded();
    await screenshot(page, 'messages-journal-note-counter');
    await page.close();
  });

  it('tells me on the guide home which keys step through the marked words', async () => {
    const page = await openSidebar('');
    await expect
      .poll(() => page.locator('[data-keyboard-route]').textContent())
      .toMatch(/press Alt\+Shift\+J to step through the marked words/);
    await page.locator('[data-keyboard-route]').scrollIntoViewIfNeeded();
    await screenshot(page, 'messages-home-keyboard-route');
    await page.close();
  });
});

describe('settings', () => {
  it('lists a site I add under "Your own sites", and says a built-in one is already there', async () => {
    const page = await openSidebar('settings');
    await page.getByLabel('Add a site').fill('www.runnersworld.com');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const message = page.locator('[data-site-message]');
    await expect
      .poll(() => message.textContent())
      .toBe('runnersworld.com is already one of the running sites above, and it is switched on.');
    await expect.poll(() => inView(page, '[data-site-message]')).toBe(true);
    await screenshot(page, 'messages-settings-built-in-site');

    // A site of my own: the browser's permission prompt cannot be answered in a headless
    // browser, so this page answers yes in its place.
    await page.evaluate(() => {
      chrome.permissions.request = (async () => true) as typeof chrome.permissions.request;
    });
    await page.getByLabel('Add a site').fill('fellrunner.org.uk');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => message.textContent()).toMatch(/^fellrunner\.org\.uk added\./);
    await expect
      .poll(() => page.locator('.site-row > span').allTextContents())
      .toEqual(['fellrunner.org.uk']);
    await screenshot(page, 'messages-settings-own-site');
    await page.close();
  });
});

describe('search', () => {
  it('says plainly that "shin splints" is not covered, and Enter opens nothing', async () => {
    const page = await openSidebar('search');
    const box = page.getByLabel('Search conditions, words, habits and symptoms');
    await box.fill('shin splints');
    const notCovered = page.locator('[data-not-covered]');
    await expect
      .poll(() => notCovered.textContent())
      .toMatch(/^This guide does not cover “shin splints”\..*shin splints \(nhs\.uk/);
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/search/);
    await screenshot(page, 'messages-search-not-covered');
    await page.close();
  });
});

describe('the symptom checker', () => {
  it('starts "How did it start?" with nothing picked', async () => {
    const page = await openSidebar('check?zone=outer-hip');
    await page.getByLabel('Burning').check();
    const noToAll = page.getByRole('button', { name: /^No to all of these/ });
    while ((await noToAll.count()) > 0) await noToAll.first().click();
    await page.locator('input[name="onset"]').first().waitFor();
    await expect.poll(() => page.locator('input[name="onset"]:checked').count()).toBe(0);
    await page.locator('input[name="onset"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'messages-check-onset');
    await page.close();
  });

  it('keeps the disclaimer clear of the sticky bar at the end of the page', async () => {
    const page = await openSidebar('check?zone=outer-hip');
    await page.getByLabel('Burning').check();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('.check-summary')?.getBoundingClientRect();
      const disclaimer = document.querySelector('.disclaimer')?.getBoundingClientRect();
      if (!bar || !disclaimer) return 'missing';
      // Less than a pixel is rounding, not a covered line.
      return Math.max(0, Math.floor(disclaimer.bottom - bar.top));
    });
    await screenshot(page, 'messages-check-end');
    expect(covered).toBe(0);
    await page.close();
  });
});

describe('a card on a running site', () => {
  it('opens the page of a plain word (physiotherapy) from "More in the guide"', async () => {
    await setSettings(browser, {});
    const page = await openMarked(browser, HOSTS.strava, 'feed.html');
    await browser.serviceWorker.evaluate(() => chrome.storage.session.remove('pendingRoute'));
    await sendToPage(browser, page, {
      type: 'sidebar→page:show-term',
      termId: 'physiotherapy',
      index: 0,
    });
    await waitForCard(page);
    await page.keyboard.press('Enter');
    const route = await handedOverRoute(browser);
    expect(route).toEqual({ view: 'term', id: 'physiotherapy' });
    await page.close();
  });
});
