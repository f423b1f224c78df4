/**
 * The sidebar's flows in real Chromium with the built extension, at sidebar width: browsing the
 * guide, a check that ends in a red flag and one that ends in ranked results, search with a
 * typo, history across a reload, "on this page", settings, keyboard reach, and a page card's
 * "More in the guide" opening the right entry (simulated, and for real from a running site).
 *
 * The side panel itself has no test handle in headless Chromium, so the sidebar runs as a page
 * (`sidepanel.html` in a tab); "this page" is then the tab used just before it.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { tierAction } from '../../knowledge/guide/red-flags';
import { CONDITION_IDS } from '../../knowledge/types';
import {
  browserForThisFile,
  HOSTS,
  SCREENSHOT_DIR,
  SIDEBAR_SIZE,
} from './support/extension-browser';
import { waitForMarks } from './support/page-marks';
import { closeSidePanels } from './support/side-panel';
import { boxOfWords, waitForCard } from './support/term-geometry';

// Code passed to `evaluate` in the extension's pages runs where `chrome` is the API.
declare const chrome: typeof Browser;

const browser = browserForThisFile();

// A test that fails before its own `page.close()` must not leave a sidebar open: an open sidebar
// takes the routes handed over in later tests, which then fail for no reason of their own.
afterEach(async () => {
  for (const page of browser.context.pages()) {
    if (page.url() !== 'about:blank') await page.close();
  }
});

async function sidebar(route = ''): Promise<Page> {
  const page = await browser.openSidebarPage(route);
  await page.setViewportSize(SIDEBAR_SIZE);
  await page.locator('main h1').waitFor();
  return page;
}

function heading(page: Page) {
  return page.locator('main h1');
}

/** Back to the default settings (every running site on), so no test inherits another's. */
async function resetSettings(): Promise<void> {
  await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
}

/** Answers "no" to every safety question still open, as a runner with nothing alarming would. */
async function noToTheRest(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: /^No to (all of these|the rest)/ });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

