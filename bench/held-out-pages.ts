/**
 * `HELDOUT_PAGES=<dir> npx tsx bench/held-out-pages.ts`: the held-out judge of issue #17. Real
 * pages nobody here wrote (saved HTML files in a folder outside the repository, never committed)
 * are served from 127.0.0.1 under a running site's name and loaded in Chromium with the built
 * extension. No network: every other host name fails to resolve at once, so a page's own external
 * scripts, styles and images fail to load (as they would offline) instead of hanging.
 *
 * HELDOUT_MODE=judge (per page, with every mention marked):
 * - the page alone (no extension, a plain host), then with the extension: the words marked
 *   (collected while scrolling through the page, with the text around each and its `lang`), the
 *   terms the sidebar's list counts, whether the explainer was injected, and any error from our
 *   scripts (page errors whose stack names the extension, console errors of ours);
 * - the page's DOM and text with the extension against the page alone, at load and after a card
 *   (our card's host, a popover child of `<html>`, left out);
 * - one marked term hovered, and whether its card opened.
 * HELDOUT_MODE=cost: main-thread CPU time of each load, read from a trace (every task of the
 *   page's main thread, as `BENCH_FROM=trace-all` in `bench/run.ts`), the extension against the
 *   injection floor (a one-line content script on a host of its own), HELDOUT_RUNS loads each
 *   (default 5), interleaved; our longest task from the same traces.
 *
 * Environment: HELDOUT_PAGES (the folder, required), HELDOUT_MODE (judge or cost, default judge),
 * HELDOUT_MIN_BYTES (skip smaller files, default 0), HELDOUT_ONLY (comma-separated page names),
 * HELDOUT_OUT (a JSON file for the full results), HELDOUT_RUNS, HPG_OUT_DIR (the build),
 * HELDOUT_BEFORE (cost mode: another build folder in the project, such as one of main built with
 * `HPG_OUT_DIR=.output-main`, loaded beside it on a running host of its own and measured in the
 * same runs, interleaved: each load order rotates through the floor and both builds).
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../demo/demo-server';
import { extensionBrowserArgs } from '../tests/e2e/support/extension-browser';
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
  type TraceEvent,
} from './trace';

const PAGES_DIR = process.env.HELDOUT_PAGES;
if (!PAGES_DIR) throw new Error('Set HELDOUT_PAGES to a folder of saved pages (*.html)');
const MODE = process.env.HELDOUT_MODE === 'cost' ? 'cost' : 'judge';
const RUNS = Number(process.env.HELDOUT_RUNS ?? 5);
const MIN_BYTES = Number(process.env.HELDOUT_MIN_BYTES ?? 0);
const ONLY = process.env.HELDOUT_ONLY?.split(',').filter(Boolean) ?? null;
const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, process.env.HPG_OUT_DIR ?? '.output', 'chrome-mv3');
const RUNNING_HOST = 'www.letsrun.com';
/** The HELDOUT_BEFORE build, if any, on a running host of its own (cost mode). */
const BEFORE_DIR = process.env.HELDOUT_BEFORE
  ? join(ROOT, process.env.HELDOUT_BEFORE, 'chrome-mv3')
  : null;
const BEFORE_HOST = 'www.runnersworld.com';
const PLAIN_HOST = 'www.example-plain.com';
const SETTLE_MS = 1500;
const LOAD_TIMEOUT_MS = 20_000;

const sleep = (page: Page, ms: number) =>
  page.evaluate((wait) => new Promise((done) => setTimeout(done, wait)), ms).catch(() => {});

/** Loads `url`, waits for `load` (or the timeout: a page whose own scripts never finish) and settles. */
async function load(page: Page, url: string): Promise<string | null> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    return String(error).split('\n')[0] ?? 'load failed';
  }
  await sleep(page, SETTLE_MS);
  return null;
}

