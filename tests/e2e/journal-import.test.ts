/**
 * Importing activities in real Chromium with the built extension: a FIT, a TCX and a GPX file
 * picked together with a damaged FIT (the good ones go in, the bad one is named with its reason),
 * distances shown in miles and in km, importing the same files again adding nothing, a file
 * dropped on the panel, and "Add pain" opening the edit form. Screenshots of the panel with its
 * results in both themes.
 */
import { join } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../knowledge/journal/stats';
import { damagedFit, fitRun, gpxTrack, pointsNorth, tcxFile } from '../support/activity-files';
import { browserForThisFile, SCREENSHOT_DIR, SIDEBAR_SIZE } from './support/extension-browser';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const TODAY = localDate(new Date());
/** Noon on `daysAgo` days before today, local time, as ISO (so the local date is that day). */
function noonDaysAgo(daysAgo: number, minutes = 0): string {
  const at = new Date(`${addDays(TODAY, -daysAgo)}T12:00:00`);
  return new Date(at.getTime() + minutes * 60_000).toISOString().replace('.000', '');
}

const browser = browserForThisFile();

async function setUnit(unit: 'km' | 'mi'): Promise<void> {
  await browser.serviceWorker.evaluate(async (distanceUnit) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), distanceUnit },
    });
  }, unit);
}

async function openRuns(theme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.openSidebarPage('journal');
  await page.setViewportSize(SIDEBAR_SIZE);
  await page.emulateMedia({ colorScheme: theme });
  await page.getByRole('tab', { name: 'Runs' }).click();
  await page.getByLabel('Activity files').waitFor();
  return page;
}

const goodFiles = () => [
  {
    name: 'Morning_Run.fit',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(fitRun(noonDaysAgo(3), 10_000, 3000, 85)),
  },
  {
    name: 'tempo.tcx',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      tcxFile([{ sport: 'Running', startIso: noonDaysAgo(2), metres: 8046.72, seconds: 2400 }]),
    ),
  },
  {
    name: 'easy.gpx',
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(gpxTrack(pointsNorth(501, 10, noonDaysAgo(1)), 'running')),
  },
];

const damaged = {
  name: 'broken.fit',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(damagedFit(fitRun(noonDaysAgo(4), 5000, 1500))),
};

/** Each listed run's first line of numbers, newest first. */
async function runLines(page: Page): Promise<string[]> {
  return page.locator('.j-run > p:first-of-type').allTextContents();
}

describe('importing activities', () => {
  it('asks for miles or kilometres on first use, and keeps the choice', async () => {
    const page = await openRuns();
    const question = page.locator('[data-unit-choice]');
    // Headless Chromium speaks en-US, so miles are suggested.
    await expect.poll(() => question.locator('p').first().textContent()).toMatch(/in miles/);
    await question.getByRole('button', { name: 'Use kilometres' }).click();
    await expect.poll(() => question.count()).toBe(0);
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ distanceUnit: 'km' });
    await page.close();
  });

  it('adds the runs from good files, names the damaged one, and shows miles', async () => {
    await setUnit('mi');
    const page = await openRuns();
    await page.getByLabel('Activity files').setInputFiles([...goodFiles(), damaged]);
    const summary = page.locator('.j-import-summary');
    await expect
      .poll(() => summary.textContent())
      .toBe(
        'Added 3 runs. 1 file could not be read. Add how your hip felt with “Add pain” on each run.',
      );
    await expect
      .poll(() => page.locator('[data-import-group="failed"] li').allTextContents())
      .toEqual(['broken.fit: This file is damaged: its checksum does not match its contents.']);
    // A plain run's file does not say road, so no surface is shown for it.
    expect(await runLines(page)).toEqual([
      '3.11 mi · 83:20 min · 820 ft climbed',
      '5 mi · 40 min',
      '6.21 mi · 50 min · 279 ft climbed',
    ]);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page
        .locator('.j-import')
        .screenshot({ path: join(SCREENSHOT_DIR, `journal-import-results-${theme}.png`) });
    }
    await page.close();
  });

  it('adds nothing when the same files are imported again, and shows km when chosen', async () => {
    await setUnit('km');
    const page = await openRuns();
    await page.getByLabel('Activity files').setInputFiles(goodFiles());
    await expect
      .poll(() => page.locator('.j-import-summary').textContent())
      .toBe('No new runs were added. 3 runs were already in your journal.');
    expect(await runLines(page)).toEqual([
      '5 km · 83:20 min · 250 m climbed',
      '8.05 km · 40 min',
      '10 km · 50 min · 85 m climbed',
    ]);
    await page.close();
  });

  it('imports a file dropped on the panel', async () => {
    const page = await openRuns();
    const gpx = gpxTrack(pointsNorth(201, 10, noonDaysAgo(6)), 'running');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.gpx', { type: 'application/gpx+xml' }));
      return transfer;
    }, gpx);
    await page.locator('.j-import').dispatchEvent('drop', { dataTransfer });
    await expect
      .poll(() => page.locator('.j-import-summary').textContent())
      .toBe('Added 1 run. Add how your hip felt with “Add pain” on each run.');
    expect((await runLines(page)).at(-1)).toBe('2 km · 33:20 min · 100 m climbed');
    await page.close();
  });

  it('"Add pain" opens the edit form at the first pain box, and the run then shows its pain', async () => {
    const page = await openRuns();
    const newest = page.locator('.j-run').first();
    await expect.poll(() => newest.locator('.j-meta').textContent()).toMatch(/not added yet/);
    await newest.screenshot({ path: join(SCREENSHOT_DIR, 'journal-imported-run.png') });
    await newest.getByRole('button', { name: /^Add pain for the run of/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('run-painBefore');
    await page.fill('#run-painBefore', '1');
    await page.locator('input[name="run-painDuring"][value="3"]').check();
    await page.locator('input[name="run-painAfter"][value="2"]').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const updated = page.locator('.j-run').first();
    await expect
      .poll(() => updated.locator('.j-meta').first().textContent())
      .toMatch(/^Pain 1 before, 3 during, 2 after/);
    expect(await updated.getByRole('button', { name: /^Add pain/ }).count()).toBe(0);
    await page.close();
  });
});