function activeElement(page: Page, property: 'id' | 'textContent' | 'tagName') {
  return page.evaluate((key) => document.activeElement?.[key] ?? null, property);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-flow-${name}.png`, fullPage: true });
}

describe('browsing the guide', () => {
  it('goes from the conditions to an entry, its sources and its checker, and back', async () => {
    const page = await sidebar();
    await expect.poll(() => heading(page).textContent()).toBe('Hip pain after running');
    await page.locator('[data-condition="it-band-syndrome"] a').click();
    await expect.poll(() => heading(page).textContent()).toBe('IT band syndrome');
    expect(page.url()).toMatch(/#\/condition\/it-band-syndrome$/);
    // Focus moves to the new view's heading, as a page load would.
    await expect.poll(() => activeElement(page, 'tagName')).toBe('H1');
    const source = page.locator('.sources a').first();
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.getAttribute('rel')).toBe('noreferrer');
    await page.getByText('Iliotibial band', { exact: true }).click();
    await page.locator('details[open]').getByText('A thick band of connective tissue').waitFor();

    await page.getByRole('link', { name: 'Compare with your symptoms' }).first().click();
    await expect.poll(() => heading(page).textContent()).toBe('Check my symptoms');
    await page.getByText('You came here from IT band syndrome').waitFor();
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('IT band syndrome');

    await page.getByRole('link', { name: 'Guide', exact: true }).first().click();
    await page.getByRole('link', { name: 'Add distance slowly' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Relief and prevention');
    // The habit itself is focused, so keyboard and screen-reader users land on it.
    await expect.poll(() => activeElement(page, 'id')).toBe('item-build-up-gradually');
    await page.close();
  });

  it('reaches every control from the keyboard, with a visible focus ring', async () => {
    const page = await sidebar();
    const unringed: string[] = [];
    const reachedConditions = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
          ringed: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          condition: el.closest('[data-condition]')?.getAttribute('data-condition') ?? null,
        };
      });
      if (!focus) continue;
      if (!focus.ringed) unringed.push(focus.name);
      if (focus.condition) reachedConditions.add(focus.condition);
    }
    expect(unringed).toEqual([]);
    // Every condition, whatever else the header and the page put before them.
    expect(reachedConditions.size).toBe(CONDITION_IDS.length);
    await page.close();
  });
});

describe('the quick checker', () => {
  it('holds back suggestions until every safety question has an answer', async () => {
    const page = await sidebar('check');
    await page.getByLabel('Groin / inner hip').check();
    await page.getByLabel('During runs').check();
    const summary = page.locator('.check-summary-text');
    await expect.poll(() => summary.textContent()).toMatch(/^Answer the \d+ safety questions left/);
    expect(await page.locator('[data-result]').count()).toBe(0);
    // No answer is picked in advance.
    expect(await page.locator('.yes-no input:checked').count()).toBe(0);
    await noToTheRest(page);
    await expect.poll(() => summary.textContent()).toMatch(/^Closest match to read about: /);
    await page.close();
  });

  it('stops the flow with an alert that says what to do today on a same-day answer', async () => {
    const page = await sidebar('check');
    await page.getByLabel('Groin / inner hip').check();
    await page.getByLabel('During runs').check();
    await noToTheRest(page);
    await page
      .getByRole('group', { name: /groin or front-of-hip pain with walking or standing/ })
      .getByLabel('Yes')
      .check();
    const banner = page.locator('[data-outcome="urgent"]');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.locator('.banner-title').textContent()).toBe('Get seen today');
    // Focus moves to the banner, so nobody reads on past it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-outcome')))
      .toBe('urgent');
    expect(await page.locator('[data-result]').count()).toBe(0);
    // The later questions wait: the flow stops here.
    expect(await page.getByText('What does it feel like?').count()).toBe(0);
    await expect
      .poll(() => summary(page))
      .toBe('Get seen today: Possible stress fracture near the hip.');
    await page.getByRole('button', { name: 'See results' }).click();
    await expect.poll(() => activeElement(page, 'id')).toBe('results-title');
    await shoot(page, 'red-flag');
    await page.close();
  });

  it("puts the emergency number of the reader's locale first on an emergency answer", async () => {
    const page = await sidebar('check?zone=groin');
    const locale = await page.evaluate(() => navigator.language);
    await page
      .getByRole('group', { name: /impossible, or nearly impossible/ })
      .getByLabel('Not sure')
      .check();
    const banner = page.locator('[data-outcome="urgent"]');
    await expect
      .poll(() => banner.locator('.banner-title').textContent())
      .toBe(tierAction('emergency', locale));
    expect(await banner.getAttribute('data-urgency')).toBe('emergency');
    await banner.getByText("You weren't sure whether this applies").waitFor();
    await shoot(page, 'emergency');
    await page.close();
  });

  it('ranks at most three conditions from the map, the choices and the own-words box', async () => {
    const page = await sidebar('check');
    // A click on the drawing picks the zone, as its checkbox does.
    await page.locator('g[data-zone="outer-thigh"] path').first().click();
    expect(await page.getByLabel('Outer thigh to knee').isChecked()).toBe(true);
    await noToTheRest(page);
    await page.getByLabel('Running downhill').check();
    await page
      .getByLabel('Describe it in your own words (optional)')
      .fill('sharp pain on the outside of my knee about 5 miles into every run');
    const results = page.locator('[data-result]');
    await page.locator('[data-outcome="ranked"]').waitFor();
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.count()).toBeLessThanOrEqual(3);
    expect(await results.first().getAttribute('data-result')).toBe('it-band-syndrome');
    const best = results.first();
    await best.getByText('Closest match to read about').waitFor();
    await best.getByText('Pain down the outer thigh towards the knee').waitFor();
    await best.getByText('What to do now, and when to see someone').waitFor();
    await expect
      .poll(() => summary(page))
      .toMatch(/^Closest match to read about: IT band syndrome\./);
    await shoot(page, 'ranked');
    await page.close();
  });
});

function summary(page: Page) {
  return page.locator('.check-summary-text').textContent();
}

describe('search', () => {
  it('finds an entry despite a typo, and Enter opens the first result', async () => {
    const page = await sidebar('search');
    await expect.poll(() => activeElement(page, 'id')).toBe('search-box');
    await page.keyboard.type('trochanteric bursits');
    await page.locator('.search-hit').first().waitFor();
    await expect
      .poll(() => page.locator('.search-title').first().textContent())
      .toBe('Trochanteric bursitis');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Trochanteric bursitis');
    await page.goBack();
    await expect.poll(() => page.locator('#search-box').inputValue()).toBe('trochanteric bursits');
    await page.close();
  });

  it('opens at a context-menu search and offers the words to the checker', async () => {
    const page = await sidebar(`search?q=${encodeURIComponent('burning outer hip at night')}`);
    await page.locator('.search-hit').first().waitFor();
    await page.getByRole('link', { name: /in the symptom checker/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Check my symptoms');
    await expect
      .poll(() => page.locator('#symptom-text').inputValue())
      .toBe('burning outer hip at night');
    await page.close();
  });
});

describe('history', () => {
  it('keeps a check across a reload; reopen, delete one, clear all', async () => {
    // Earlier tests' checks were saved too: start from an empty history.
    const page = await sidebar('history');
    await page
      .getByText(/^(No saved checks yet|Clear all history)/)
      .first()
      .waitFor();
    if ((await page.locator('.history-item').count()) > 0) {
      await page.getByRole('button', { name: 'Clear all history' }).click();
      await page.getByRole('button', { name: 'Delete all' }).click();
      await page.getByText('No saved checks yet.').waitFor();
    }
    await page.getByRole('link', { name: 'Check', exact: true }).click();
    await page.getByLabel('Front of hip').check();
    await page.getByLabel('Lifting the knee').check();
    await page.locator('.save-status', { hasText: /^Saved to your history at/ }).waitFor();
    await page.getByRole('button', { name: 'Start a new check' }).click();
    await page.getByLabel('Buttock').check();
    await page.getByRole('link', { name: 'Past checks' }).click();
    await page.locator('.history-item').nth(1).waitFor();

    await page.reload();
    await page.locator('.history-item').nth(1).waitFor();
    expect(await page.locator('.history-answers').allTextContents()).toEqual([
      'Buttock',
      'Front of hip, 1 more answer',
    ]);
    await shoot(page, 'history');

    await page
      .getByRole('link', { name: /^Open check from/ })
      .nth(1)
      .click();
    await page.getByText('Opened from your history').waitFor();
    expect(await page.getByLabel('Front of hip').isChecked()).toBe(true);
    expect(await page.getByLabel('Lifting the knee').isChecked()).toBe(true);

    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#/history`);
    await page.locator('.history-item').nth(1).waitFor();
    await page
      .getByRole('button', { name: /^Delete check from/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.history-item').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear all history' }).click();
    await page.getByText('Delete all 1 saved check? This cannot be undone.').waitFor();
    // Focus moves to "Delete all" just after the question appears: wait for it, not the text.
    await expect.poll(() => activeElement(page, 'textContent')).toBe('Delete all');
    await page.getByRole('button', { name: 'Delete all' }).click();
    await page.getByText('No saved checks yet.').waitFor();
    await page.close();
  });
});

