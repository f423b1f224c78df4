/**
 * `npm run bench`: the page side's costs in real Chromium, side by side in one run.
 *
 * Each generated page is loaded in one browser under the names that make each variant (see
 * `Variant`): a plain host (baseline, mark.js, the highlight registered by hand), a host where a
 * minimal extension injects a one-line content script (the injection floor), and a running host
 * (ours, in each marking mode). Runs are interleaved and repeated; the tables give medians.
 * Chromium runs with the frame-rate limit off, so the time between animation frames is the real
 * cost of a frame. Ordinary pages (news, portal, wiki: few or no terms) measure loading only.
 *
 * Also: the term matcher's throughput in Node, and the content script's gzip size.
 *
 * Environment: BENCH_RUNS (runs per page, default 3), BENCH_PAGES (e.g. `news,portal,wiki,article`),
 * BENCH_FROM=commit (see `measure`), HPG_OUT_DIR (the build to measure, default `.output`) and
 * BENCH_BEFORE (another build folder in the project, e.g. one built from main with
 * `HPG_OUT_DIR=.output-before npx wxt build`; or several, comma-separated, up to four): each
 * measured as a variant of its own in the same runs, on another running host, so that before and
 * after share the machine's load.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { lookupSymptoms } from '../knowledge/symptoms/lookup';
import { GLOSSARY } from '../knowledge/terms/glossary';
import { compileTerms, createTermMatcher, termRegExp } from '../knowledge/terms/term-matcher';
import { CONTENT_SCRIPT_FILE } from '../platform/content-script-file';
import { extensionBrowserArgs } from '../tests/e2e/support/extension-browser';
import {
  articlePage,
  forumPage,
  newsPage,
  portalPage,
  stressPage,
  wikiPage,
} from './generate-pages';
import {
  buildOnHost,
  EMPTY_SCRIPT_HOST,
  emptyExtension,
  mainThreadOf,
  median,
  outermostCpuUs,
  startTrace,
  storeSettings,
  TOP_LEVEL_TASKS,
} from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Where main-thread time starts to count (see `measure`). */
const FROM = process.env.BENCH_FROM === 'commit' ? 'commit' : 'domcontentloaded';
/** BENCH_FROM=trace: from DOMContentLoaded, read from a trace of the load (see `cpuFromTrace`). */
const TRACED = process.env.BENCH_FROM?.startsWith('trace') ?? false;
/** BENCH_FROM=trace-all: the same, counting every task of the page's main thread from the start. */
const TRACED_FROM_START = process.env.BENCH_FROM === 'trace-all';
const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, process.env.HPG_OUT_DIR ?? '.output', 'chrome-mv3');
const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
const RUNNING_HOST = 'www.letsrun.com';
/** The builds to compare with (BENCH_BEFORE), if any, each on a running host of its own. */
const BEFORE_NAMES = process.env.BENCH_BEFORE?.split(',').filter(Boolean) ?? [];
const BEFORE_HOSTS = [
  'www.runnersworld.com',
  'www.irunfar.com',
  'www.strava.com',
  'www.marathonhandbook.com',
];
if (BEFORE_NAMES.length > BEFORE_HOSTS.length) throw new Error('At most four BENCH_BEFORE builds');
const BEFORE = BEFORE_NAMES.map((name, i) => ({
  name,
  dir: join(ROOT, name, 'chrome-mv3'),
  host: BEFORE_HOSTS[i] as string,
  variant: (i === 0 ? 'extension, before' : `extension, ${name}`) as Variant,
}));
const BEFORE_DIR = BEFORE[0]?.dir ?? null;
const PLAIN_HOST = 'www.example-plain.com';
const FRAMES = 60;
const SETTLE_MS = 1500;
/** The shaded mark's style, for the highlight registered by hand (as the extension styles it). */
const MARK_CSS = 'background-color: rgb(255 190 0 / 0.22); color: inherit;';

/**
 * What is measured on each page, one fresh tab each, interleaved run by run:
 * - baseline: the page alone;
 * - injection floor: a minimal extension whose content script is one line;
 * - extension: ours, in its default marking mode, and with every mention marked;
 * - highlight floor: no extension; the text the extension had marked (read from its highlights
 *   in the same run) registered by hand in one highlight: the Highlight API's own cost;
 * - mark.js marking the same terms.
 */
