/**
 * The quick log and the morning question in real Chromium with the built extension: after a
 * first run, a run is logged with three taps (pain during, after, where) and Save, the details
 * folded; yesterday's run gets its next-morning pain from the banner when the journal is next
 * opened; the episode a painful run starts; a backup merged after a preview, then undone.
 * Screenshots of the quick log, the banner, the episode and the merge at 360 px in both themes.
 */
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../knowledge/journal/backup';
import { addDays, localDate } from '../../knowledge/journal/stats';
import { browserForThisFile, SCREENSHOT_DIR, SIDEBAR_SIZE } from './support/extension-browser';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const THEMES = ['light', 'dark'] as const;
const YESTERDAY = addDays(localDate(new Date()), -1);

const browser = browserForThisFile();

beforeAll(async () => {
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { distanceUnit: 'km' } }),
  );
});

async function openJournal(): Promise<Page> {
  const page = await browser.openSidebarPage('journal');
  await page.setViewportSize(SIDEBAR_SIZE);
  await page.locator('form[aria-label="Log a run"]').waitFor();
  return page;
}

async function screenshots(page: Page, selector: string, name: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.locator(selector).screenshot({ path: `${SCREENSHOT_DIR}/${name}-${theme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the quick log', () => {
  it('asks for the distance on the first run, then logs pain in three taps and "Same as last run"', async () => {
    const first = await openJournal();
    // No last run to suggest: the details are open and the distance is typed once.
    await first.fill('#run-date', YESTERDAY);
    await first.fill('#run-distanceKm', '8');
    await first.getByLabel('Road or concrete', { exact: true }).check();
    await first.getByRole('button', { name: 'Save run' }).click();
    await first.locator('[data-journal-status]', { hasText: 'Saved: 8 km' }).waitFor();
    await first.close();

    const page = await openJournal();
    expect(await page.locator('#run-distanceKm').isVisible()).toBe(false);
    // Nothing is filled in from the last run: it is offered, and I choose it.
    expect(await page.inputValue('#run-distanceKm')).toBe('');
    expect(await page.locator('input[name="run-surface"]:checked').count()).toBe(0);
    const same = page.getByLabel('Same as last run: 8 km, road or concrete');
    expect(await same.isChecked()).toBe(false);
    await page
      .getByRole('group', { name: /^Pain during the run/ })
      .getByText('4')
      .click();
    await page.getByRole('group', { name: 'Pain after the run' }).getByText('3').click();
    await page.getByLabel('Outer hip', { exact: true }).check();
    await same.check();
    await expect
      .poll(() => page.locator('details.j-details > summary').textContent())
      .toMatch(/\(now: today, 8 km, road or concrete\)$/);
    await screenshots(page, 'form[aria-label="Log a run"]', 'journal-quick-log');
    // 200% zoom of a 360 px panel: the suggestion wraps, nothing scrolls sideways.
    await page.setViewportSize({ width: 180, height: 400 });
    await page.locator('.j-same-as-last').scrollIntoViewIfNeeded();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/journal-quick-log-zoom200.png` });
    await page.setViewportSize(SIDEBAR_SIZE);
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.locator('[data-journal-status]', { hasText: 'Saved: 8 km' }).waitFor();
    await page.getByRole('tab', { name: 'Runs' }).click();
    await expect
      .poll(() => page.locator('.j-run').first().textContent())
      .toContain('4 during, 3 after');
    await page.close();
  });

  it('asks how the hip feels this morning for yesterday’s run, and saves one tap', async () => {
    const page = await openJournal();
    const prompt = page.locator('[data-morning-prompt]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(
      "How does your hip feel this morning? (yesterday's 8 km run)",
    );
    await screenshots(page, '[data-morning-prompt]', 'journal-morning-prompt');
    await prompt.getByText('2', { exact: true }).click();
    await prompt.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Runs' }).click();
    await expect
      .poll(() => page.locator(`.j-run[data-date="${YESTERDAY}"]`).textContent())
      .toContain('next morning 2');
    await page.close();
  });

  it('shows the episode the painful run started, with what changed before the pain', async () => {
    const page = await openJournal();
    await page.getByRole('tab', { name: 'Runs' }).click();
    const episode = page.locator(`[data-episode="${localDate(new Date())}"]`);
    await episode.waitFor();
    expect(await episode.textContent()).toContain('What changed before the pain');
    await screenshots(page, `[data-episode="${localDate(new Date())}"]`, 'journal-episode');
    await page.close();
  });

  it('merges a backup after showing what it adds, and undoes it', async () => {
    const page = await openJournal();
    await page.getByRole('tab', { name: 'Runs' }).click();
    await page.locator('.j-run').first().waitFor();
    const before = await page.locator('.j-run').count();
    const at = Date.now();
    const backup = createBackup(
      {
        runs: [
          {
            id: 1,
            date: addDays(YESTERDAY, -2),
            distanceKm: 6,
            durationMin: null,
            surface: 'grass',
            shoeId: null,
            warmedUp: true,
            stretchedAfter: false,
            limp: false,
            painCharacter: null,
            pain: { before: null, during: 1, after: null, nextMorning: null },
            zones: [],
            notes: 'Logged on the laptop',
            createdAt: at - 1000,
            updatedAt: at - 1000,
          },
        ],
        shoes: [],
        checks: [],
      },
      new Date(),
    );
    await page.getByRole('tab', { name: 'Backup' }).click();
    await page.setInputFiles('#backup-file', {
      name: 'laptop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const preview = page.locator('[data-merge-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('1 run to add, 0 to update');
    const pick = () =>
      page.setInputFiles('#backup-file', {
        name: 'laptop.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup)),
      });
    const runCount = async () => {
      await page.getByRole('tab', { name: 'Runs' }).click();
      await page.locator('.j-run').first().waitFor();
      const count = await page.locator('.j-run').count();
      await page.getByRole('tab', { name: 'Backup' }).click();
      return count;
    };
    await page.getByRole('button', { name: 'Merge into my journal' }).click();
    const notice = page.locator('[data-backup-notice]');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^Backup merged: 1 run added, 0 updated;/);
    await screenshots(page, '.j-panel', 'journal-merge-undo');
    await page.getByRole('button', { name: 'Undo restore' }).click();
    await expect
      .poll(() => notice.textContent())
      .toBe('Restore undone: the journal is as it was before.');
    expect(await runCount()).toBe(before);

    // Merged for good, the same file then holds nothing new.
    await pick();
    await page.getByRole('button', { name: 'Merge into my journal' }).click();
    await expect.poll(() => notice.textContent()).toMatch(/^Backup merged/);
    expect(await runCount()).toBe(before + 1);
    await pick();
    await expect
      .poll(() => preview.textContent())
      .toContain('it holds nothing that is not already here');
    await page.close();
  });
});
