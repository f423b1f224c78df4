/**
 * `npm run bench:journal`: importing a five-year Strava export (2,000 activities).
 *
 * Builds the export once (FIT files written with the FIT SDK's encoder, a record every 3 s, each
 * gzipped as Strava stores them, with `activities.csv`) into bench-results/, then measures:
 * 1. reading it in Node with the same code the import worker runs (activities per second);
 * 2. importing it in real Chromium through the journal's file picker, with the built extension:
 *    the time to the result, and the sidebar page's frame times while the worker reads (the
 *    longest gap between animation frames shows whether the sidebar froze).
 * Needs `npm run build` first (the bench:journal script does it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { readImport } from '../platform/pages/activity-import/read-import';
import { CHROMIUM_PATH, extensionBrowserArgs } from '../tests/e2e/support/extension-browser';
import { fitActivity, stravaCsv } from '../tests/support/activity-files';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, process.env.HPG_OUT_DIR ?? '.output', 'chrome-mv3');
const OUT_DIR = join(ROOT, 'bench-results');
const COUNT = Number(process.env.BENCH_ACTIVITIES ?? 2000);
const ZIP_PATH = join(OUT_DIR, `strava-export-${COUNT}.zip`);

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

async function browserImport(): Promise<string> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hpg-bench-journal-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 360, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionBrowserArgs(EXTENSION_DIR, ''),
  });
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
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

const zip = exportZip();
console.log(await nodeThroughput(zip));
console.log(await browserImport());