type Variant =
  | 'baseline'
  | 'injection floor'
  | 'extension'
  | 'extension, every mention'
  | 'extension, before'
  | `extension, ${string}`
  | 'highlight floor'
  | 'mark.js';
const BEFORE_VARIANTS: Variant[] = BEFORE.map((build) => build.variant);
const VARIANTS: Variant[] = [
  'baseline',
  'injection floor',
  'extension',
  ...BEFORE_VARIANTS,
  'extension, every mention',
  'highlight floor',
  'mark.js',
];
/** Ordinary pages (few or no terms): only what loading costs, against the two floors. */
const ORDINARY_VARIANTS: Variant[] = [
  'baseline',
  'injection floor',
  'extension',
  ...BEFORE_VARIANTS,
];
/** Settings each extension variant runs with (stored before its tab opens). */
const EXTENSION_SETTINGS: Partial<Record<Variant, Record<string, unknown>>> = {
  extension: {},
  ...Object.fromEntries(BEFORE_VARIANTS.map((variant) => [variant, {}])),
  'extension, every mention': { markingMode: 'every' },
};

/** A text node by its index in document order, with offsets: one marked piece of text. */
type MarkedText = [node: number, start: number, end: number];

interface Sample {
  /** ms from navigation start until marks in view are registered (and paint next frame). */
  marksAt: number | null;
  /**
   * Main-thread CPU time (CDP ThreadTime) from DOMContentLoaded (or the commit) to settle, ms. CPU time, not the
   * wall time of tasks (TaskDuration): on a machine shared with other jobs, a task's wall time
   * counts whatever ran while the thread waited for a core, which swung the same variant by 2–5×.
   */
  taskMs: number;
  /**
   * With BENCH_FROM=trace: main-thread CPU ms running script (see `SCRIPT_EVENTS`: on the
   * generated pages, the extension's: its scripts, callbacks and promise continuations, and the
   * style and layout they forced), from the same trace. Steadier than
   * `taskMs`, which also counts whether the page's own first layout fell before or after
   * DOMContentLoaded (100 ms either way on the portal), but blind to work the browser does
   * later because of us (a style sheet inserted, frames asked for).
   */
  ownMs: number;
  /** Longest task running the variant's own code (the extension's comes from a trace). */
  longestTaskMs: number;
  scrollFrameMs: number;
  liveFrameMs: number;
  /** After jumping to the end of the page, ms until a mark is registered in view. */
  bottomMarkMs: number | null;
  /** Text marked when the live-update frames were measured (extension variants). */
  marked: MarkedText[];
}

function matcherThroughput(): string {
  const matcher = createTermMatcher(compileTerms(GLOSSARY));
  const text = forumPage(1500).replace(/<[^>]+>/g, ' ');
  const repeat = 4;
  const sample = text.repeat(repeat);
  matcher.findTerms(sample); // warm up
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    hits = matcher.findTerms(sample).length;
    times.push(performance.now() - start);
  }
  const mb = sample.length / 1e6;
  return `matcher: ${mb.toFixed(1)} MB of forum text, ${hits} hits, median ${median(times).toFixed(1)} ms = ${(mb / (median(times) / 1000)).toFixed(0)} MB/s`;
}

/** The symptom lookup on a long, messy runner's paragraph (the sidebar runs it per keystroke). */
function lookupSpeed(): string {
  const paragraph =
    'Hi all! I’m a 42M training for my first marathon, been upping the miles pretty fast ' +
    '(30 to 50 mpw). For the past 3 weeks I’ve had this nagging ache deep in my groin on the ' +
    'right side. It started only on long runs but now it’s there by mile 3 and it gets worse ' +
    'the longer I go. Walking is okay but hopping on that leg hurts like hell. No clicking, no ' +
    'injury or fall that I can remember, no numbness. Should I be worried?';
  for (let i = 0; i < 200; i++) lookupSymptoms(paragraph);
  const times: number[] = [];
  for (let batch = 0; batch < 9; batch++) {
    const start = performance.now();
    for (let i = 0; i < 100; i++) lookupSymptoms(paragraph);
    times.push((performance.now() - start) / 100);
  }
  return `lookup: ${paragraph.length}-character paragraph, median ${(median(times) * 1000).toFixed(0)} µs per lookup`;
}

