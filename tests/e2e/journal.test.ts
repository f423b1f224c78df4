/**
 * The run journal in real Chromium with the built extension: runs logged through the form on the
 * sidebar page, warnings and charts, edit and delete, export then import (a damaged file changes
 * nothing), data that survives a page reload and an extension reload, the clinician summary, and
 * screenshots of every journal view at sidebar width in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../knowledge/journal/backup';
import { shortDate } from '../../knowledge/journal/rules';
import { addDays, localDate } from '../../knowledge/journal/stats';
import type { JournalRun, SurfaceId } from '../../knowledge/journal/types';
import { seriousViolations } from './support/axe';
import {
  browserForThisFile,
  enableDeveloperMode,
  reloadExtension,
  SCREENSHOT_DIR,
  SIDEBAR_SIZE,
} from './support/extension-browser';
import { downloadFrom, restoreBackup } from './support/journal-backup';

// Code passed to `serviceWorker.evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

const THEMES = ['light', 'dark'] as const;
const TODAY = localDate(new Date());
const day = (offset: number) => addDays(TODAY, offset);

const browser = browserForThisFile();

/**
 * Ten weeks of running as a backup file: 32 runs that build from 5 to 10 km, three pairs of shoes
 * (one retired), outer-hip aches early on and groin pain that rises over the last runs.
 */
function longHistory(): Buffer {
  const surfaces: SurfaceId[] = ['road', 'trail', 'asphalt', 'grass', 'road', 'track', 'treadmill'];
  const runs: JournalRun[] = Array.from({ length: 32 }, (_, age) => {
    const surface = surfaces[age % surfaces.length] ?? 'road';
    const recent = age < 6;
    const peak = recent ? 5 - Math.floor(age / 2) : 1 + (age % 3 === 0 ? 1 : 0);
    const at = Date.now() - age * 86_400_000;
    return {
      id: 100 + age,
      date: day(-Math.round(age * 2.2)),
      distanceKm: Math.round((10 - age * 0.16) * 10) / 10,
      durationMin: age % 4 === 0 ? null : Math.round((10 - age * 0.16) * 5.8),
      surface,
      shoeId: age > 24 ? 3 : surface === 'trail' ? 2 : 1,
      warmedUp: age % 3 !== 1,
      stretchedAfter: age % 2 === 0,
      limp: age === 3,
      painCharacter: recent ? 'ache' : peak > 1 ? 'ache' : 'none',
      pain: {
        before: recent ? 1 : 0,
        during: peak,
        after: Math.max(0, peak - 1),
        nextMorning: age === 0 ? null : Math.max(0, peak - 2),
      },
      zones: recent ? ['groin'] : peak > 1 ? ['outer-hip'] : [],
      notes: age === 2 ? 'Hills, "felt it" on the way down' : '',
      createdAt: at,
      updatedAt: at,
    };
  });
  const created = Date.now() - 90 * 86_400_000;
  const backup = createBackup(
    {
      runs,
      shoes: [
        { id: 1, name: 'Blue Pegasus', startKm: 420, retired: false, createdAt: created },
        { id: 2, name: 'Trail Speedgoat', startKm: 0, retired: false, createdAt: created },
        { id: 3, name: 'Old Cloudflow', startKm: 760, retired: true, createdAt: created },
      ],
      checks: [],
    },
    new Date(),
  );
  return Buffer.from(JSON.stringify(backup));
}

/**
 * A journal with several things to look at and none that says stop: outer-hip pain of 7/10 on a
 * run half as long again as the month's longest, worse the next morning, in a worn pair.
 */
function alertsBackup(): Buffer {
  const at = Date.now();
  const run = (id: number, offset: number, km: number, pain: JournalRun['pain']): JournalRun => ({
    id,
    date: day(offset),
    distanceKm: km,
    durationMin: null,
    surface: 'trail',
    shoeId: 1,
    warmedUp: true,
    stretchedAfter: true,
    limp: false,
    painCharacter: 'ache',
    pain,
    zones: ['outer-hip'],
    notes: '',
    createdAt: at + id,
    updatedAt: at + id,
  });
  const backup = createBackup(
    {
      runs: [
        run(1, -20, 8, { before: 0, during: 1, after: 1, nextMorning: 0 }),
        run(2, -10, 8, { before: null, during: 2, after: null, nextMorning: null }),
        run(3, -2, 12, { before: 2, during: 7, after: 6, nextMorning: 4 }),
      ],
      shoes: [{ id: 1, name: 'Blue Pegasus', startKm: 850, retired: false, createdAt: at }],
      checks: [],
    },
    new Date(),
  );
  return Buffer.from(JSON.stringify(backup));
}

