/**
 * Calm pages in real Firefox ESR with the built add-on (issue #17): each term marked once per
 * screen, a later mention still explained, no cards with no marks, muting a term from its card
 * and undoing it, Alt and click modes, a tap, and French text and a software blog left alone.
 */
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTS } from './support/extension-browser';
import {
  askPageForTerms,
  firefoxForThisFile,
  sendToPage,
  setSettings,
} from './support/firefox-browser';
import {
  boxInCard,
  boxOfWords,
  hover,
  markCount,
  markedText,
  openMarked,
  waitForCard,
  waitForCardText,
  waitForNoCard,
} from './support/firefox-page';

// Functions passed to `extensionPage.evaluate` run in a moz-extension:// page, where Firefox's
// promise-based `browser` is the extension API.
declare const browser: typeof ExtensionApi;

const firefox = firefoxForThisFile();

afterEach(async () => {
  await setSettings(firefox, {});
});

/** Proving no card comes means waiting past the card delay (400 ms): no event to await. */
async function expectNoCardAfterDelay(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
  expect(await page.evaluate(() => document.querySelector(':popover-open') === null)).toBe(true);
}

/** The middle of some words on screen. */
async function centre(page: Page, id: string, words: string): Promise<[number, number]> {
  const box = await boxOfWords(page, id, words);
  return [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
}

/** The stored muted terms, once they equal `expected`. */
async function waitForMuted(expected: string[]): Promise<void> {
  await expect
    .poll(() =>
      firefox.extensionPage.evaluate(
        async () =>
          ((await browser.storage.local.get('settings')).settings as { mutedTerms?: string[] })
            ?.mutedTerms ?? [],
      ),
    )
    .toEqual(expected);
}

describe('calm pages in Firefox', () => {
  it('marks each term once per screen; a later mention explains itself on hover', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'calm.html');
    await expect
      .poll(() => markedText(page, 'first'))
      .toBe(
        '[[Hip bursitis]] is common in runners, and so is a [[labral tear]]. Both can ache after a long run.',
      );
    expect(await markedText(page, 'second')).not.toContain('[[hip bursitis]]');
    await hover(page, 'later', 'hip bursitis');
    await waitForCard(page);
    await waitForCardText(page, /Hip bursitis/);
  });

  it('shows no card with "No marks"', async () => {
    await setSettings(firefox, { markStyle: 'none' });
    const page = await firefox.openPage(HOSTS.runnersWorld, 'calm.html');
    await expect.poll(() => askPageForTerms(firefox, page)).not.toBe('no content script');
    await hover(page, 'later', 'hip bursitis');
    await expectNoCardAfterDelay(page);
    expect(await markCount(page)).toBe(0);
  });

  it('mutes a term from its card and undoes it there', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'calm.html');
    await sendToPage(firefox, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    await waitForCardText(page, /Hip bursitis/);
    const mute = await boxInCard(page, 'button.mute');
    await page.mouse.click((mute.left + mute.right) / 2, (mute.top + mute.bottom) / 2);
    await waitForMuted(['hip-bursitis']);
    await waitForCardText(page, /will not be marked or explained again/);
    await expect.poll(() => markedText(page, 'first')).not.toContain('[[Hip bursitis]]');
    const undo = await boxInCard(page, 'button.undo');
    await page.mouse.click((undo.left + undo.right) / 2, (undo.top + undo.bottom) / 2);
    await waitForMuted([]);
    await expect.poll(() => markedText(page, 'first')).toContain('[[Hip bursitis]]');
  });

  it('with Alt chosen opens only while Alt is held; with click chosen, on a click', async () => {
    await setSettings(firefox, { cardOpening: 'modifier' });
    let page = await openMarked(firefox, HOSTS.runnersWorld, 'calm.html');
    await hover(page, 'first', 'labral tear');
    await expectNoCardAfterDelay(page);
    await page.keyboard.down('Alt');
    await waitForCard(page);
    await page.keyboard.up('Alt');
    await page.close();

    await setSettings(firefox, { cardOpening: 'click' });
    page = await openMarked(firefox, HOSTS.runnersWorld, 'calm.html');
    await hover(page, 'first', 'labral tear');
    await expectNoCardAfterDelay(page);
    await page.mouse.click(...(await centre(page, 'first', 'labral tear')));
    await waitForCard(page);
    await page.mouse.click(...(await centre(page, 'elsewhere', 'Nothing to explain')));
    await waitForNoCard(page);
  });

  it('opens a card on a tap, and closes it on a tap elsewhere', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'calm.html');
    await page.touchscreen.tap(...(await centre(page, 'first', 'labral tear')));
    await waitForCard(page);
    await page.touchscreen.tap(...(await centre(page, 'elsewhere', 'Nothing to explain')));
    await waitForNoCard(page);
  });

  it('leaves French text and a software blog’s "release cadence" alone', async () => {
    const french = await openMarked(firefox, HOSTS.letsRun, 'french-news.html');
    expect(await markedText(french, 'french')).not.toContain('[[');
    expect(await markedText(french, 'quote')).toContain('[[hip bursitis]]');
    const blog = await firefox.openPage(HOSTS.letsRun, 'software-blog.html');
    await expect.poll(() => askPageForTerms(firefox, blog)).toEqual([]);
    expect(await markCount(blog)).toBe(0);
  });
});