/** Median time between animation frames while `step` runs once a frame (scroll or live update). */
function frameGaps(page: Page, kind: 'scroll' | 'live'): Promise<number> {
  return page.evaluate(
    ({ count, kind }) =>
      new Promise<number>((done) => {
        const ticker = document.getElementById('ticker')?.firstChild as Text;
        const gaps: number[] = [];
        let last = 0;
        let i = 0;
        const frame = (now: number) => {
          if (last) gaps.push(now - last);
          last = now;
          if (i++ >= count) {
            return done([...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0);
          }
          if (kind === 'scroll') window.scrollBy(0, Math.round(innerHeight / 3));
          else ticker.data = String(i);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { count: FRAMES, kind },
  );
}

/** The text every registered highlight marks now, by text node index (see `MarkedText`). */
function readMarkedText(page: Page): Promise<MarkedText[]> {
  return page.evaluate(() => {
    const index = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i++) {
      index.set(node, i);
    }
    const marked: [number, number, number][] = [];
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight as Iterable<AbstractRange>) {
        const node = index.get(range.startContainer);
        if (node !== undefined) marked.push([node, range.startOffset, range.endOffset]);
      }
    }
    return marked;
  });
}

/** Registers `marked` in one highlight, styled as the extension styles its marks. */
function registerByHand(page: Page, marked: MarkedText[]): Promise<void> {
  return page.evaluate(
    ({ marked, css }) => {
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const highlight = new Highlight();
      for (const [node, start, end] of marked) {
        const text = nodes[node];
        if (!text) continue;
        highlight.add(
          new StaticRange({
            startContainer: text,
            startOffset: start,
            endContainer: text,
            endOffset: end,
          }),
        );
      }
      const style = document.createElement('style');
      style.textContent = `::highlight(bench-by-hand) { ${css} }`;
      document.head.append(style);
      CSS.highlights.set('bench-by-hand', highlight);
    },
    { marked, css: MARK_CSS },
  );
}

const isExtension = (variant: Variant) => variant.startsWith('extension');

async function measure(
  page: Page,
  url: string,
  variant: Variant,
  options: { markRegExpSource: string; markedByExtension: MarkedText[]; ordinary: boolean },
): Promise<Sample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // tsx (esbuild) wraps named functions in `__name(...)`; give evaluated code that helper.
  await page.addInitScript('window.__name = (f) => f;');
  const taskSeconds = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0;
  };
  // Main-thread CPU time is counted from DOMContentLoaded, after the page's own parsing (the same
  // for every variant, and on a big page far larger and noisier than what a variant adds). On a
  // small page a content script can run before that reading arrives, and its work goes
  // uncounted: BENCH_FROM=commit counts from the navigation's commit instead (use it for the
  // article and the ordinary pages; on the forum the page's own parsing then drowns the rest).
  const traced = TRACED ? await cpuFromTrace(cdp) : null;
  await page.goto(url, { waitUntil: FROM });
  const tasksAtStart = await taskSeconds();
  await page.waitForLoadState('load');
  let marksAt: number | null = null;
  if (isExtension(variant) && !options.ordinary) {
    // Polled on a timer, not on animation frames: frames asked for by the bench would be
    // rendered, and charged to the extension only (the floor never polls), about 3 ms a load.
    marksAt = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const check = () =>
            // Highlight names are random per page load: any highlight with ranges is ours.
            [...CSS.highlights.values()].some((highlight) => highlight.size > 0)
              ? done(performance.now())
              : setTimeout(check, 10);
          check();
          setTimeout(() => done(Number.NaN), 10_000);
        }),
    );
  } else if (variant === 'mark.js') {
    await page.addScriptTag({ path: MARK_JS });
    marksAt = await page.evaluate((source) => {
      const Mark = (
        window as unknown as {
          Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void };
        }
      ).Mark;
      const start = performance.now();
      new Mark(document.body).markRegExp(new RegExp(source, 'giu'), {
        exclude: ['script', 'style', 'code', 'pre', 'textarea', 'header'],
      });
      (window as unknown as { ownTaskMs: number }).ownTaskMs = performance.now() - start;
      return new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
    }, options.markRegExpSource);
  }
  await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), SETTLE_MS);
  const cpu = traced ? await traced() : null;
  const taskMs = cpu ? cpu.total : ((await taskSeconds()) - tasksAtStart) * 1000;
  const sample: Sample = {
    marksAt,
    taskMs,
    ownMs: cpu?.own ?? Number.NaN,
    longestTaskMs: 0,
    scrollFrameMs: 0,
    liveFrameMs: 0,
    bottomMarkMs: null,
    marked: [],
  };
  if (options.ordinary) {
    await cdp.detach();
    return sample;
  }

  sample.scrollFrameMs = await frameGaps(page, 'scroll');
  // Let the marked window catch up with the scroll before the page starts changing.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  if (isExtension(variant)) sample.marked = await readMarkedText(page);
  if (variant === 'highlight floor') await registerByHand(page, options.markedByExtension);
  sample.liveFrameMs = await frameGaps(page, 'live');

  if (variant === 'extension') {
    sample.bottomMarkMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const start = performance.now();
          const check = () => {
            for (const range of [...CSS.highlights.values()].flatMap((h) => [...h])) {
              const r = document.createRange();
              r.setStart(
                (range as AbstractRange).startContainer,
                (range as AbstractRange).startOffset,
              );
              const rect = r.getBoundingClientRect();
              if (rect.top >= 0 && rect.bottom <= innerHeight)
                return done(performance.now() - start);
            }
            requestAnimationFrame(check);
          };
          check();
          setTimeout(() => done(Number.NaN), 10_000);
        }),
    );
  }
  sample.longestTaskMs = await page.evaluate(
    () => (window as unknown as { ownTaskMs?: number }).ownTaskMs ?? 0,
  );
  await cdp.detach();
  return sample;
}