beforeAll(async () => {
  // These flows are written in km; unchosen, the unit follows the browser's language (en-US: miles).
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { distanceUnit: 'km' } }),
  );
});

async function openJournal(theme: (typeof THEMES)[number] = 'light'): Promise<Page> {
  const page = await browser.openSidebarPage('journal');
  await page.setViewportSize(SIDEBAR_SIZE);
  await page.emulateMedia({ colorScheme: theme });
  await page.locator('form[aria-label="Log a run"]').waitFor();
  return page;
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

interface RunInput {
  date: string;
  km: string;
  surface?: string;
  /** A pair already in the journal, by name: nothing is carried over from the last run. */
  shoes?: string;
  newShoe?: { name: string; km: string };
  zones?: string[];
  pain?: { before?: string; during?: string; after?: string };
  feel?: string;
}

/** Unfolds the log form's "More details" (folded once there is a last run to suggest). */
async function openDetails(page: Page): Promise<void> {
  const details = page.locator('details.j-details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

/** Logs a run through the form, the way a runner would, and waits for "Saved". */
async function logRun(page: Page, run: RunInput): Promise<void> {
  await tab(page, 'Log run');
  await openDetails(page);
  await page.fill('#run-date', run.date);
  await page.fill('#run-distanceKm', run.km);
  if (run.surface) await page.getByLabel(run.surface, { exact: true }).check();
  if (run.shoes) {
    const pair = page.locator('#run-shoeId option', { hasText: run.shoes });
    await page.selectOption('#run-shoeId', (await pair.getAttribute('value')) ?? '');
  }
  if (run.newShoe) {
    await page.selectOption('#run-shoeId', 'new');
    await page.fill('#run-newShoeName', run.newShoe.name);
    await page.fill('#run-newShoeKm', run.newShoe.km);
  }
  for (const zone of run.zones ?? []) await page.getByLabel(zone, { exact: true }).check();
  const { before, during, after } = run.pain ?? {};
  if (before) await page.getByLabel('Before', { exact: true }).fill(before);
  // During and after are 0–10 chips at the top of the form.
  if (during) await page.locator(`input[name="run-painDuring"][value="${during}"]`).check();
  if (after) await page.locator(`input[name="run-painAfter"][value="${after}"]`).check();
  if (run.feel) await page.getByLabel(run.feel, { exact: true }).check();
  await page.getByRole('button', { name: 'Save run' }).click();
  const km = run.km.replace(',', '.');
  await page.locator('[data-journal-status]', { hasText: `Saved: ${km} km` }).waitFor();
}

async function runDates(page: Page): Promise<string[]> {
  await tab(page, 'Runs');
  return page
    .locator('.j-run')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.date ?? ''));
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

describe('the run journal in Chromium', () => {
  let page: Page;
  let backupPath = '';

  it('logs runs through the form, with a new pair of shoes', async () => {
    page = await openJournal();
    // Nothing logged: nothing to flag, and it says this is not the same as safe to run.
    expect(await page.locator('[data-journal-no-warnings]').textContent()).toContain(
      "This can't tell you it's safe to run",
    );
    await page
      .locator('.j-alerts')
      .screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-none-light.png` });
    await logRun(page, {
      date: day(-9),
      km: '6',
      newShoe: { name: 'Blue Pegasus', km: '540' },
      zones: ['Groin / inner hip'],
      pain: { before: '1', during: '2', after: '2' },
    });
    await logRun(page, {
      date: day(-6),
      km: '8',
      surface: 'Asphalt',
      shoes: 'Blue Pegasus',
      zones: ['Groin / inner hip'],
      pain: { before: '1', during: '3', after: '3' },
      feel: 'Dull ache',
    });
    await logRun(page, {
      date: day(-2),
      km: '10,5',
      surface: 'Road or concrete',
      shoes: 'Blue Pegasus',
      zones: ['Groin / inner hip'],
      pain: { before: '1', during: '5', after: '4' },
      feel: 'Started as an ache, turned sharp',
    });
    expect(await runDates(page)).toEqual([day(-2), day(-6), day(-9)]);
    await expect
      .poll(() => page.locator('.j-shoes li').first().textContent())
      .toContain('Blue Pegasus · 564.5 km · 3 runs');
    // The fresh form's pain boxes are blank, never a pre-filled 0.
    await tab(page, 'Log run');
    for (const id of ['painBefore', 'painNextMorning']) {
      expect(await page.inputValue(`#run-${id}`), id).toBe('');
    }
    for (const name of ['run-painDuring', 'run-painAfter']) {
      expect(await page.locator(`input[name="${name}"]:checked`).count(), name).toBe(0);
    }
  });

  it('shows an error next to the field instead of saving a wrong run', async () => {
    await tab(page, 'Log run');
    await openDetails(page);
    await page.fill('#run-distanceKm', '');
    await page.getByRole('button', { name: 'Save run' }).click();
    await expect
      .poll(() => page.locator('#run-distanceKm-error').textContent())
      .toBe('Enter the distance in km, more than 0.');
    // Focus moves after the error renders: wait for it rather than read it once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('run-distanceKm');
  });

  it('speaks up about bone stress alone, with the reason and a link to the guide', async () => {
    const bone = page.locator('[data-rule="bone-stress"]');
    await bone.waitFor();
    expect(await bone.textContent()).toContain(
      `Your groin / inner hip pain rose from 3 out of 10 on ${shortDate(day(-6))} (8 km, asphalt) to 5 on ${shortDate(day(-2))}`,
    );
    expect(await bone.locator('h3').textContent()).toBe(
      'See a professionalStop running and get seen today: possible bone stress',
    );
    expect(await bone.getByRole('link').getAttribute('href')).toBe('#/condition/stress-fracture');
    // The sharp groin pain, the longer run and the worn pair would all say "run on, but less":
    // beside "stop running and get seen today" they are left out, so nothing is folded either.
    expect(await page.locator('.j-warning').count()).toBe(1);
    expect(await page.locator('details.j-more').count()).toBe(0);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page
        .locator('.j-alerts')
        .screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-bone-${theme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('draws the charts with a text summary each', async () => {
    await tab(page, 'Charts');
    await page.locator('svg[data-chart="pain"]').waitFor();
    expect(await page.locator('svg[data-chart="pain"] circle').count()).toBe(3);
    expect(await page.locator('#chart-distance-summary').textContent()).toMatch(
      /you ran 24\.5 km in 3 runs/,
    );
    // Three runs are too few to say anything about surfaces or shoes, and the journal says so.
    expect(await page.locator('#chart-surface-summary').textContent()).toMatch(
      /^Too few runs yet to compare surfaces/,
    );
    expect(await page.locator('#chart-shoe-summary').textContent()).toBe(
      'Blue Pegasus: 564.5 km, 3 runs with a pain score: too few yet to say anything about pain in them.',
    );
  });

  it('edits a run and fills in the next morning later', async () => {
    await tab(page, 'Runs');
    await page.getByRole('button', { name: 'Add next-morning pain' }).first().click();
    await page.locator('form[aria-label="Edit run"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('run-painNextMorning');
    await page.fill('#run-painNextMorning', '3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const newest = page.locator('.j-run').first();
    await expect.poll(() => newest.textContent()).toContain('next morning 3');
    // Worse than before the run, but with groin pain rising the one alert stays "get seen today".
    expect(await page.locator('.j-warning').getAttribute('data-rule')).toBe('bone-stress');
  });

  it('deletes a run after asking once', async () => {
    await logRun(page, { date: day(0), km: '3' });
    expect(await runDates(page)).toHaveLength(4);
    // Logged without pain scores: shown as not noted, never as 0.
    expect(await page.locator(`.j-run[data-date="${day(0)}"]`).textContent()).toContain(
      'Pain before not noted, during not noted, after not noted',
    );
    await page
      .locator(`.j-run[data-date="${day(0)}"]`)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => runDates(page)).toEqual([day(-2), day(-6), day(-9)]);
  });

  it('exports a backup and the runs as CSV', async () => {
    await tab(page, 'Backup');
    const backup = await downloadFrom(page, 'Export backup (JSON)');
    expect(backup.suggestedFilename()).toBe(`hip-pain-guide-backup-${TODAY}.json`);
    backupPath = resolve(SCREENSHOT_DIR, '..', 'journal-backup.json');
    await backup.saveAs(backupPath);
    const saved = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      formatVersion: number;
      runs: unknown[];
      shoes: unknown[];
    };
    expect(saved.formatVersion).toBe(1);
    expect(saved.runs).toHaveLength(3);
    expect(saved.shoes).toHaveLength(1);

    const csv = await downloadFrom(page, 'Export runs (CSV)');
    const csvPath = resolve(SCREENSHOT_DIR, '..', 'journal-runs.csv');
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFdate,distance_km,duration_min,surface,shoes,warmed_up,stretched_after,limp,pain_character,pain_before,pain_during,pain_after,pain_next_morning,where_it_hurt,notes',
    );
    expect(lines).toHaveLength(5);
    // The oldest run's feel and next morning were never given: empty cells, not "No pain" or 0.
    // Every text cell is quoted; a cell left empty (null) stays bare.
    expect(lines[1]).toMatch(/,"no",,1,2,2,,"Groin \/ inner hip",""$/);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    await tab(page, 'Backup');
    await page.setInputFiles('#backup-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"hip-pain-guide-backup","formatVersion":1,"shoes":[],"runs":[{"id":1}]}',
      ),
    });
    const error = page.locator('#backup-file-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'This backup is damaged and was not imported. Run 1: "date" must be text. Nothing was changed.',
    );
    expect(await runDates(page)).toHaveLength(3);
  });

  it('imports a backup after asking, replacing the journal', async () => {
    // Change the journal, then restore the backup taken before the change.
    await logRun(page, { date: day(-1), km: '4' });
    expect(await runDates(page)).toHaveLength(4);
    await tab(page, 'Backup');
    await page.setInputFiles('#backup-file', backupPath);
    await page.getByText('holds 3 runs, 1 pair of shoes and 0 symptom checks').waitFor();
    await page
      .getByText('This will replace 4 runs, 1 pair of shoes and 0 symptom checks')
      .waitFor();
    // A copy of what is stored now is downloaded before anything is replaced.
    const safetyCopy = await downloadFrom(page, 'Replace with backup');
    expect(safetyCopy.suggestedFilename()).toBe(`hip-pain-guide-before-restore-${TODAY}.json`);
    await page
      .getByText('Backup restored: 3 runs, 1 pair of shoes and 0 symptom checks.')
      .waitFor();
    expect(await runDates(page)).toEqual([day(-2), day(-6), day(-9)]);
  });

  it('keeps everything across a page reload', async () => {
    await page.reload();
    await page.locator('form[aria-label="Log a run"]').waitFor();
    expect(await runDates(page)).toEqual([day(-2), day(-6), day(-9)]);
  });

  it('keeps everything across an extension reload (an update)', async () => {
    await enableDeveloperMode(browser.context);
    await reloadExtension(browser);
    page = await openJournal();
    expect(await runDates(page)).toEqual([day(-2), day(-6), day(-9)]);
    await page.locator('[data-rule="bone-stress"]').waitFor();
  });

  it('imports a longer history', async () => {
    await restoreBackup(
      page,
      { name: 'ten-weeks.json', buffer: longHistory() },
      'Backup restored: 32 runs,',
    );
  });

  it('prints a clinician summary only when asked, with the latest symptom check', async () => {
    // A saved symptom check, as the sidebar's checker stores it.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('hip-pain-guide');
          request.onsuccess = () => {
            const tx = request.result.transaction('checks', 'readwrite');
            tx.objectStore('checks').add({
              at: Date.now(),
              answers: {
                zones: ['groin'],
                feelings: [],
                triggers: [],
                onset: null,
                redFlags: ['bone-stress'],
                text: '',
              },
              topConditions: ['stress-fracture'],
              redFlags: ['bone-stress'],
            });
            tx.oncomplete = () => {
              request.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    for (const theme of THEMES) {
      const summary = await browser.context.newPage();
      await summary.addInitScript(() => {
        const counter = window as unknown as { printed: number };
        counter.printed = 0;
        window.print = () => {
          counter.printed += 1;
        };
      });
      await summary.setViewportSize({ width: 820, height: 1160 });
      await summary.emulateMedia({ colorScheme: theme });
      await summary.goto(`chrome-extension://${browser.extensionId}/journal-summary.html`);
      await summary.locator('.cs-print').waitFor();
      expect(await summary.locator('[data-flag="bone-stress"]').textContent()).toContain(
        'Reported:',
      );
      expect(await summary.locator('.cs-table:not(.cs-weeks) tbody tr').count()).toBe(10);
      expect(await summary.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
        0,
      );
      await summary.screenshot({
        path: `${SCREENSHOT_DIR}/journal-summary-${theme}.png`,
        fullPage: true,
      });
      await summary.locator('.cs-print').click();
      expect(await summary.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
        1,
      );
      if (theme === 'light') {
        await summary.emulateMedia({ media: 'print' });
        // The printable area at 96 px per inch, less 12 mm margins: A4 is 703 px wide (the
        // narrower), US Letter 964 px tall (the shorter); the page must fit both.
        await summary.setViewportSize({ width: 703, height: 964 });
        const height = await summary.evaluate(
          () => document.querySelector('.clinician-summary')?.getBoundingClientRect().bottom ?? 0,
        );
        console.log(`Clinician summary in print: ${Math.round(height)} of 964 px`);
        expect(height).toBeLessThanOrEqual(964);
        await summary.screenshot({
          path: `${SCREENSHOT_DIR}/journal-summary-print.png`,
          fullPage: true,
        });
        const pdf = await summary.pdf({ format: 'A4' });
        // One page: a PDF has one "/Type /Page" object per page.
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      }
      await summary.close();
    }
  });

  it('passes axe and reflows at 320 px on every tab, in both themes (screenshots)', async () => {
    for (const theme of THEMES) {
      const themed = await openJournal(theme);
      for (const [name, label] of [
        ['log', 'Log run'],
        ['runs', 'Runs'],
        ['charts', 'Charts'],
        ['backup', 'Backup'],
      ] as const) {
        await tab(themed, label);
        await themed.setViewportSize(SIDEBAR_SIZE);
        expect(await seriousViolations(themed, '.journal'), `${name} ${theme}`).toEqual([]);
        // Screens show the tab's own content: scroll the tabs to the top.
        await themed.locator('.j-tabs').evaluate((tabs) => tabs.scrollIntoView());
        await themed.screenshot({ path: `${SCREENSHOT_DIR}/journal-${name}-${theme}.png` });
        await themed.screenshot({
          path: `${SCREENSHOT_DIR}/journal-${name}-${theme}-full.png`,
          fullPage: true,
        });
        await themed.setViewportSize({ width: 320, height: 700 });
        expect(await sidewaysOverflow(themed), `${name} at 320 px`).toBeLessThanOrEqual(0);
      }
      await themed.close();
    }
  });

  it('shows the most severe alert first and folds the rest (light, dark, 200% zoom)', async () => {
    page = await openJournal();
    await restoreBackup(
      page,
      { name: 'alerts.json', buffer: alertsBackup() },
      'Backup restored: 3 runs,',
    );

    const first = page.locator('.j-alerts > .j-warning');
    await expect.poll(() => first.getAttribute('data-rule')).toBe('pain-too-high');
    expect(await first.textContent()).toContain(
      `On ${shortDate(day(-2))} (12 km, trail) your pain was 7 during it and 6 after it, out of 10.`,
    );
    const more = page.locator('details.j-more');
    const folded = await more.locator('li.j-warning').count();
    expect(folded).toBeGreaterThanOrEqual(3);
    expect(await more.locator('summary').textContent()).toBe(`${folded} more things to look at`);
    // Folded: the rest are out of sight until asked for.
    expect(await more.locator('li.j-warning').first().isVisible()).toBe(false);
    const rules = await more
      .locator('li.j-warning')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule));
    expect(rules).toEqual(
      expect.arrayContaining(['worse-next-morning', 'run-spike', 'worn-shoes']),
    );

    await page.locator('.j-alerts').scrollIntoViewIfNeeded();
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page
        .locator('.j-alerts')
        .screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-${theme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // 200% zoom of a 360 px sidebar leaves 180 CSS pixels: the first alert and the fold.
    await page.setViewportSize({ width: 180, height: 800 });
    expect(await sidewaysOverflow(page), 'alerts at 200% zoom').toBeLessThanOrEqual(0);
    await first.screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-zoom200.png` });
    await more.screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-fold-zoom200.png` });
    await page.setViewportSize(SIDEBAR_SIZE);

    await more.locator('summary').click();
    await expect.poll(() => more.locator('li.j-warning').first().isVisible()).toBe(true);
    expect(await seriousViolations(page, '.journal'), 'alerts open').toEqual([]);
    await more.screenshot({ path: `${SCREENSHOT_DIR}/journal-alert-open-light.png` });
  });
});
