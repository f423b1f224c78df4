/**
 * Every sidebar view in real Chromium at sidebar width, in the light and the dark theme: an
 * axe-core audit (no serious or critical violations), a screenshot to look at
 * (`test-results/screenshots/sidebar-<view>-<theme>.png`), and reflow at 320 px and at 200% zoom
 * with no sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import {
  browserForThisFile,
  HOSTS,
  SCREENSHOT_DIR,
  SIDEBAR_SIZE,
} from './support/extension-browser';
import { waitForMarks } from './support/page-marks';

const THEMES = ['light', 'dark'] as const;

const browser = browserForThisFile();
const axeReport: string[] = [];

beforeAll(async () => {
  // One saved check, so the history view has something to show.
  const page = await browser.openSidebarPage('check');
  await page.getByLabel('Outer hip').check();
  await page.getByLabel('Lying on that side').check();
  // Answers save themselves a moment after the last change.
  await page.locator('.save-status', { hasText: /^Saved to your history at/ }).waitFor();
  await page.close();
});
afterAll(async () => {
  console.log(`axe (serious/critical violations per view):\n${axeReport.join('\n')}`);
});

/** How to reach each view, and what to do there before the audit. */
const VIEWS: Record<string, { route: string; prepare?: (page: Page) => Promise<void> }> = {
  home: { route: '' },
  condition: { route: 'condition/it-band-syndrome' },
  // A page beyond the article's five, with its "other things it could be" notes open.
  'condition-groin': {
    route: 'condition/adductor-strain',
    async prepare(page) {
      await page.locator('[data-other-cause="inguinal-hernia"] summary').click();
      await page.locator('[data-other-cause="inguinal-hernia"] details[open]').waitFor();
    },
  },
  term: { route: 'term/greater-trochanter' },
  habits: { route: 'habits' },
  'red-flags': { route: 'red-flags' },
  check: { route: 'check' },
  'check-ranked': {
    route: 'check?zone=outer-hip',
    async prepare(page) {
      await page.getByLabel('Burning').check();
      await page.getByLabel('Lying on that side').check();
      await page.getByLabel('Getting up from a chair').check();
      // Suggestions wait for an answer to every safety question.
      const noToAll = page.getByRole('button', { name: /^No to all of these/ });
      while ((await noToAll.count()) > 0) await noToAll.first().click();
      await page.locator('[data-outcome="ranked"]').waitFor();
    },
  },
  'check-urgent': {
    route: 'check?zone=groin',
    async prepare(page) {
      await page
        .getByRole('group', { name: /impossible, or nearly impossible/ })
        .getByLabel('Yes')
        .check();
      await page.locator('[data-outcome="urgent"]').waitFor();
    },
  },
  search: {
    route: 'search?q=bursits',
    async prepare(page) {
      await page.locator('.search-hit').first().waitFor();
    },
  },
  'on-this-page': {
    route: 'on-this-page',
    async prepare(page) {
      await page.locator('[data-page-state]:not([data-page-state="loading"])').waitFor();
    },
  },
  history: {
    route: 'history',
    async prepare(page) {
      await page.locator('.history-item').first().waitFor();
    },
  },
  settings: {
    route: 'settings',
    async prepare(page) {
      await page.getByLabel('runnersworld.com').waitFor();
    },
  },
  journal: { route: 'journal' },
  'not-found': { route: 'nowhere/at-all' },
};

async function openView(name: string, theme: (typeof THEMES)[number]): Promise<Page> {
  const view = VIEWS[name];
  if (!view) throw new Error(`No view ${name}`);
  const page = await browser.context.newPage();
  await page.setViewportSize(SIDEBAR_SIZE);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#/${view.route}`);
  await page.locator('main h1').waitFor();
  await view.prepare?.(page);
  return page;
}

describe('every sidebar view', () => {
  for (const name of Object.keys(VIEWS)) {
    for (const theme of THEMES) {
      it(`${name} (${theme}): no serious axe violations, screenshot`, async () => {
        const page = await openView(name, theme);
        const violations = await seriousViolations(page);
        axeReport.push(`  ${name} ${theme}: ${violations.length}`);
        expect(violations).toEqual([]);
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/sidebar-${name}-${theme}.png`,
          fullPage: true,
        });
        await page.close();
      });
    }
  }
});

describe('narrow and zoomed', () => {
  async function sidewaysOverflow(page: Page): Promise<number> {
    return page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
  }

  for (const name of [
    'home',
    'condition',
    'condition-groin',
    'check-ranked',
    'check-urgent',
    'history',
    'settings',
  ]) {
    it(`${name} reflows at 320 px and at 200% zoom without sideways scrolling`, async () => {
      const page = await openView(name, 'light');
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      // 200% zoom of a 360 px sidebar leaves 180 CSS pixels.
      await page.setViewportSize({ width: 180, height: 400 });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      if (name === 'check-urgent') {
        // The emergency banner itself, whatever the scroll position: a clip of the whole page.
        const top = await page
          .locator('[data-outcome="urgent"]')
          .evaluate((banner) => banner.getBoundingClientRect().top + window.scrollY);
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/sidebar-${name}-zoom200.png`,
          fullPage: true,
          clip: { x: 0, y: Math.max(0, top - 8), width: 180, height: 400 },
        });
      }
      if (name === 'home' || name === 'check-ranked') {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/sidebar-${name}-zoom200.png` });
      }
      await page.close();
    });
  }
});

describe('on this page, with a running site open', () => {
  for (const theme of THEMES) {
    it(`lists the page's terms (${theme})`, async () => {
      const article = await browser.context.newPage();
      await article.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
      await waitForMarks(article);
      const page = await openView('on-this-page', theme);
      await page.locator('[data-page-state="terms"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/sidebar-on-this-page-terms-${theme}.png`,
        fullPage: true,
      });
      await page.close();
      await article.close();
    });
  }
});