describe('the header', () => {
  it('has three tabs on one row, search and settings as named icons, at 360 px and 200% zoom', async () => {
    const page = await sidebar();
    const tabs = page.getByRole('navigation', { name: 'Guide sections' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Guide', 'Check', 'Journal']);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const width of [360, 180]) {
        await page.setViewportSize({ width, height: 700 });
        const tops = await tabs.evaluateAll((links) =>
          links.map((link) => Math.round(link.getBoundingClientRect().top)),
        );
        expect(new Set(tops).size).toBe(1);
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/sidebar-flow-header-${width}-${theme}.png`,
          clip: { x: 0, y: 0, width, height: 260 },
        });
      }
    }
    await page.setViewportSize(SIDEBAR_SIZE);
    const header = page.locator('header');
    await header.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    await header.getByRole('link', { name: 'Search', exact: true }).click();
    await expect.poll(() => activeElement(page, 'id')).toBe('search-box');
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    await page.close();
  });

  it("links to the current page's terms only when it has some", async () => {
    await resetSettings();
    const article = await browser.context.newPage();
    await article.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(article);
    const page = await sidebar();
    const link = page.getByRole('link', { name: /^\d+ terms? explained here$/ });
    await link.waitFor();
    await link.click();
    await page.locator('[data-page-state="terms"]').waitFor();
    await page.close();
    await article.close();

    const recipes = await browser.context.newPage();
    await recipes.goto(browser.url(HOSTS.notRunning, 'recipes.html'));
    await recipes.waitForLoadState('load');
    const quiet = await sidebar();
    // The page was read (the view says so) and the header still offers no link.
    await quiet.locator('header').getByRole('link', { name: 'Search', exact: true }).waitFor();
    await quiet.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#/on-this-page`);
    await quiet.getByText("This page can't be read by the guide.").waitFor();
    expect(await quiet.locator('.page-terms-link').count()).toBe(0);
    await quiet.close();
    await recipes.close();
  });
});

describe('opening the guide at an entry', () => {
  it('follows a route stored for it, before and while the sidebar is open', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.session.set({
        pendingRoute: { route: { view: 'condition', id: 'cartilage-tear' }, at: Date.now() },
      }),
    );
    const page = await browser.openSidebarPage();
    await page.setViewportSize(SIDEBAR_SIZE);
    await page.locator('[data-entry="cartilage-tear"]').waitFor();
    await page.evaluate(() =>
      chrome.storage.session.set({
        pendingRoute: { route: { view: 'condition', id: 'it-band-syndrome' }, at: Date.now() },
      }),
    );
    await page.locator('[data-entry="it-band-syndrome"]').waitFor();
    await expect.poll(() => heading(page).textContent()).toBe('IT band syndrome');
    await page.evaluate(() =>
      chrome.storage.session.set({
        pendingRoute: { route: { view: 'search', query: 'tfl' }, at: Date.now() },
      }),
    );
    await page.locator('.search-hit').first().waitFor();
    await expect.poll(() => page.locator('#search-box').inputValue()).toBe('tfl');
    await page.close();
  });
});

