/**
 * Two sidebars open at once (two windows), in real Chromium with the built extension: a change
 * in one reaches the other without a reload, and a change made in one from a copy the other has
 * replaced since is refused and said so, so a restore is never undone by an edit, and a deleted
 * check can be put back with Undo. The pages must also load under the strict CSP with no
 * violation reported.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../knowledge/journal/backup';
import { addDays, localDate } from '../../knowledge/journal/stats';
import type { JournalRun } from '../../knowledge/journal/types';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';
import {
  browserForThisFile,
  EXTENSION_DIR,
  HOSTS,
  SIDEBAR_SIZE,
} from './support/extension-browser';
import { downloadFrom, restoreBackup } from './support/journal-backup';

const TODAY = localDate(new Date());
const day = (offset: number) => addDays(TODAY, offset);

const browser = browserForThisFile();
/** Console errors of every page this file opens (a CSP violation is reported there). */
const consoleErrors: string[] = [];

function run(id: number, date: string, distanceKm: number): JournalRun {
  const at = Date.parse(`${day(-1)}T12:00:00Z`);
  return {
    id,
    date,
    distanceKm,
    durationMin: null,
    surface: 'road',
    shoeId: null,
    warmedUp: true,
    stretchedAfter: false,
    limp: false,
    painCharacter: 'none',
    pain: { before: 0, during: 0, after: 0, nextMorning: null },
    zones: [],
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

function check(id: number, text: string): CheckRecord & { id: number } {
  return {
    id,
    at: Date.parse(`${day(-1)}T0${id}:00:00Z`),
    answers: {
      zones: ['outer-hip'],
      feelings: [],
      triggers: [],
      onset: null,
      redFlagAnswers: {},
      text,
    },
    topConditions: ['hip-bursitis'],
    redFlags: [],
  };
}

function backupFile(name: string, runs: JournalRun[], checks: (CheckRecord & { id: number })[]) {
  const backup = createBackup({ runs, shoes: [], checks }, new Date());
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

async function openSidebar(route: string): Promise<Page> {
  const page = await browser.openSidebarPage(route);
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(`${route}: ${message.text()}`);
  });
  await page.setViewportSize(SIDEBAR_SIZE);
  return page;
}

async function openJournal(): Promise<Page> {
  const page = await openSidebar('journal');
  await page.locator('form[aria-label="Log a run"]').waitFor();
  return page;
}

/** The runs a journal page lists, as `date km`, newest first. */
async function listedRuns(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Runs' }).click();
  return page
    .locator('.j-run')
    .evaluateAll((items) =>
      items.map((item) => `${(item as HTMLElement).dataset.date} ${item.textContent}`),
    );
}

/** What is stored, read straight from IndexedDB: `date km` per run, oldest first. */
async function storedRuns(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const request = indexedDB.open('hip-pain-guide');
        request.onsuccess = () => {
          const read = request.result.transaction('runs').objectStore('runs').getAll();
          read.onsuccess = () => {
            request.result.close();
            const runs = read.result as { date: string; distanceKm: number }[];
            done(runs.map((r) => `${r.date} ${r.distanceKm}`).sort());
          };
          read.onerror = () => fail(read.error);
        };
        request.onerror = () => fail(request.error);
      }),
  );
}

/** How many checks are stored, read straight from IndexedDB. */
async function storedCheckCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const request = indexedDB.open('hip-pain-guide');
        request.onsuccess = () => {
          const count = request.result.transaction('checks').objectStore('checks').count();
          count.onsuccess = () => {
            request.result.close();
            done(count.result);
          };
          count.onerror = () => fail(count.error);
        };
        request.onerror = () => fail(request.error);
      }),
  );
}

