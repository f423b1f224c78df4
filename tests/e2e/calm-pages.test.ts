/**
 * Calm pages in real Chromium (issue #17): each term marked once per screen, later mentions
 * still explained, no cards with no marks, muting a term from its card and undoing it, the ways
 * a card opens (Alt held, click, a tap on a touch screen), and words left alone where a reader
 * would not want them explained (French text, a software blog's "release cadence").
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserForThisFile, HOSTS } from './support/extension-browser';
import {
  askPageForTerms,
  markCount,
  markedText,
  openMarked,
  sendToPage,
  setSettings as setStoredSettings,
} from './support/page-marks';
import {
  boxOfWords,
  dialogNames,
  hoverWords,
  OPEN_CARD,
  waitForCard,
  waitForNoCard,
} from './support/term-geometry';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const browser = browserForThisFile();

afterEach(async () => {
  await setSettings({});
});

const open = (host: string, path: string) => openMarked(browser, host, path);
const setSettings = (settings: Record<string, unknown>) => setStoredSettings(browser, settings);

/** Proving no card comes means waiting past the card delay (400 ms): no event to await. */
async function expectNoCardAfterDelay(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
  expect(await page.locator(OPEN_CARD).count()).toBe(0);
}

/** The muted terms as stored, once they equal `expected` (the card saves them). */
async function waitForMuted(expected: string[]): Promise<void> {
  await expect
    .poll(() =>
      browser.serviceWorker.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')).settings as { mutedTerms?: string[] })
            ?.mutedTerms ?? [],
      ),
    )
    .toEqual(expected);
}

describe('calm marking', () => {
  it('marks each term once per screen, and a later unmarked mention still explains itself', async () => {
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    await expect
      .poll(() => markedText(page, 'article'))
      .toMatch(
        /^Living .*\[\[Hip bursitis\]\] is common in runners, and so is a \[\[labral tear\]\]/,
      );
    // Hip bursitis and labral tear once; "point of the hip" and "physiotherapist" are new below.
    expect(await markedText(page, 'second')).toBe(
      'With hip bursitis the ache is on the bony [[point of the hip]]. A labral tear sits deeper, in the groin. If hip bursitis keeps coming back, see a [[physiotherapist]].',
    );
    await hoverWords(page, 'later', 'hip bursitis');
    await waitForCard(page);
    expect((await dialogNames(page)).join('|')).toMatch(/Hip bursitis/);
    await page.close();
  });

  it('marks every mention when the reader asks for it', async () => {
    await setSettings({ markingMode: 'every' });
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    await expect
      .poll(async () => (await markedText(page, 'article')).match(/\[\[/g)?.length)
      .toBe(7);
    await page.close();
  });

  it('shows no card with "No marks", though the keyboard command still explains', async () => {
    await setSettings({ markStyle: 'none' });
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.runnersWorld, 'calm.html'));
    await expect.poll(() => askPageForTerms(browser, page)).not.toBe('no content script');
    await hoverWords(page, 'later', 'hip bursitis');
    await expectNoCardAfterDelay(page);
    await page.mouse.click(...(await centre(page, 'later', 'hip bursitis')));
    await expectNoCardAfterDelay(page);
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    await page.close();
  });

  it('mutes a term from its card, everywhere, and the card offers the undo', async () => {
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    // The keyboard command focuses "More in the guide"; "Don't mark this word" is two Tabs on.
    await sendToPage(browser, page, { type: 'background→page:next-term' });
    await waitForCard(page);
    expect((await dialogNames(page)).join('|')).toMatch(/Hip bursitis/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForMuted(['hip-bursitis']);
    await expect.poll(() => markedText(page, 'first')).not.toContain('[[Hip bursitis]]');
    expect(await markedText(page, 'first')).toContain('[[labral tear]]');
    // Another page of the site: not marked, not explained.
    const other = await open(HOSTS.runnersWorld, 'article.html');
    expect(await markedText(other, 'intro')).not.toMatch(/\[\[hip bursitis\]\]/i);
    await other.close();
    // Undo has the focus in the card.
    await page.bringToFront();
    await page.keyboard.press('Enter');
    await waitForMuted([]);
    await expect.poll(() => markedText(page, 'first')).toContain('[[Hip bursitis]]');
    await page.close();
  });
});

/** The middle of some words on screen, for a click or a tap. */
async function centre(page: Page, id: string, words: string): Promise<[number, number]> {
  const box = await boxOfWords(page, id, words);
  return [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
}

describe('how cards open', () => {
  it('with Alt chosen: nothing on a rest, the card while Alt is held', async () => {
    await setSettings({ cardOpening: 'modifier' });
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    await hoverWords(page, 'first', 'labral tear');
    await expectNoCardAfterDelay(page);
    await page.keyboard.down('Alt');
    await waitForCard(page);
    await page.keyboard.up('Alt');
    await page.close();
  });

  it('with click chosen: nothing on a rest, the card on a click, closed by a click elsewhere', async () => {
    await setSettings({ cardOpening: 'click' });
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    await hoverWords(page, 'first', 'labral tear');
    await expectNoCardAfterDelay(page);
    await page.mouse.click(...(await centre(page, 'first', 'labral tear')));
    await waitForCard(page);
    expect((await dialogNames(page)).join('|')).toMatch(/Labral tear/i);
    await page.mouse.click(...(await centre(page, 'elsewhere', 'Nothing to explain')));
    await waitForNoCard(page);
    await page.close();
  });

  it('opens a card on a tap on a touch screen, and closes it on a tap elsewhere', async () => {
    const page = await open(HOSTS.runnersWorld, 'calm.html');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async ([x, y]: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await tap(await centre(page, 'first', 'labral tear'));
    await waitForCard(page);
    expect((await dialogNames(page)).join('|')).toMatch(/Labral tear/i);
    await tap(await centre(page, 'elsewhere', 'Nothing to explain'));
    await waitForNoCard(page);
    await cdp.detach();
    await page.close();
  });
});

describe('words a reader would not want explained', () => {
  it('leaves French text alone (FAI is an internet provider there), not an English quote in it', async () => {
    const page = await open(HOSTS.letsRun, 'french-news.html');
    expect(await markedText(page, 'french')).not.toContain('[[');
    expect(await markedText(page, 'quote')).toContain('[[hip bursitis]]');
    expect((await askPageForTerms(browser, page)) as { termId: string }[]).not.toContainEqual(
      expect.objectContaining({ termId: 'fai' }),
    );
    await page.close();
  });

  it('leaves a software blog’s "release cadence" alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.letsRun, 'software-blog.html'));
    await expect.poll(() => askPageForTerms(browser, page)).toEqual([]);
    expect(await markCount(page)).toBe(0);
    await page.close();
  });
});
