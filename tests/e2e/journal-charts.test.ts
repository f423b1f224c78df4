/**
 * The journal's charts in real Chromium with the built extension: distance per week and pain per
 * run on one time axis (checked in real layout: each run's dot under its week's bar), the week of
 * today marked "this week so far", a span chosen from the data, the "too few runs" rule for
 * surfaces and shoes, names and descriptions for screen readers, keyboard reach, and screenshots
 * in light and dark at 360 px and at 200% zoom (`journal-charts-*.png`).
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../knowledge/journal/backup';
import { addDays, dayNumber, localDate, weekStart } from '../../knowledge/journal/stats';
import type { JournalRun, SurfaceId } from '../../knowledge/journal/types';
import { seriousViolations } from './support/axe';
import {
  type ExtensionBrowser,
  launchExtensionBrowser,
  SCREENSHOT_DIR,
} from './support/extension-browser';
import { restoreBackup } from './support/journal-backup';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const SIDEBAR = { width: 360, height: 800 };
const THEMES = ['light', 'dark'] as const;
const TODAY = localDate(new Date());
const day = (offset: number) => addDays(TODAY, offset);

let browser: ExtensionBrowser;
let page: Page;

function run(id: number, date: string, km: number, surface: SurfaceId, pain: number | null) {
  const at = Date.now() - id;
  return {
    id,
    date,
    distanceKm: km,
    durationMin: null,
    surface,
    shoeId: 1,
    warmedUp: true,
    stretchedAfter: true,
    limp: false,
    painCharacter: pain ? 'ache' : null,
    pain: { before: null, during: pain, after: null, nextMorning: null },
    zones: pain ? ['outer-hip'] : [],
    notes: '',
    createdAt: at,
    updatedAt: at,
  } satisfies JournalRun;
}

function backupOf(runs: JournalRun[]): Buffer {
  const created = Date.now() - 200 * 86_400_000;
  const backup = createBackup(
    {
      runs,
      shoes: [{ id: 1, name: 'Blue Pegasus', startKm: 100, retired: false, createdAt: created }],
      checks: [],
    },
    new Date(),
  );
  return Buffer.from(JSON.stringify(backup));
}

/**
 * Eleven weeks of running before this one, about four runs a week on road and trail, pain on
 * most, two runs blank: from the Monday eleven weeks before this week's to today, so that the
 * chart spans twelve weeks whatever the day of the week (spread over a fixed 75 days, the first
 * run fell on a Monday on Saturdays, and the chart rightly drew eleven).
 */
function elevenWeeks(): Buffer {
  const firstMonday = addDays(weekStart(TODAY), -11 * 7);
  const span = dayNumber(TODAY) - dayNumber(firstMonday);
  const runs = Array.from({ length: 44 }, (_, index) => {
    const age = Math.round((index * span) / 43);
    const pain = index % 11 === 5 ? null : 1 + ((index * 7) % 5);
    return run(index + 1, day(-age), 5 + (index % 6), index % 2 === 0 ? 'road' : 'trail', pain);
  });
  return backupOf(runs);
}

async function restore(buffer: Buffer, runs: number): Promise<void> {
  await restoreBackup(page, { name: 'charts.json', buffer }, `Backup restored: ${runs} runs,`);
}

async function openCharts(): Promise<void> {
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.locator('svg[data-chart="pain"]').waitFor();
}

/** For each pain dot, whether its centre lies within its week's bar, in screen pixels. */
async function dotsUnderTheirBars(): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const bars = [...document.querySelectorAll('svg[data-chart="distance"] [data-week]')].map(
      (week) => ({
        start: (week as SVGGElement).dataset.week ?? '',
        box: (week.querySelector('rect.j-km-bar') as SVGRectElement).getBoundingClientRect(),
      }),
    );
    for (const dot of document.querySelectorAll('svg[data-chart="pain"] circle')) {
      const date = (dot as SVGCircleElement).dataset.date ?? '';
      const box = dot.getBoundingClientRect();
      const centre = box.left + box.width / 2;
      const week = bars.filter((bar) => bar.start <= date).at(-1);
      if (!week || centre < week.box.left || centre > week.box.right) {
        problems.push(`${date} at ${centre.toFixed(1)} not within ${week?.start}`);
      }
    }
    return problems;
  });
}