describe('two sidebars open at once', () => {
  it('never lets an edit in one undo a restore made in the other', async () => {
    const first = await openJournal();
    await restoreBackup(
      first,
      backupFile('before.json', [run(1, day(-3), 5), run(2, day(-2), 6)], [check(1, 'first')]),
    );
    const second = await openJournal();
    await expect.poll(async () => (await listedRuns(second)).length).toBe(2);

    // The runner starts editing the 5 km run in the second window...
    await second
      .locator(`.j-run[data-date="${day(-3)}"]`)
      .getByRole('button', { name: /^Edit the run/ })
      .click();
    await second.fill('#run-distanceKm', '9');

    // ...while the first window restores another backup, whose run 1 is a 12 km run.
    await first.getByRole('tab', { name: 'Backup' }).click();
    await first.setInputFiles(
      '#backup-file',
      backupFile('after.json', [run(1, day(-3), 12), run(2, day(-1), 4)], [check(1, 'first')]),
    );
    await first
      .getByText('This will replace 2 runs, 0 pairs of shoes and 1 symptom check stored now.')
      .waitFor();
    const safetyCopy = await downloadFrom(first, 'Replace with backup');
    expect(safetyCopy.suggestedFilename()).toBe(`hip-pain-guide-before-restore-${TODAY}.json`);
    await first.getByText('Backup restored: 2 runs').waitFor();

    // The edit from before the restore is refused, in words, and the restored data stays.
    await second.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => second.getByRole('alert').first().textContent())
      .toContain('This run was changed in another Hip Pain Guide window');
    expect(await storedRuns(first)).toEqual([`${day(-3)} 12`, `${day(-1)} 4`]);
    // The second window shows the restored runs without being reloaded.
    await expect
      .poll(async () => (await listedRuns(second)).map((item) => item.slice(0, 10)))
      .toEqual([day(-1), day(-3)]);
    await first.close();
    await second.close();
  });

  it('shows a check deleted in one window gone from the other, and back after Undo', async () => {
    const journal = await openJournal();
    await restoreBackup(
      journal,
      backupFile('checks.json', [run(1, day(-2), 5)], [check(1, 'one'), check(2, 'two')]),
    );
    await journal.close();
    const first = await openSidebar('history');
    const second = await openSidebar('history');
    const items = (page: Page) => page.locator('.history-item');
    await expect.poll(() => items(second).count()).toBe(2);

    await items(first)
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await first.getByText('Check deleted.').waitFor();
    await expect.poll(() => items(second).count()).toBe(1);

    await first.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => items(first).count()).toBe(2);
    await expect.poll(() => items(second).count()).toBe(2);
    await first.close();
    await second.close();
  });

  it('never brings back a check deleted in the other window when its answers change', async () => {
    const checker = await openSidebar('check');
    await checker.getByLabel('Front of hip').check();
    await checker.locator('.save-status', { hasText: /^Saved to your history at/ }).waitFor();

    const history = await openSidebar('history');
    const items = history.locator('.history-item');
    await items.first().waitFor();
    const before = await items.count();
    // Newest first: the check the other window has just saved.
    await items
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => items.count()).toBe(before - 1);

    await checker.getByLabel('Lifting the knee').check();
    await expect
      .poll(() => checker.locator('.save-bar [role="alert"]').textContent())
      .toBe(
        'This check was deleted in another Hip Pain Guide window, so your change was not saved.',
      );
    expect(await storedCheckCount(history)).toBe(before - 1);
    expect(await items.count()).toBe(before - 1);
    await checker.close();
    await history.close();
  });

  it('loads every page under the strict CSP, which refuses any connection', async () => {
    const summary = await browser.context.newPage();
    summary.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(`summary: ${message.text()}`);
    });
    await summary.goto(`chrome-extension://${browser.extensionId}/journal-summary.html`);
    await summary.locator('.cs-print').waitFor();
    // Every sidebar and summary page opened in this file loaded without a CSP violation.
    expect(consoleErrors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);

    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    expect(manifest.content_security_policy?.extension_pages).toBe(
      "default-src 'self'; script-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    // A page of ours cannot connect to any server, even one that answers (the fixture server).
    // (Chromium lets extension pages read their own files whatever the policy says.)
    const fetched = await summary.evaluate(
      (url) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => 'fetched',
          () => 'refused',
        ),
      browser.url(HOSTS.runnersWorld, 'article.html'),
    );
    expect(fetched).toBe('refused');
    await summary.close();
  });
});
