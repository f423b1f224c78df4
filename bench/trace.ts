/**
 * What the bench scripts share: a Chromium trace of what happens between two points and its
 * main thread's CPU, a median, the empty extension (the injection floor), settings written
 * into the extension, and a copy of a build that runs on one host only (so builds can load side
 * by side).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Worker } from 'playwright-core';

/** One event of a Chromium trace, with the fields the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread during the event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; frame?: string } };
}

/** Starts tracing `categories`; the function it returns ends the trace and gives its events. */
export async function startTrace(
  cdp: CDPSession,
  categories: string,
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) =>
    events.push(...(event.value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The median, the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The page's main thread in a trace (the thread that marked DOMContentLoaded): its complete
 * events in time order, with the DOMContentLoaded mark. Null when the load never got that far.
 */
export function mainThreadOf(
  events: readonly TraceEvent[],
): { loaded: TraceEvent; main: TraceEvent[] } | null {
  const loaded = events.find((e) => e.name === 'MarkDOMContent');
  if (!loaded) return null;
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === loaded.pid && e.tid === loaded.tid)
    .sort((a, b) => a.ts - b.ts);
  return { loaded, main };
}

/**
 * The tasks the main thread runs, outermost (see `cpuFromTrace` in `bench/run.ts`), and the
 * microtask checkpoint Chromium runs just after a task rather than inside it: promise callbacks
 * (a content script's start, its message replies, the highlight's registration) run there, and
 * counting tasks alone missed 4-5 ms of ours per load of the article (thirty-sixth pass). A
 * checkpoint inside a task is counted once, with its task. Both benches count with this set.
 */
export const TOP_LEVEL_TASKS = new Set([
  'ThreadControllerImpl::RunTask',
  'RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

/** CPU µs of the outermost of time-ordered `spans` (those nested in one already counted are skipped). */
export function outermostCpuUs(spans: readonly TraceEvent[]): number {
  let us = 0;
  let coveredUntil = 0;
  for (const span of spans) {
    if (span.ts < coveredUntil) continue;
    coveredUntil = span.ts + (span.dur ?? 0);
    us += span.tdur ?? 0;
  }
  return us;
}

/** Writes the extension's settings through its service worker, as the options page would. */
export async function storeSettings(worker: Worker, settings: Record<string, unknown>) {
  await worker.evaluate(
    (value) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings: value }),
    settings,
  );
}

/** Where the empty extension's one-line content script runs (the injection floor). */
export const EMPTY_SCRIPT_HOST = 'www.example-empty.com';

/** A minimal MV3 extension with a one-line content script: what injecting anything costs. */
export function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hpg-empty-extension-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        { matches: [`*://${EMPTY_SCRIPT_HOST}/*`], js: ['empty.js'], run_at: 'document_idle' },
      ],
    }),
  );
  writeFileSync(join(dir, 'empty.js'), 'void 0;\n');
  return dir;
}

/**
 * A copy of a build whose content script runs on `host` only, so that two builds of the extension
 * can be loaded side by side, each on a running site of its own.
 */
export function buildOnHost(dir: string, host: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'hpg-build-'));
  cpSync(dir, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const script of manifest.content_scripts) script.matches = [`*://${host}/*`];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return copy;
}
