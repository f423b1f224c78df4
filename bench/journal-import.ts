/**
 * `npm run bench:journal`: importing a five-year Strava export (2,000 activities), then opening
 * the journal with five years of runs in it (2,000).
 *
 * Builds the export once (FIT files written with the FIT SDK's encoder, a record every 3 s, each
 * gzipped as Strava stores them, with `activities.csv`) into bench-results/, then measures:
 * 1. reading it in Node with the same code the import worker runs (activities per second);
 * 2. importing it in real Chromium through the journal's file picker, with the built extension:
 *    the time to the result, and the sidebar page's frame times while the worker reads (the
 *    longest gap between animation frames shows whether the sidebar froze);
 * 3. opening the journal view over 2,000 runs (`five-year-journal.ts`) in real Chromium: from the
 *    route change to the first frame painted with the journal, then the Runs tab and the Charts
 *    tab from a click to their first painted frame; the median of 5 of each (`BENCH_RUNS`).
 * `BENCH_JOURNAL=view` runs only part 3, `BENCH_JOURNAL=import` only parts 1 and 2.
 * Needs `npm run build` first (the bench:journal script does it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { localDate } from '../knowledge/journal/stats';
import { readImport } from '../platform/pages/activity-import/read-import';
import { CHROMIUM_PATH, extensionBrowserArgs } from '../tests/e2e/support/extension-browser';
import { fitActivity, stravaCsv } from '../tests/support/activity-files';
import { fiveYearJournal } from './five-year-journal';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, process.env.HPG_OUT_DIR ?? '.output', 'chrome-mv3');
const OUT_DIR = join(ROOT, 'bench-results');
const COUNT = Number(process.env.BENCH_ACTIVITIES ?? 2000);
const ZIP_PATH = join(OUT_DIR, `strava-export-${COUNT}.zip`);
const REPEATS = Number(process.env.BENCH_RUNS ?? 5);
const PARTS = process.env.BENCH_JOURNAL ?? 'all';
/** The targets (#15, point 10). */
const OPEN_TARGET_MS = 200;
const CHARTS_TARGET_MS = 100;

/** Five years of running, most days, with a ride every fifth activity. */
function buildExport(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rows: { id: number; type: string; file: string }[] = [];
  const first = Date.UTC(2021, 0, 1, 6, 30);
  for (let index = 0; index < COUNT; index++) {
    const ride = index % 5 === 4;
    const minutes = 30 + (index % 60);
    const start = new Date(
      first + Math.floor((index * 5 * 365) / COUNT) * 86_400_000 + (index % 3) * 3600_000,
    );
    const bytes = fitActivity(
      [
        {
          sport: ride ? 'cycling' : 'running',
          startTime: start,
          distance: ride ? minutes * 450 : minutes * 180,
          timerTime: minutes * 60,
          ascent: index % 120,
        },
      ],
      0,
      minutes * 20,
    );
    const path = `activities/${1000 + index}.fit.gz`;
    files[path] = gzipSync(bytes);
    rows.push({ id: 1000 + index, type: ride ? 'Ride' : 'Run', file: path });
  }
  files['activities.csv'] = new TextEncoder().encode(stravaCsv(rows));
  // Strava's entries are gzipped already; the zip stores them as they are.
  return zipSync(files, { level: 0 });
}

