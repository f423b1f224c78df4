/**
 * The shared user flows in real Firefox ESR with the built Firefox add-on: marks and a card on a
 * running site and nothing elsewhere, a site of the reader's own, the checker, a red flag, the
 * journal across a reload; and what Firefox does differently: a card's "More in the guide" cannot
 * open the sidebar from a click in the page, so unless the sidebar is open already it stores the
 * route and says which shortcut opens the sidebar, which then lands there.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { RED_FLAGS, tierAction } from '../../knowledge/guide/red-flags';
import { CONDITION_IDS } from '../../knowledge/types';
import { fitRun } from '../support/activity-files';
import { HOSTS } from './support/extension-browser';
import {
  askPageForTerms,
  firefoxForThisFile,
  isSidebarOpen,
  nextStorageChange,
  reloadExtensionPage,
  setSettings,
  sidebarShortcut,
  toggleSidebar,
  waitForSidebarRoute,
} from './support/firefox-browser';
import {
  boxInCard,
  boxOfWords,
  cardText,
  hover,
  markCount,
  markedText,
  openMarked,
  overlaps,
  screenshot,
  waitForCard,
  waitForCardText,
  waitForIdleAfterLoad,
  waitForMarks,
  waitForNoCard,
} from './support/firefox-page';
import { claimOldCardElementName, forgeAltKeydown } from './support/hostile-page-scripts';
import { heardBy, watchfulPage } from './support/watchful-page';

// Code passed to `page.evaluate` on an extension page runs there, where `chrome` is the API.
declare const chrome: typeof Browser;

const firefox = firefoxForThisFile();

describe('the built extension on pages in Firefox', () => {
  it('marks the condition names on a running site', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'article.html');
    expect(await markedText(page, 'intro')).toContain(
      '[[hip bursitis]], a [[stress fracture]], a [[labral tear]], [[IT band syndrome]] and [[hip flexor tendinitis]]',
    );
    expect(await askPageForTerms(firefox, page)).toContainEqual({
      termId: 'it-band-syndrome',
      count: expect.any(Number),
    });
  });

  it('shows a card beside a term the pointer rests on, named for it; Esc closes it', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'article.html');
    const term = await hover(page, 'intro', 'IT band syndrome');
    const card = await waitForCard(page);
    expect(overlaps(card, term)).toBe(false);
    expect(card.right - card.left).toBeGreaterThan(200);
    expect(card.bottom - card.top).toBeGreaterThan(100);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(1200);
    expect(card.bottom).toBeLessThanOrEqual(800);
    expect(await cardText(page)).toMatch(/^Hip Pain Guide.*IT band syndrome/);
    await screenshot(page, 'card-article');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  it('styles marks under names made up for this load, and opens nothing for forged pointer moves', async () => {
    const page = await openMarked(firefox, HOSTS.runnersWorld, watchfulPage(firefox.extensionId));
    const probe = await page.evaluate(() => {
      const names = [...CSS.highlights.keys()];
      const intro = document.getElementById('intro') as Element;
      const background = (name: string) =>
        getComputedStyle(intro, `::highlight(${name})`).backgroundColor;
      return {
        names,
        marked: background(names[0] as string),
        old: background('hip-pain-guide-background'),
        unknown: background('unstyled-probe-name'),
      };
    });
    expect(probe.names).toHaveLength(1);
    expect(probe.names[0]).toMatch(/^[a-z]{12}$/);
    expect(probe.marked).toBe('rgba(255, 190, 0, 0.22)');
    expect(probe.old).toBe(probe.unknown);
    // The page heard no message and no event named after the add-on, from its start to its marks.
    expect(await heardBy(page)).toEqual([]);
    const box = await boxOfWords(page, 'intro', 'labral tear');
    await page.evaluate(
      (x, y) => {
        const init = { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' };
        for (let i = 0; i < 5; i++) {
          document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent('pointermove', init));
        }
      },
      (box.left + box.right) / 2,
      (box.top + box.bottom) / 2,
    );
    // Proving no card comes means waiting past the card delay (400 ms): no event to await.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    expect(await page.$(':popover-open')).toBeNull();
  });

  it('still gets cards where the page pre-defined the old card element; forged keys do nothing', async () => {
    await setSettings(firefox, { cardOpening: 'modifier' });
    try {
      const page = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(claimOldCardElementName);
      await page.goto(firefox.url(HOSTS.runnersWorld, 'article.html'));
      await waitForMarks(page);
      // The reader's pointer rests on a term; the page pretends Alt went down.
      await hover(page, 'intro', 'hip bursitis');
      await page.evaluate(forgeAltKeydown);
      // Proving no card comes means waiting past the card delay (400 ms): no event to await.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
      expect(await page.$(':popover-open')).toBeNull();
      // The reader's own Alt opens it; a forged Esc does not close it, the reader's does.
      await page.keyboard.down('Alt');
      await waitForCard(page);
      await page.keyboard.up('Alt');
      await page.evaluate(() => {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
      expect(await page.$(':popover-open')).not.toBeNull();
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
    } finally {
      await setSettings(firefox, {});
    }
  });

  it('does nothing on a site that is not a running site', async () => {
    const page = await firefox.openPage(HOSTS.notRunning, 'recipes.html');
    await waitForIdleAfterLoad(page);
    expect(await askPageForTerms(firefox, page)).toBe('no content script');
    expect(await markCount(page)).toBe(0);
    expect(await page.$(':popover-open')).toBeNull();
  });

  it('does nothing on a running site the reader switched off', async () => {
    await setSettings(firefox, { disabledSites: ['runnersworld.com'] });
    try {
      const page = await firefox.openPage(HOSTS.runnersWorld, watchfulPage(firefox.extensionId));
      await waitForIdleAfterLoad(page);
      // The content script runs there but stays idle: it answers, with nothing. Await its
      // answer first: on a loaded machine it can start after the page is idle.
      await expect.poll(() => askPageForTerms(firefox, page)).not.toBe('no content script');
      expect(await askPageForTerms(firefox, page)).toBeNull();
      expect(await markCount(page)).toBe(0);
      // And the page finds no trace of it: no style for the old highlight names, no element name.
      expect(
        await page.evaluate(() => {
          const intro = document.getElementById('intro') as Element;
          const background = (name: string) =>
            getComputedStyle(intro, `::highlight(${name})`).backgroundColor;
          return {
            old: background('hip-pain-guide-background') === background('unstyled-probe-name'),
            highlights: CSS.highlights.size,
            cardElement: customElements.get('hip-pain-guide-card') ?? null,
          };
        }),
      ).toEqual({ old: true, highlights: 0, cardElement: null });
      // Nor any message or event named after the add-on, from before the script started.
      expect(await heardBy(page)).toEqual([]);
    } finally {
      await setSettings(firefox, {});
    }
  });
});

describe('a site of the reader’s own in Firefox', () => {
  /** Waits for the settings view's status line to start with `text` (it changes in place). */
  async function settingsSay(settings: Page, text: string): Promise<void> {
    await settings.waitForFunction(
      (text) => document.querySelector('.form-ok')?.textContent?.startsWith(text),
      {},
      text,
    );
  }

  it('gets explanations once added in the settings, and none once removed', async () => {
    const settings = await firefox.openSidebarPage('settings');
    await settings.locator('#add-site').fill('www.example-cooking.com');
    // A real click: Firefox asks for the host permission only from the user's input.
    await settings.locator('form.add-site button[type="submit"]').click();
    await settingsSay(settings, 'example-cooking.com added.');
    const page = await openMarked(firefox, HOSTS.notRunning, 'recipes.html');
    expect(await markedText(page, 'prose')).toContain('[[hip bursitis]] or [[IT band syndrome]]');

    // Background tabs get no animation frames, which clicks and waits run on: switch tabs first.
    await settings.bringToFront();
    await settings.locator('.site-row button').click();
    await settingsSay(settings, 'example-cooking.com removed.');
    // The open page drops its marks at once; a page loaded now gets no content script.
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    const again = await firefox.openPage(HOSTS.notRunning, 'recipes.html');
    await waitForIdleAfterLoad(again);
    expect(await askPageForTerms(firefox, again)).toBe('no content script');
  });
});

