/**
 * `npx tsx bench/marks-timeline.ts`: when, in a load of the bench's article, each step before its
 * marks are painted happens, for this build and the builds in BENCH_BEFORE (comma-separated),
 * loaded one at a time: the content script's first task, each later task of the extension's
 * scripts (the gate, the injected explainer, its passes), and the first frame with marks. Times
 * are ms after the navigation started, medians of BENCH_RUNS (default 5) fresh tabs, each build's
 * tabs interleaved with the others'.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionBrowserArgs } from '../tests/e2e/support/extension-browser';
import { articlePage } from './generate-pages';
import { buildOnHost, startTrace } from './trace';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUILDS = ['.output', ...(process.env.BENCH_BEFORE?.split(',').filter(Boolean) ?? [])];
const HOSTS = ['www.letsrun.com', 'www.runnersworld.com', 'www.irunfar.com', 'www.strava.com'];

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main() {
  const html = articlePage();
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const dirs = BUILDS.map((build, i) =>
    buildOnHost(join(ROOT, build, 'chrome-mv3'), HOSTS[i] as string),
  );
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hpg-tl-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionBrowserArgs(dirs.join(','), HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')),
  });
  while (context.serviceWorkers().length < BUILDS.length)
    await context.waitForEvent('serviceworker');
  const rows: Record<string, Record<string, number[]>> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const [i, build] of BUILDS.entries()) {
      const page = await context.newPage();
      // tsx wraps named functions in `__name(...)`; give evaluated code that helper.
      await page.addInitScript('window.__name = (f) => f;');
      const cdp = await context.newCDPSession(page);
      const endTrace = await startTrace(cdp, 'devtools.timeline,blink.user_timing,loading');
      await page.goto(`http://${HOSTS[i]}:${port}/article`, { waitUntil: 'load' });
      const marksAt = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const check = () =>
              [...CSS.highlights.values()].some((h) => h.size > 0)
                ? done(performance.now())
                : requestAnimationFrame(check);
            check();
            setTimeout(() => done(Number.NaN), 5000);
          }),
      );
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      const events = await endTrace();
      const navStart = events.find(
        (e) => e.name === 'navigationStart' || e.name === 'NavigationStart',
      );
      const origin = navStart?.ts ?? 0;
      const ours = events
        .filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
        .sort((a, b) => a.ts - b.ts);
      // Outermost spans only.
      const spans: { at: number; ms: number; what: string }[] = [];
      let until = 0;
      for (const e of ours) {
        if (e.ts < until) continue;
        until = e.ts + (e.dur ?? 0);
        spans.push({
          at: (e.ts - origin) / 1000,
          ms: (e.dur ?? 0) / 1000,
          what: `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}`,
        });
      }
      rows[build] ??= {};
      const row = rows[build];
      const note = (key: string, value: number) => {
        row[key] ??= [];
        row[key].push(value);
      };
      note('DOMContentLoaded', timing.dcl);
      note('load', timing.load);
      const first = spans[0];
      note('content script starts', first?.at ?? Number.NaN);
      const explainer = spans.find((s) => s.what.includes('page-explainer'));
      note('explainer script runs', explainer?.at ?? Number.NaN);
      note(
        'our last task before marks',
        [...spans].filter((s) => s.at < marksAt).pop()?.at ?? Number.NaN,
      );
      note('tasks of ours before marks', spans.filter((s) => s.at < marksAt).length);
      note('marks painted', marksAt);
      if (run === 0) {
        console.log(`\n${build}, run 1: our tasks (start ms, wall ms)`);
        for (const s of spans.filter((s) => s.at < marksAt + 50)) {
          console.log(`  ${s.at.toFixed(1)} ${s.ms.toFixed(1)} ${s.what}`);
        }
        console.log(`  marks painted ${marksAt.toFixed(1)}`);
      }
      await cdp.detach();
      await page.close();
    }
  }
  const keys = Object.keys(rows[BUILDS[0] as string] ?? {});
  console.log(`\n| step (ms after navigation, medians of ${RUNS}) | ${BUILDS.join(' | ')} |`);
  console.log(`|---|${BUILDS.map(() => '---').join('|')}|`);
  for (const key of keys) {
    console.log(
      `| ${key} | ${BUILDS.map((b) => median(rows[b]?.[key] ?? []).toFixed(0)).join(' | ')} |`,
    );
  }
  await context.close();
  server.close();
}

await main();