/** The page's DOM as HTML, and its body's text, leaving out `skip` children of `<html>`. */
function snapshot(page: Page, skipFrom: number | null): Promise<{ html: string; text: string }> {
  return page.evaluate((from) => {
    const root = document.documentElement;
    const kept = [...root.childNodes].filter(
      (node, i) =>
        from === null ||
        i < from ||
        !(node instanceof HTMLElement && node.tagName === 'DIV' && node.hasAttribute('popover')),
    );
    const html = kept
      .map((node) => (node instanceof Element ? node.outerHTML : (node.textContent ?? '')))
      .join('');
    // The text as rendered (what a reader sees), not the DOM's: a mark must change neither.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
    return { html, text: document.body?.innerText ?? '' };
  }, skipFrom);
}

interface Mark {
  word: string;
  context: string;
  lang: string | null;
  tag: string;
}

/**
 * Scrolls through the page a screen at a time and collects every range in the highlight
 * registry (the extension's marks: a page of its own registering highlights would show here too).
 */
function collectMarks(
  page: Page,
): Promise<{ marks: Mark[]; screens: number; firstY: number | null }> {
  return page.evaluate(async () => {
    const seen = new Set<string>();
    const ids = new WeakMap<Node, number>();
    let next = 0;
    const marks: Mark[] = [];
    let firstY: number | null = null;
    const collect = () => {
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight as Iterable<AbstractRange>) {
          const node = range.startContainer;
          if (!ids.has(node)) ids.set(node, next++);
          const key = `${ids.get(node)}:${range.startOffset}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const word = live.toString();
          const box = live.getClientRects()[0];
          if (firstY === null && box) firstY = scrollY + box.top;
          const block = node.parentElement?.closest('p,li,td,h1,h2,h3,h4,h5,h6,div,section,a');
          const whole = (block ?? node.parentElement)?.textContent ?? '';
          const data = (node as Text).data ?? '';
          const before = data.slice(Math.max(0, range.startOffset - 70), range.startOffset);
          const after = data.slice(range.endOffset, range.endOffset + 70);
          const context =
            before.length + after.length > 40
              ? `${before}[[${word}]]${after}`
              : whole.slice(0, 200);
          marks.push({
            word,
            context: context.replace(/\s+/g, ' ').trim(),
            lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
            tag: node.parentElement?.tagName.toLowerCase() ?? '',
          });
        }
      }
    };
    const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
    const height = Math.min(document.documentElement.scrollHeight, 200_000);
    let screens = 0;
    for (let y = 0; y <= height && screens < 120; y += Math.round(innerHeight * 0.8), screens++) {
      window.scrollTo(0, y);
      await wait(220);
      collect();
    }
    await wait(400);
    collect();
    window.scrollTo(0, 0);
    await wait(300);
    return { marks, screens, firstY };
  });
}

/**
 * Scrolls to the first marked words (at `y` in the page), rests the mouse on them and says
 * whether a card opens.
 */
async function hoverFirstMark(
  page: Page,
  y: number,
): Promise<{ word: string; card: boolean } | null> {
  const box = await page.evaluate(async (markY) => {
    window.scrollTo(0, markY - innerHeight / 2);
    await new Promise((done) => setTimeout(done, 600));
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        // Scroll the words themselves to the middle of the screen (a paragraph may be taller).
        const at = live.getClientRects()[0];
        if (!at) continue;
        window.scrollBy(0, at.top - innerHeight / 2);
        await new Promise((done) => setTimeout(done, 600));
        const rect = live.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        if (rect.top < 0 || rect.bottom > innerHeight) continue;
        return {
          word: live.toString(),
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          left: rect.left,
        };
      }
    }
    return null;
  }, y);
  if (!box) return null;
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  const card = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const deadline = performance.now() + 5000;
        const check = () => {
          const host = [...document.documentElement.children].find(
            (el) => el.matches(':popover-open') && el.shadowRoot === null,
          );
          if (host && host.getBoundingClientRect().height > 0) return done(true);
          if (performance.now() > deadline) return done(false);
          requestAnimationFrame(check);
        };
        check();
      }),
  );
  return { word: box.word, card };
}

/**
 * Where `a` and `b` first differ, after what a page changes by itself from load to load (cache
 * busters and random ids: runs of 6 or more digits) and the host name it was served under.
 */
function firstDifference(rawA: string, rawB: string): string | null {
  const same = (s: string) => s.replaceAll(PLAIN_HOST, RUNNING_HOST).replace(/\d{6,}/g, '#');
  const a = same(rawA);
  const b = same(rawB);
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: «${a.slice(Math.max(0, i - 60), i + 80)}» vs «${b.slice(Math.max(0, i - 60), i + 80)}»`;
}

async function setMarkingMode(context: BrowserContext, settings: Record<string, unknown>) {
  for (const worker of context.serviceWorkers().filter((w) => w.url().includes('background'))) {
    await storeSettings(worker, settings);
  }
}

/** Which terms the content script counts on the page (the sidebar's "on this page"). */
async function listTerms(context: BrowserContext, page: Page): Promise<unknown> {
  await page.bringToFront();
  const worker = context.serviceWorkers().find((w) => w.url().includes('background'));
  return worker?.evaluate(async () => {
    type Tabs = {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, m: object): Promise<unknown>;
    };
    const chrome = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      return await chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'sidebar→page:list-terms' });
    } catch (error) {
      return `no answer: ${error}`;
    }
  });
}