describe('"More in the guide" in Firefox', () => {
  /** Opens the article, rests on "IT band syndrome" and clicks the card's "More in the guide". */
  async function clickMoreInTheGuide(): Promise<Page> {
    const page = await openMarked(firefox, HOSTS.runnersWorld, 'article.html');
    await hover(page, 'intro', 'IT band syndrome');
    await waitForCard(page);
    const more = await boxInCard(page, 'button.primary');
    // A real click in the page, which the content script relays to the background.
    await page.mouse.click((more.left + more.right) / 2, (more.top + more.bottom) / 2);
    return page;
  }

  it('shows the entry in the sidebar when it is open (Firefox opens it at install)', async () => {
    expect(await isSidebarOpen(firefox)).toBe(true);
    const page = await clickMoreInTheGuide();
    await waitForSidebarRoute(firefox, 'condition/it-band-syndrome');
    // A message to the page after the background's reply: by its answer the card has handled it.
    await askPageForTerms(firefox, page);
    expect(await cardText(page)).not.toMatch(/Alt\+Shift\+H/);
  });

  it('when the sidebar is closed, stores the route, names the shortcut, and the sidebar opens there', async () => {
    expect(await toggleSidebar(firefox)).toBe(false);
    const routeChange = await nextStorageChange(firefox, 'pendingRoute');
    const page = await clickMoreInTheGuide();
    // Firefox refuses `sidebarAction.open()` for a click relayed out of a page: the route waits.
    const { area, newValue } = await routeChange();
    expect(area).toBe('session');
    expect(newValue).toMatchObject({ route: { view: 'condition', id: 'it-band-syndrome' } });
    expect(await sidebarShortcut(firefox)).toBe('Alt+Shift+H');
    expect(await waitForCardText(page, /press Alt\+Shift\+H/)).toContain('toolbar button');
    await screenshot(page, 'card-open-hint');
    expect(await isSidebarOpen(firefox)).toBe(false);
    // The reader opens the sidebar as the hint says; it lands on the entry.
    expect(await toggleSidebar(firefox)).toBe(true);
    await waitForSidebarRoute(firefox, 'condition/it-band-syndrome');
  });
});