async function sidewaysOverflow(): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { distanceUnit: 'km' } }),
  );
  page = await browser.openSidebarPage('journal');
  await page.setViewportSize(SIDEBAR);
  await page.locator('form[aria-label="Log a run"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('the journal charts in Chromium', () => {
  it('gives three new runs a four-week chart and no verdict on surfaces or shoes', async () => {
    await restore(
      backupOf([
        run(1, day(-12), 6, 'road', 2),
        run(2, day(-5), 8, 'trail', 4),
        run(3, day(0), 5, 'road', 3),
      ]),
      3,
    );
    await openCharts();
    expect(await page.locator('svg[data-chart="distance"] [data-week]').count()).toBe(4);
    expect(await page.locator('svg[data-chart="pain"] circle').count()).toBe(3);
    expect(await dotsUnderTheirBars()).toEqual([]);
    expect(await page.locator('#chart-surface-summary').textContent()).toBe(
      'Too few runs yet to compare surfaces: the journal compares a surface once it has 10 runs ' +
        'with a pain score. So far: 2 runs on road or concrete and 1 run on trail.',
    );
    expect(await page.locator('#chart-shoe-summary').textContent()).toBe(
      'Blue Pegasus: 119 km, 3 runs with a pain score: too few yet to say anything about pain in them.',
    );
    // No pain bar is drawn for a surface or a pair with too few runs.
    expect(await page.locator('.j-bar-fill').count()).toBe(0);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page
        .locator('.j-timeline')
        .screenshot({ path: `${SCREENSHOT_DIR}/journal-charts-few-${theme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('draws eleven weeks on one axis with the week of today marked "so far"', async () => {
    await restore(elevenWeeks(), 44);
    await openCharts();
    const weeks = page.locator('svg[data-chart="distance"] [data-week]');
    expect(await weeks.count()).toBe(12);
    const unfinished = page.locator('svg[data-chart="distance"] [data-unfinished="true"]');
    expect(await unfinished.count()).toBe(1);
    expect(await unfinished.textContent()).toBe('this week so far');
    // The label is painted inside the chart, not clipped off its right edge.
    const label = await unfinished.locator('text').boundingBox();
    const chart = await page.locator('svg[data-chart="distance"]').boundingBox();
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBeLessThanOrEqual(
      (chart?.x ?? 0) + (chart?.width ?? 0) + 1,
    );
    // Same x scale: each dot sits within its week's bar, on screen.
    expect(await dotsUnderTheirBars()).toEqual([]);
    const distanceText = (await page.locator('#chart-distance-summary').textContent()) ?? '';
    expect(distanceText).toMatch(
      /^Over the last 12 weeks \(from .+\) you ran [\d.]+ km in \d+ runs\./,
    );
    expect(distanceText).toMatch(/This week so far \([1-7] of 7 days\): [\d.]+ km in \d+ runs?\.$/);
    // Figure and summary agree: as many dots as runs with a score, the blank ones named.
    const dots = await page.locator('svg[data-chart="pain"] circle').count();
    const painText = (await page.locator('#chart-pain-summary').textContent()) ?? '';
    const blanks = Number(/(\d+) runs? ha(?:s|ve) no pain score/.exec(painText)?.[1] ?? 0);
    const runs = Number(/in (\d+) runs\./.exec(distanceText)?.[1]);
    expect(dots + blanks).toBe(runs);
    // With 22 scored runs on each surface the journal compares them.
    expect(await page.locator('#chart-surface-summary').textContent()).toMatch(
      /^Pain was (highest on|about the same)/,
    );
    expect(await seriousViolations(page, '.j-charts')).toEqual([]);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page
        .locator('.j-timeline')
        .screenshot({ path: `${SCREENSHOT_DIR}/journal-charts-${theme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('names each chart and points to its summary for screen readers, reached by keyboard', async () => {
    await page.getByRole('tab', { name: 'Log run' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('journal-tab-charts');
    await page.locator('svg[data-chart="pain"]').waitFor();
    const distance = page.getByRole('img', { name: /^Distance per week in km, last 12 weeks$/ });
    const pain = page.getByRole('img', {
      name: /^Worst pain of each run, 0 to 10, last 12 weeks$/,
    });
    expect(await distance.getAttribute('aria-describedby')).toBe('chart-distance-summary');
    expect(await pain.getAttribute('aria-describedby')).toBe('chart-pain-summary');
    // The summaries are ordinary text too, so reading on reaches them.
    expect(await page.locator('#chart-distance-summary').isVisible()).toBe(true);
  });

  it('reflows at 360 px and at 200% zoom, and follows miles', async () => {
    for (const width of [360, 320, 180]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await sidewaysOverflow(), `${width} px`).toBeLessThanOrEqual(0);
      expect(await dotsUnderTheirBars(), `${width} px`).toEqual([]);
    }
    // 200% zoom of a 360 px sidebar leaves 180 CSS pixels.
    await page.locator('.j-timeline').screenshot({
      path: `${SCREENSHOT_DIR}/journal-charts-zoom200.png`,
    });
    await page.setViewportSize(SIDEBAR);
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { distanceUnit: 'mi' } }),
    );
    await expect
      .poll(() => page.locator('#chart-distance-summary').textContent())
      .toMatch(/you ran [\d.]+ mi in/);
    expect(await page.locator('svg[data-chart="distance"] title').textContent()).toBe(
      'Distance per week in mi, last 12 weeks',
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page
      .locator('.j-charts')
      .screenshot({ path: `${SCREENSHOT_DIR}/journal-charts-all-mi-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