/**
 * Events that run script, whoever's: on the generated pages, which have no script of their own,
 * the extension's (promise continuations and frame callbacks carry no script URL).
 */
const SCRIPT_EVENTS = new Set([
  'FireAnimationFrame',
  'TimerFire',
  'FunctionCall',
  'EventDispatch',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
]);

/**
 * Starts tracing a load; the function returned stops it and gives the main thread's CPU time (ms)
 * in the tasks that started at or after DOMContentLoaded (every task with BENCH_FROM=trace-all).
 * No race with the content script: read
 * through the protocol after DOMContentLoaded, the thread's CPU time can come too late to count
 * the start of a script that runs at `document_idle` (counting from the commit instead adds the
 * page's own parsing, which on a 300 KB page swung by ±100 ms on this machine).
 */
async function cpuFromTrace(
  cdp: CDPSession,
): Promise<() => Promise<{ total: number; own: number }>> {
  const endTrace = await startTrace(cdp, 'toplevel,devtools.timeline');
  return async () => {
    const events = await endTrace();
    const thread = mainThreadOf(events);
    if (!thread) throw new Error('No DOMContentLoaded in the trace');
    const { loaded } = thread;
    const onMainThread = thread.main.filter((e) => TRACED_FROM_START || e.ts >= loaded.ts);
    const outermost = outermostCpuUs;
    const total = outermost(onMainThread.filter((e) => TOP_LEVEL_TASKS.has(e.name)));
    const own = outermost(
      onMainThread.filter(
        (e) =>
          SCRIPT_EVENTS.has(e.name) || (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
      ),
    );
    return { total: total / 1000, own: own / 1000 };
  };
}

/**
 * The longest time the content script's code held the main thread in one task (with the layout
 * and hit tests it forced), from a Chromium trace of a load, a scroll through the page and a
 * settle. Counting our code rather than whole tasks matters on big pages: a 2 ms callback of ours
 * can run inside the page's own 100 ms rendering task, which is no longer for it.
 */
async function extensionLongestTask(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const endTrace = await startTrace(cdp, 'devtools.timeline,disabled-by-default-devtools.timeline');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let i = 0; i < 20; i++) {
      window.scrollBy(0, innerHeight / 2);
      await new Promise((done) => setTimeout(done, 50));
    }
    await new Promise((done) => setTimeout(done, 1000));
  });
  const events = await endTrace();
  await cdp.detach();
  const ours = events
    .filter(
      (e) => e.ph === 'X' && e.dur && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts);
  let longest = 0;
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || !task.dur) continue;
    const end = task.ts + task.dur;
    // Our events nest (a script evaluation calls functions): add up their outermost spans.
    let ownUs = 0;
    let coveredUntil = 0;
    for (const e of ours) {
      if (e.tid !== task.tid || e.ts < task.ts || e.ts > end) continue;
      const eventEnd = e.ts + (e.dur ?? 0);
      if (eventEnd <= coveredUntil) continue;
      ownUs += eventEnd - Math.max(e.ts, coveredUntil);
      coveredUntil = eventEnd;
    }
    longest = Math.max(longest, ownUs / 1000);
  }
  return longest;
}