describe('on this page', () => {
  it('lists the page’s terms with counts, and choosing one opens its card on the page', async () => {
    await resetSettings();
    const article = await browser.context.newPage();
    await article.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(article);
    const page = await sidebar('on-this-page');
    await page.locator('[data-page-state="terms"]').waitFor();
    const bursitis = page.locator('[data-term="hip-bursitis"] .page-term');
    expect(await bursitis.locator('.count').textContent()).toMatch(/^\d+ times?$/);
    await bursitis.click();
    await waitForCard(article);
    await page.close();
    await article.close();
  });

  it('says when the site is switched off, and switches it on', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['letsrun.com'] } }),
    );
    const forum = await browser.context.newPage();
    await forum.goto(browser.url(HOSTS.letsRun, 'forum.html'));
    await forum.waitForLoadState('load');
    const page = await sidebar('on-this-page');
    await page.locator('[data-page-state="off"]').waitFor();
    await page.getByText('Hip Pain Guide is switched off on this site.').waitFor();
    await shoot(page, 'on-this-page-off');
    await page.getByRole('button', { name: 'Switch on for letsrun.com' }).click();
    await page.locator('[data-page-state="terms"]').waitFor();
    expect(await page.locator('.page-term').count()).toBeGreaterThan(0);
    await page.close();
    await forum.close();
  });

  it("says plainly when the page can't be read", async () => {
    const recipes = await browser.context.newPage();
    await recipes.goto(browser.url(HOSTS.notRunning, 'recipes.html'));
    await recipes.waitForLoadState('load');
    const page = await sidebar('on-this-page');
    await page.getByText("This page can't be read by the guide.").waitFor();
    await page.close();
    await recipes.close();
  });
});