describe('the sidebar page in Firefox', () => {
  /** Ticks the choice labelled `label` with a real click, as a reader would. */
  async function pick(page: Page, label: string): Promise<void> {
    await page.locator(`label.choice ::-p-text(${label})`).click();
  }

  it('shows every condition', async () => {
    const page = await firefox.openSidebarPage();
    for (const id of CONDITION_IDS) {
      await page.waitForSelector(`[data-condition="${id}"]`, { visible: true });
    }
    await screenshot(page, 'sidebar');
  });

  it('the checker ranks conditions for the answers given', async () => {
    const page = await firefox.openSidebarPage('check?zone=outer-hip');
    await pick(page, 'Burning');
    await pick(page, 'Lying on that side');
    await pick(page, 'Getting up from a chair');
    // Suggestions wait for an answer to every safety question.
    for (const flag of RED_FLAGS) {
      const no = `input[name="red-flag-${flag.id}"][value="no"]`;
      // As a reader would, bring each question up from under the sticky summary bar first.
      // At once, not smoothly: once focus is in the page its CSS scrolls smoothly, and Firefox
      // scrolls on its compositor while the page's thread is busy (the lookup warming up), so
      // the click's point, measured mid-scroll, could land beside the chip (2 of 24 runs on a
      // loaded machine, 0 of 48 with an instant scroll).
      await page.$eval(no, (input) =>
        input.scrollIntoView({ block: 'center', behavior: 'instant' }),
      );
      await page.locator(no).click();
      // The answer shows as picked: a lost click fails here, by name, not as a timeout.
      await page
        .waitForFunction(
          (selector) => document.querySelector<HTMLInputElement>(selector)?.checked === true,
          { timeout: 5_000 },
          no,
        )
        .catch(() => {
          throw new Error(`The "No" to ${flag.id} did not show as picked`);
        });
    }
    await page.waitForSelector('[data-outcome="ranked"]');
    const ranked = await page.$$eval('[data-result]', (results) =>
      results.map((result) => result.getAttribute('data-result')),
    );
    expect(ranked[0]).toBe('hip-bursitis');
    await screenshot(page, 'sidebar-check-ranked');
  });

  it('a red flag shows urgent advice instead of likely causes', async () => {
    const page = await firefox.openSidebarPage('check?zone=groin');
    const yes = 'input[name="red-flag-cannot-bear-weight"][value="yes"]';
    // As a reader would, bring the question up from under the sticky summary bar first (at
    // once: see the test above).
    await page.$eval(yes, (input) =>
      input.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
    await page.locator(yes).click();
    const advice = await page.waitForSelector(
      '[data-outcome="urgent"] [data-red-flag="cannot-bear-weight"]',
    );
    const text = await advice?.evaluate((element) => element.textContent);
    // The advice in the reader's own words: their emergency number and place.
    const locale = await page.evaluate(() => navigator.language);
    const flag = RED_FLAGS.find((candidate) => candidate.id === 'cannot-bear-weight');
    expect(text).toContain(inLocalWords(flag?.advice ?? '', locale));
    expect(text).not.toContain('{');
    // The banner's first words are the action, with the reader's emergency number.
    const title = await page.$eval(
      '[data-outcome="urgent"][data-urgency="emergency"] .banner-title',
      (element) => element.textContent,
    );
    expect(title).toBe(tierAction('emergency', locale));
    expect(await page.$('[data-outcome="ranked"]')).toBeNull();
    await screenshot(page, 'sidebar-check-urgent');
  });

  it('journal entries survive a reload', async () => {
    const page = await firefox.openSidebarPage('journal');
    // Written in km; unchosen, the unit follows the browser's language (en-US: miles).
    await page.evaluate(() => chrome.storage.local.set({ settings: { distanceUnit: 'km' } }));
    // The distance is under "More details", open until there is a last run to suggest.
    const details = await page.waitForSelector('details.j-details');
    if (!(await details?.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await page.locator('details.j-details > summary').click();
    }
    await page.locator('#run-distanceKm').fill('8.5');
    await page.locator('form[aria-label="Log a run"] button[type="submit"]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-journal-status]')?.textContent?.includes('Saved: 8.5 km'),
    );
    await reloadExtensionPage(page);
    await page.locator('#journal-tab-runs').click();
    const run = await page.waitForSelector('li.j-run');
    expect(await run?.evaluate((element) => element.textContent)).toContain('8.5 km');
  });

  it('imports a FIT file through the journal, read in a worker', async () => {
    const page = await firefox.openSidebarPage('journal');
    await page.evaluate(() => chrome.storage.local.set({ settings: { distanceUnit: 'km' } }));
    await page.locator('#journal-tab-runs').click();
    const folder = mkdtempSync(join(tmpdir(), 'hpg-fit-'));
    const path = join(folder, 'Morning_Run.fit');
    writeFileSync(path, fitRun(new Date(Date.now() - 86_400_000).toISOString(), 12_340, 3600));
    const input = await page.waitForSelector('input#import-files');
    await input?.uploadFile(path);
    await page.waitForFunction(() =>
      document.querySelector('.j-import-summary')?.textContent?.startsWith('Added 1 run.'),
    );
    // Other tests in this file log runs too: look for this one among them.
    const runs = await page.$$eval('li.j-run', (items) => items.map((item) => item.textContent));
    expect(runs.some((text) => text?.includes('12.34 km'))).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });
});