async function judge(
  context: BrowserContext,
  url: (host: string, name: string) => string,
  name: string,
) {
  const ourId = new URL(
    context
      .serviceWorkers()
      .find((w) => w.url().includes('background'))
      ?.url() ?? 'x://none',
  ).host;
  // The page alone.
  const alone = await context.newPage();
  const aloneLoad = await load(alone, url(PLAIN_HOST, name));
  const aloneAtLoad = await snapshot(alone, null);
  await collectMarks(alone);
  const aloneScrolled = await snapshot(alone, null);
  await alone.close();

  const page = await context.newPage();
  const ourErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => {
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (text.includes(`chrome-extension://${ourId}/`) || /Hip Pain Guide/.test(text))
      ourErrors.push(text.slice(0, 400));
    else pageErrors.push(error.message.slice(0, 120));
  });
  page.on('console', (message) => {
    const at = message.location().url ?? '';
    if (
      (message.type() === 'error' || message.type() === 'warning') &&
      (at.startsWith(`chrome-extension://${ourId}/`) || /Hip Pain Guide/.test(message.text()))
    ) {
      ourErrors.push(`${message.type()}: ${message.text().slice(0, 400)} (${at})`);
    }
  });
  const cdp = await context.newCDPSession(page);
  const ourScripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension:')) ourScripts.add(event.url.replace(/.*\//, ''));
  });
  await cdp.send('Debugger.enable');
  const ourLoad = await load(page, url(RUNNING_HOST, name));
  const oursAtLoad = await snapshot(page, null);
  const { marks, screens, firstY } = await collectMarks(page);
  const listed = await listTerms(context, page);
  const children = await page.evaluate(() => document.documentElement.childNodes.length);
  const hover = firstY !== null ? await hoverFirstMark(page, firstY) : null;
  await sleep(page, 300);
  const oursAfterCard = await snapshot(page, children);
  const finalUrl = page.url();
  await cdp.detach().catch(() => {});
  await page.close();

  // The page alone again, scrolled the same way, if anything differed (pages that change themselves).
  let aloneAgain: { html: string; text: string } | null = null;
  const htmlDiff = firstDifference(aloneAtLoad.html, oursAtLoad.html);
  const textDiff = firstDifference(aloneAtLoad.text, oursAtLoad.text);
  if (htmlDiff || textDiff) {
    const again = await context.newPage();
    await load(again, url(PLAIN_HOST, name));
    aloneAgain = await snapshot(again, null);
    await again.close();
  }
  return {
    name,
    bytes: statSync(join(PAGES_DIR as string, `${name}.html`)).size,
    loadError: aloneLoad ?? ourLoad,
    finalUrl,
    explainerInjected: ourScripts.has('page-explainer.js'),
    scripts: [...ourScripts],
    screens,
    marks,
    listed,
    hover,
    ourErrors,
    pageErrorCount: pageErrors.length,
    domAtLoad: firstDifference(aloneAtLoad.html, oursAtLoad.html),
    textAtLoad: firstDifference(aloneAtLoad.text, oursAtLoad.text),
    // After scrolling through and a card (our card's host left out), against the page alone scrolled the same way.
    domAfterCard: firstDifference(aloneScrolled.html, oursAfterCard.html),
    textAfterCard: firstDifference(aloneScrolled.text, oursAfterCard.text),
    aloneVaries: aloneAgain
      ? Boolean(
          firstDifference(aloneAtLoad.html, aloneAgain.html) ||
            firstDifference(aloneAtLoad.text, aloneAgain.text),
        )
      : null,
  };
}