function exportZip(): Uint8Array {
  if (existsSync(ZIP_PATH)) return new Uint8Array(readFileSync(ZIP_PATH));
  mkdirSync(OUT_DIR, { recursive: true });
  const started = performance.now();
  const zip = buildExport();
  writeFileSync(ZIP_PATH, zip);
  console.log(
    `Built ${ZIP_PATH} (${(zip.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return zip;
}

async function nodeThroughput(zip: Uint8Array): Promise<string> {
  const file = new File([new Uint8Array(zip)], 'export.zip');
  const started = performance.now();
  const reading = await readImport([file]);
  const seconds = (performance.now() - started) / 1000;
  const activities = reading.files.filter((outcome) => outcome.reading.ok).length;
  return `Node, same reader as the worker: ${activities} activities in ${seconds.toFixed(1)} s = ${(activities / seconds).toFixed(0)} activities/s`;
}

/** Headless Chromium at sidebar size with the built extension, and the extension's id. */
async function launchWithExtension(profilePrefix: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 360, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionBrowserArgs(EXTENSION_DIR, ''),
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { userDataDir, context, extensionId: new URL(worker.url()).host };
}

async function browserImport(): Promise<string> {
  const { userDataDir, context, extensionId } = await launchWithExtension('hpg-bench-journal-');
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#/journal`);
    await page.getByRole('tab', { name: 'Runs' }).click();
    await page.getByLabel('Activity files').waitFor();
    // Record every frame's gap while the import runs.
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      const gaps = [];
      let last = performance.now();
      const tick = (now) => {
        gaps.push(now - last);
        last = now;
        if (!document.querySelector('.j-import-summary')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      window.frameGaps = gaps;
    })()`);
    const started = Date.now();
    await page.getByLabel('Activity files').setInputFiles(ZIP_PATH);
    await page.locator('.j-import-summary').waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const summary = await page.locator('.j-import-summary').textContent();
    const gaps = (
      await page.evaluate(() => (window as unknown as { frameGaps: number[] }).frameGaps)
    ).sort((a, b) => a - b);
    const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0;
    const longest = gaps.at(-1) ?? 0;
    return [
      `Chromium, worker and save: ${COUNT} activities to the result in ${seconds.toFixed(1)} s = ${(COUNT / seconds).toFixed(0)} activities/s`,
      `  "${summary}"`,
      `  sidebar frames during the import: ${gaps.length}, p95 gap ${p95.toFixed(1)} ms, longest ${longest.toFixed(1)} ms`,
    ].join('\n');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function verdict(label: string, times: readonly number[], target: number): string {
  const value = median(times);
  return `  ${label}: median ${value.toFixed(0)} ms of ${times.length} (${times.map((time) => time.toFixed(0)).join(', ')}); target < ${target} ms: ${value < target ? 'holds' : 'does not hold'}`;
}

// In-page helpers, as a string: tsx would wrap named functions in a helper the page lacks.
// `settle` waits for the frame after the DOM matched `selector` to be produced (a frame, then a
// task), so a time includes the render and the layout and paint of that frame.
const PAGE_HELPERS = `(() => {
  const appears = (selector) => new Promise((done) => {
    if (document.querySelector(selector)) return done();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  window.benchTime = async (start, selector) => {
    await painted();
    const began = performance.now();
    start();
    await appears(selector);
    await painted();
    return performance.now() - began;
  };
})()`;

async function journalViewTimes(): Promise<string> {
  const { userDataDir, context, extensionId } =
    await launchWithExtension('hpg-bench-journal-view-');
  try {
    // The welcome page the install opens (it can come a moment after the worker) would sit in
    // front: a page behind it gets animation frames about once a second, which is what the
    // times would then measure. Wait for it and close it, as the browser tests do.
    const isWelcome = (candidate: { url(): string }) => candidate.url().endsWith('/welcome.html');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context
        .waitForEvent('page', { predicate: isWelcome, timeout: 15_000 })
        .catch(() => null));
    await welcome?.close();
    const page = await context.newPage();
    await page.bringToFront();
    const sidebar = `chrome-extension://${extensionId}/sidepanel.html`;
    // Open the journal once, so the database exists, then put five years of runs in it.
    await page.goto(`${sidebar}#/journal`);
    await page.locator('form[aria-label="Log a run"]').waitFor();
    const journal = fiveYearJournal(localDate(new Date()));
    await page.evaluate(
      `new Promise((done, fail) => {
        const request = indexedDB.open('hip-pain-guide');
        request.onsuccess = () => {
          const tx = request.result.transaction(['runs', 'shoes'], 'readwrite');
          for (const run of ${JSON.stringify(journal.runs)}) tx.objectStore('runs').put(run);
          for (const shoe of ${JSON.stringify(journal.shoes)}) tx.objectStore('shoes').put(shoe);
          tx.oncomplete = () => { request.result.close(); done(); };
          tx.onerror = () => fail(tx.error);
        };
        request.onerror = () => fail(request.error);
      })`,
    );
    const open: number[] = [];
    const runsTab: number[] = [];
    const charts: number[] = [];
    for (let round = 0; round < REPEATS; round++) {
      // A fresh page each round: nothing cached from the round before but the browser's own.
      await page.goto(`${sidebar}#/`);
      await page.locator('main, [role="main"], body').first().waitFor();
      await page.evaluate(PAGE_HELPERS);
      const tabs = '[role="tabpanel"] form[aria-label="Log a run"]';
      open.push(
        await page.evaluate(`benchTime(() => { location.hash = '#/journal'; }, '${tabs}')`),
      );
      runsTab.push(
        await page.evaluate(
          `benchTime(() => document.getElementById('journal-tab-runs').click(), '.j-runs')`,
        ),
      );
      charts.push(
        await page.evaluate(
          `benchTime(() => document.getElementById('journal-tab-charts').click(), 'svg[data-chart="pain"]')`,
        ),
      );
    }
    // The runs list's "Show older runs", once, on the last page: what a runner scrolling back
    // through the years waits for.
    await page.getByRole('tab', { name: 'Runs' }).click();
    await page.locator('.j-runs').waitFor();
    // The 21st newest run opens the second page (runs are generated in order, ids rising).
    const firstOlder = journal.runs[journal.runs.length - 21]?.id;
    const older = await page.evaluate(
      `benchTime(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Older runs').click(), '.j-run[data-run-id="${firstOlder}"]')`,
    );
    await page.getByRole('tab', { name: 'Charts' }).click();
    const shown = await page.locator('svg[data-chart="distance"] [data-week]').count();
    const visibility = await page.evaluate('document.visibilityState');
    const listed = await page.evaluate(
      `(document.getElementById('journal-tab-runs').click(), new Promise((done) => setTimeout(() => done(document.querySelectorAll('.j-run').length), 50)))`,
    );
    return [
      `Chromium, journal view over ${journal.runs.length} runs (${journal.runs[0]?.date} to ${journal.runs.at(-1)?.date}, ${journal.shoes.length} pairs of shoes):`,
      verdict('open the journal (route change to first painted frame)', open, OPEN_TARGET_MS),
      verdict('open the Runs tab (list, episodes, shoes)', runsTab, OPEN_TARGET_MS),
      verdict(
        'draw the charts (Charts tab click to first painted frame)',
        charts,
        CHARTS_TARGET_MS,
      ),
      `  turn to the next page of older runs (one press): ${(older as number).toFixed(0)} ms`,
      `  the charts showed ${shown} weeks; the runs list rendered ${listed} runs a page; the page was ${visibility}`,
    ].join('\n');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (PARTS !== 'view') {
  const zip = exportZip();
  console.log(await nodeThroughput(zip));
  console.log(await browserImport());
}
if (PARTS !== 'import') console.log(await journalViewTimes());