describe('settings', () => {
  it('stores theme, marks and delay, and the sidebar follows the theme at once', async () => {
    await resetSettings();
    const page = await sidebar('settings');
    const stored = () =>
      page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    await page.getByLabel('Dark', { exact: true }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.getByLabel('Dotted underline').check();
    await page.getByLabel('runnersworld.com').uncheck();
    // Each change lands before the next: the slider is nudged only once it surely has focus.
    await expect.poll(stored).toMatchObject({ disabledSites: ['runnersworld.com'] });
    await page.locator('#card-delay').focus();
    await expect.poll(() => activeElement(page, 'id')).toBe('card-delay');
    await page.keyboard.press('ArrowRight');
    await expect.poll(stored).toMatchObject({
      theme: 'dark',
      markStyle: 'underline',
      cardDelayMs: 450,
      disabledSites: ['runnersworld.com'],
    });
    await shoot(page, 'settings-dark');
    await page.getByLabel('runnersworld.com').check();
    await page.getByLabel('Match my system').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);

    await page.getByLabel('Add a site').fill('not a site');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByText('Enter a site address, such as fellrunner.org.uk.').waitFor();
    await page.close();
  });
});

describe('a page card', () => {
  it('opens the right entry from a real card’s "More in the guide" on a running site', async () => {
    // Marks on the article need the site switched on, whatever an earlier test left.
    await resetSettings();
    // Record every route the background hands over (the open side panel takes it at once).
    await browser.serviceWorker.evaluate(() => {
      const seen: unknown[] = [];
      (globalThis as unknown as { seenRoutes: unknown[] }).seenRoutes = seen;
      chrome.storage.session.onChanged.addListener((changes) => {
        const next = changes.pendingRoute?.newValue as { route?: unknown } | undefined;
        if (next?.route) seen.push(next.route);
      });
    });
    const article = await browser.context.newPage();
    await article.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(article);
    const box = await boxOfWords(article, 'intro', 'hip bursitis');
    await article.mouse.move(box.left + 2, (box.top + box.bottom) / 2);
    await article.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 3 });
    await waitForCard(article);
    // The card's shadow root is closed: find the button's box through the accessibility tree.
    const more = await buttonBox(article, 'More in the guide');
    await article.mouse.move(more.x, more.y, { steps: 4 });
    // The click opens the browser's real side panel: closed when the test ends, pass or fail.
    onTestFinished(() => closeSidePanels(browser));
    await article.mouse.click(more.x, more.y);
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(
          () => (globalThis as unknown as { seenRoutes: unknown[] }).seenRoutes,
        ),
      )
      .toEqual([{ view: 'condition', id: 'hip-bursitis' }]);
    // Headless Chromium does open the real side panel: it shows the entry.
    await expect.poll(() => sidePanelHeading(article)).toBe('Outer hip pain (hip bursitis)');
    await article.close();
  });
});

/** The centre of the button named `name` inside the page's card, whose shadow root is closed. */
async function buttonBox(page: Page, name: string): Promise<{ x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }[];
    };
    const node = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
    if (node?.backendDOMNodeId === undefined) throw new Error(`No "${name}" button on the page`);
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: node.backendDOMNodeId,
    })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

/** The heading shown by the real side panel, read through the DevTools protocol; null if none. */
async function sidePanelHeading(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const panel = targetInfos.find((target) => target.url.includes('/sidepanel.html'));
    if (!panel) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: panel.targetId,
      flatten: false,
    })) as { sessionId: string };
    const reply = new Promise<string | null>((resolvePromise) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: string | null } };
        };
        if (message.id === 1) resolvePromise(message.result?.result?.value ?? null);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: {
          expression: "document.querySelector('main h1')?.textContent",
          returnByValue: true,
        },
      }),
    });
    return await reply;
  } finally {
    await cdp.detach();
  }
}