/** Main-thread CPU of every task in a traced load, and our own code's (see `bench/run.ts`). */
function cpuOf(events: TraceEvent[]) {
  const thread = mainThreadOf(events);
  if (!thread) return null;
  const { main } = thread;
  const outermost = outermostCpuUs;
  // Tasks and the microtask checkpoints run after them (where our promise callbacks run).
  const tasks = main.filter((e) => TOP_LEVEL_TASKS.has(e.name));
  const ours = main.filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  // Our longest task: the CPU time of our outermost events inside one task.
  let longest = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = ours.filter((e) => e.ts >= task.ts && e.ts <= end);
    longest = Math.max(longest, outermost(inside) / 1000);
  }
  // Self CPU time per kind of event (its time less that of the events nested in it), ms.
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const event of main) {
    while (
      open.length &&
      (open.at(-1) as TraceEvent).ts + ((open.at(-1) as TraceEvent).dur ?? 0) <= event.ts
    )
      open.pop();
    const parent = open.at(-1);
    const cpu = (event.tdur ?? 0) / 1000;
    const script = (event.args?.data?.url ?? '').startsWith('chrome-extension://') ? ' (ours)' : '';
    self.set(event.name + script, (self.get(event.name + script) ?? 0) + cpu);
    if (parent) {
      const parentScript = (parent.args?.data?.url ?? '').startsWith('chrome-extension://')
        ? ' (ours)'
        : '';
      self.set(parent.name + parentScript, (self.get(parent.name + parentScript) ?? 0) - cpu);
    }
    open.push(event);
  }
  // Our script's events and every promise continuation (the gate's work carries no script URL;
  // the floor's continuations are the page's own), for a figure less swung by the page's work.
  const continuations = main.filter(
    (e) =>
      e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' ||
      e.name === 'RunMicrotasks' ||
      (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  return {
    self,
    scriptAndContinuations: outermost(continuations) / 1000,
    total: outermost(tasks) / 1000,
    own: outermost(ours) / 1000,
    longest,
    explainer: ours.some((e) => (e.args?.data?.url ?? '').endsWith('page-explainer.js')),
  };
}

async function tracedLoad(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const endTrace = await startTrace(cdp, 'toplevel,devtools.timeline');
  const failed = await load(page, url);
  const events = await endTrace();
  await cdp.detach().catch(() => {});
  await page.close();
  return { failed, cpu: cpuOf(events) };
}

async function main() {
  const names = readdirSync(PAGES_DIR as string)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => statSync(join(PAGES_DIR as string, file)).size >= MIN_BYTES)
    .map((file) => file.replace(/\.html$/, ''))
    .filter((name) => !ONLY || ONLY.includes(name))
    // In HELDOUT_ONLY's order when given (a long run cut short then still covers every kind).
    .sort((a, b) => (ONLY ? ONLY.indexOf(a) - ONLY.indexOf(b) : a < b ? -1 : 1));
  const { server, port } = await startStaticServer(PAGES_DIR as string, 0);
  const url = (host: string, name: string) => `http://${host}:${port}/${name}.html`;
  // Our hosts go to the page server; every other name fails at once (no network, no waiting).
  const hostRules = [
    ...[RUNNING_HOST, BEFORE_HOST, PLAIN_HOST, EMPTY_SCRIPT_HOST].map((h) => `MAP ${h} 127.0.0.1`),
    'MAP * ~NOTFOUND',
  ].join(', ');
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'hpg-heldout-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 800 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: extensionBrowserArgs(
        [
          ...(BEFORE_DIR
            ? [buildOnHost(EXTENSION_DIR, RUNNING_HOST), buildOnHost(BEFORE_DIR, BEFORE_HOST)]
            : [EXTENSION_DIR]),
          emptyExtension(),
        ].join(','),
        hostRules,
      ),
    },
  );
  // tsx (esbuild) wraps named functions in `__name(...)`; give evaluated code that helper.
  await context.addInitScript('window.__name = (f) => f;');
  while (!context.serviceWorkers().some((w) => w.url().includes('background'))) {
    await context.waitForEvent('serviceworker');
  }
  for (const p of context.pages()) if (p.url().endsWith('welcome.html')) await p.close();
  context.on('page', (p) => {
    if (p.url().includes('welcome.html')) void p.close();
  });
  const results: unknown[] = [];
  const out = process.env.HELDOUT_OUT;
  if (MODE === 'judge') {
    await setMarkingMode(context, { markingMode: 'every' });
    for (const name of names) {
      const result = await judge(context, url, name);
      results.push(result);
      const words = [...new Set(result.marks.map((m) => m.word.toLowerCase()))];
      console.log(
        `${name}: ${result.marks.length} marks (${words.join(', ')}), explainer ${result.explainerInjected}, hover ${result.hover ? `${result.hover.word}→${result.hover.card}` : '—'}, our errors ${result.ourErrors.length}, DOM ${result.domAtLoad || result.textAtLoad ? 'DIFFERS' : 'same'}${result.aloneVaries ? ' (page varies alone)' : ''}, after scroll and card ${result.domAfterCard || result.textAfterCard ? 'DIFFERS' : 'same'}${result.loadError ? `, load: ${result.loadError}` : ''}`,
      );
      if (out) writeFileSync(out, JSON.stringify(results, null, 1));
    }
  } else {
    await setMarkingMode(context, {});
    type Measured = {
      over: number;
      scriptOver: number;
      own: number;
      longest: number;
      explainer: boolean;
    };
    type Row = Measured & { name: string; before?: Measured };
    const rows: Row[] = [];
    for (const name of names) {
      const ours: NonNullable<ReturnType<typeof cpuOf>>[] = [];
      const before: NonNullable<ReturnType<typeof cpuOf>>[] = [];
      const floor: number[] = [];
      const floorContinuations: number[] = [];
      const floorEvents: NonNullable<ReturnType<typeof cpuOf>>[] = [];
      const hosts = BEFORE_DIR
        ? [RUNNING_HOST, BEFORE_HOST, EMPTY_SCRIPT_HOST]
        : [RUNNING_HOST, EMPTY_SCRIPT_HOST];
      for (let run = 0; run < RUNS; run++) {
        // Interleaved, and which goes first rotates.
        const order = hosts.map((_, i) => hosts[(i + run) % hosts.length] as string);
        for (const host of order) {
          const { cpu } = await tracedLoad(context, url(host, name));
          if (!cpu) continue;
          if (host === RUNNING_HOST) ours.push(cpu);
          else if (host === BEFORE_HOST) before.push(cpu);
          else {
            floor.push(cpu.total);
            floorContinuations.push(cpu.scriptAndContinuations);
            floorEvents.push(cpu);
          }
        }
      }
      if (ours.length === 0 || floor.length === 0) {
        console.log(`${name}: no trace`);
        continue;
      }
      if (process.env.HELDOUT_BREAKDOWN) {
        // Which kinds of event the extension's loads spent more CPU in than the floor's (medians),
        // and the HELDOUT_BEFORE build's beside them.
        const floorSelf = floorEvents;
        const kinds = new Set(
          [...ours, ...before, ...floorSelf].flatMap((c) => [...c.self.keys()]),
        );
        const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)}`;
        const selfIn = (loads: typeof ours, kind: string) =>
          median(loads.map((c) => c.self.get(kind) ?? 0));
        const diffs = [...kinds]
          .map((kind) => {
            const a = selfIn(ours, kind);
            const b = selfIn(floorSelf, kind);
            const was = before.length > 0 ? selfIn(before, kind) : null;
            return {
              kind,
              a,
              b,
              was,
              diff: a - b,
              spread: Math.abs(a - b) + Math.abs((was ?? b) - b),
            };
          })
          .sort((x, y) => y.spread - x.spread)
          .slice(0, 14);
        for (const d of diffs) {
          const was = d.was === null ? '' : `; before ${d.was.toFixed(2)} (${signed(d.was - d.b)})`;
          console.log(
            `  ${d.kind}: ${d.a.toFixed(2)} vs floor ${d.b.toFixed(2)} (${signed(d.diff)})${was}`,
          );
        }
      }
      const summary = (loads: typeof ours) => ({
        over: median(loads.map((c) => c.total)) - median(floor),
        scriptOver: median(loads.map((c) => c.scriptAndContinuations)) - median(floorContinuations),
        own: median(loads.map((c) => c.own)),
        longest: Math.max(...loads.map((c) => c.longest)),
        explainer: loads.some((c) => c.explainer),
      });
      const row = {
        name,
        ...summary(ours),
        ...(before.length > 0 ? { before: summary(before) } : {}),
        ours: ours.map((c) => Number(c.total.toFixed(1))),
        beforeLoads: before.map((c) => Number(c.total.toFixed(1))),
        floor: floor.map((f) => Number(f.toFixed(1))),
      };
      rows.push(row);
      results.push(row);
      console.log(
        `${name}: over the floor ${row.over.toFixed(1)} ms, script and continuations ${row.scriptOver.toFixed(1)} (ours ${row.ours.join(' ')}; floor ${row.floor.join(' ')}), own script ${row.own.toFixed(1)}, our longest task ${row.longest.toFixed(1)}, explainer ${row.explainer}` +
          (row.before
            ? `; before: ${row.before.over.toFixed(1)} ms, script and continuations ${row.before.scriptOver.toFixed(1)} (${row.beforeLoads.join(' ')}), own script ${row.before.own.toFixed(1)}, longest task ${row.before.longest.toFixed(1)}, explainer ${row.before.explainer}`
            : ''),
      );
      if (out) writeFileSync(out, JSON.stringify(results, null, 1));
    }
    const report = (label: string, of: (row: Row) => Measured) => {
      const measured = rows.map((row) => ({ name: row.name, ...of(row) }));
      const over = measured.map((r) => r.over).sort((a, b) => a - b);
      const p90 = over[Math.min(over.length - 1, Math.ceil(over.length * 0.9) - 1)] ?? Number.NaN;
      console.log(
        `\n${label}: ${measured.length} pages, over the injection floor: median ${median(over).toFixed(1)} ms, 90th percentile ${p90.toFixed(1)}, worst ${Math.max(...over).toFixed(1)} (${measured.find((r) => r.over === Math.max(...over))?.name}), over 50 ms: ${over.filter((v) => v > 50).length}; script and promise continuations over the floor's: median ${median(measured.map((r) => r.scriptOver)).toFixed(1)}, worst ${Math.max(...measured.map((r) => r.scriptOver)).toFixed(1)}; own script median ${median(measured.map((r) => r.own)).toFixed(1)}; our longest task ${Math.max(...measured.map((r) => r.longest)).toFixed(1)} ms; explainer injected on ${measured.filter((r) => r.explainer).length}`,
      );
    };
    report('this build', (row) => row);
    if (BEFORE_DIR) {
      report(
        `before (${process.env.HELDOUT_BEFORE})`,
        (row) => row.before as NonNullable<Row['before']>,
      );
    }
  }
  await context.close();
  server.close();
}

await main();