/** Stores the extension's settings (merged over the defaults) through its service workers (each build's). */
async function useSettings(context: BrowserContext, settings: Record<string, unknown>) {
  const workers = context.serviceWorkers().filter((w) => w.url().includes('background'));
  if (workers.length === 0) throw new Error('The extension has no service worker');
  for (const worker of workers) await storeSettings(worker, settings);
}

const signed = (value: number, base: number) =>
  `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(0)}%`;

async function main() {
  for (const [label, dir] of [
    ['content script', EXTENSION_DIR],
    ...BEFORE.map((build) => [build.name, build.dir]),
  ] as const) {
    const file = join(dir, CONTENT_SCRIPT_FILE);
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(
      `${label}: ${(statSync(file).size / 1024).toFixed(1)} KB, ${(size / 1024).toFixed(1)} KB gzip (target ≤ 15 KB)`,
    );
  }
  console.log(matcherThroughput());
  console.log(lookupSpeed());

  const generators: Record<string, () => string> = {
    article: articlePage,
    forum: forumPage,
    stress: stressPage,
    news: newsPage,
    portal: portalPage,
    wiki: wikiPage,
  };
  /** Pages of the ordinary web: few or no hip terms, measured for what loading costs. */
  const ordinary = new Set(['news', 'portal', 'wiki']);
  // BENCH_PAGES=article,forum runs only those pages (a quicker check while working on one).
  const wanted = process.env.BENCH_PAGES?.split(',') ?? Object.keys(generators);
  const pages: Record<string, string> = Object.fromEntries(
    Object.entries(generators)
      .filter(([name]) => wanted.includes(name))
      .map(([name, generate]) => [name, generate()]),
  );
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    response.writeHead(pages[name] ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pages[name] ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'hpg-bench-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 800 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...extensionBrowserArgs(
          [
            BEFORE_DIR ? buildOnHost(EXTENSION_DIR, RUNNING_HOST) : EXTENSION_DIR,
            ...BEFORE.map((build) => buildOnHost(build.dir, build.host)),
            emptyExtension(),
          ].join(','),
          [RUNNING_HOST, ...BEFORE_HOSTS, PLAIN_HOST, EMPTY_SCRIPT_HOST]
            .map((h) => `MAP ${h} 127.0.0.1`)
            .join(', '),
        ),
        '--disable-frame-rate-limit',
        '--disable-gpu-vsync',
      ],
    },
  );
  const workersExpected = 1 + BEFORE.length;
  while (context.serviceWorkers().length < workersExpected) {
    await context.waitForEvent('serviceworker');
  }
  const source = termRegExp(GLOSSARY).source;
  const hostOf = (variant: Variant) =>
    BEFORE.find((build) => build.variant === variant)?.host ??
    (isExtension(variant)
      ? RUNNING_HOST
      : variant === 'injection floor'
        ? EMPTY_SCRIPT_HOST
        : PLAIN_HOST);
  const ordinaryAdded: { page: string; ms: number; before: number[] }[] = [];

  for (const [name, html] of Object.entries(pages)) {
    const isOrdinary = ordinary.has(name);
    const variants = isOrdinary ? ORDINARY_VARIANTS : VARIANTS;
    const sampleLists = new Map(variants.map((v) => [v, [] as Sample[]]));
    const samples = (variant: Variant) => sampleLists.get(variant) ?? [];
    for (let run = 0; run < RUNS; run++) {
      for (const variant of variants) {
        const settings = EXTENSION_SETTINGS[variant];
        if (settings) await useSettings(context, settings);
        const page = await context.newPage();
        samples(variant).push(
          await measure(page, `http://${hostOf(variant)}:${port}/${name}`, variant, {
            markRegExpSource: source,
            markedByExtension: samples('extension')[run]?.marked ?? [],
            ordinary: isOrdinary,
          }),
        );
        await page.close();
      }
    }
    await useSettings(context, {});
    const baseTask = median(samples('baseline').map((s) => s.taskMs));
    const added = (variant: Variant) => median(samples(variant).map((s) => s.taskMs)) - baseTask;
    const floor = added('injection floor');
    console.log(`\n## ${name} (${(html.length / 1024).toFixed(0)} KB HTML, medians of ${RUNS})`);
    if (isOrdinary) {
      // The longest task of each build's own code: one traced load per run.
      const longest = async (variant: Variant) => {
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const traced = await context.newPage();
          await traced.addInitScript('window.__name = (f) => f;');
          times.push(
            await extensionLongestTask(traced, `http://${hostOf(variant)}:${port}/${name}`),
          );
          await traced.close();
        }
        return median(times);
      };
      const own = (variant: Variant) =>
        TRACED ? ` (own code ${median(samples(variant).map((x) => x.ownMs)).toFixed(1)})` : '';
      const line = async (label: string, variant: Variant) =>
        `${label} ${added(variant).toFixed(1)}: ${(added(variant) - floor).toFixed(1)} ms over the floor${own(variant)}, own longest task ${(await longest(variant)).toFixed(1)} ms`;
      const before: string[] = [];
      for (const build of BEFORE) before.push(await line(`; ${build.name}:`, build.variant));
      console.log(
        `main-thread CPU ms added: injection floor ${floor.toFixed(1)}, ${await line('extension', 'extension')}${before.join('')}`,
      );
      ordinaryAdded.push({
        page: name,
        ms: added('extension') - floor,
        before: BEFORE.map((build) => added(build.variant) - floor),
      });
      continue;
    }
    // One traced load per run: a single trace swings with whatever else the machine is doing.
    for (const variant of ['extension', ...BEFORE_VARIANTS] as Variant[]) {
      for (const sample of samples(variant)) {
        const traced = await context.newPage();
        await traced.addInitScript('window.__name = (f) => f;');
        sample.longestTaskMs = await extensionLongestTask(
          traced,
          `http://${hostOf(variant)}:${port}/${name}`,
        );
        await traced.close();
      }
    }
    const baseScroll = median(samples('baseline').map((s) => s.scrollFrameMs));
    const baseLive = median(samples('baseline').map((s) => s.liveFrameMs));
    const handLive = median(samples('highlight floor').map((s) => s.liveFrameMs));
    console.log(
      '| variant | marks found at (ms) | main-thread CPU ms added | over the injection floor | longest task of its own (ms) | scroll frame (ms) | live-update frame (ms) | marked pieces at live update |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const variant of variants) {
      const s = samples(variant);
      const marks = s[0]?.marksAt === null ? '—' : median(s.map((x) => x.marksAt ?? 0)).toFixed(0);
      const scroll = median(s.map((x) => x.scrollFrameMs));
      const live = median(s.map((x) => x.liveFrameMs));
      const vsBase = (value: number, base: number) =>
        variant === 'baseline' ? '' : ` (${signed(value, base)})`;
      const vsHand =
        isExtension(variant) && handLive > 0 ? `, ${signed(live, handLive)} vs by hand` : '';
      const task =
        variant === 'baseline' ? `${baseTask.toFixed(0)} total` : added(variant).toFixed(0);
      const overFloor = isExtension(variant) ? (added(variant) - floor).toFixed(0) : '';
      const pieces = isExtension(variant) ? String(median(s.map((x) => x.marked.length))) : '';
      console.log(
        `| ${variant} | ${marks} | ${task} | ${overFloor} | ${median(s.map((x) => x.longestTaskMs)).toFixed(0)} | ${scroll.toFixed(1)}${vsBase(scroll, baseScroll)} | ${live.toFixed(1)}${vsBase(live, baseLive)}${vsHand} | ${pieces} |`,
      );
    }
    const ratio = added('mark.js') / Math.max(1, added('extension'));
    const bottom = median(samples('extension').map((s) => s.bottomMarkMs ?? Number.NaN));
    console.log(
      `mark.js / extension main-thread CPU time: ${ratio.toFixed(1)}× (target ≥ 5×); after a jump to the end, marks in view within ${bottom.toFixed(0)} ms`,
    );
  }
  if (ordinaryAdded.length > 0) {
    const summary = (label: string, values: number[]) =>
      `${label}: ${ordinaryAdded.map((o, i) => `${o.page} ${(values[i] as number).toFixed(1)}`).join(', ')}; median ${median(values).toFixed(1)}, worst ${Math.max(...values).toFixed(1)}`;
    console.log(
      `\n## ordinary pages: extension over the injection floor, ms: ${summary(
        'this build',
        ordinaryAdded.map((o) => o.ms),
      )} (targets: median ≤ 5, none over 50)`,
    );
    BEFORE.forEach((build, i) => {
      console.log(
        summary(
          build.name,
          ordinaryAdded.map((o) => o.before[i] as number),
        ),
      );
    });
  }
  await context.close();
  server.close();
}

await main();
