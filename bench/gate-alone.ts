/**
 * `npx tsx bench/gate-alone.ts`: the page gate alone, each way of reading and testing
 * (`GateMode`) side by side, on the bench's pages in headless Chromium without an extension.
 *
 * Each mode's gate (the glossary's `TermGate` and `watchForTerms`) is bundled into one script
 * that defines `runGate()`. Per run and mode, a fresh tab loads the page; the script is added
 * and then `runGate()` is called once from a timer, cold, as the content script would. The
 * main thread's CPU time of that timer task (the trace's `TimerFire`, thread time) is what the
 * gate cost; the script's compile and evaluation are reported apart. Modes are interleaved run
 * by run, so that they share the machine's load.
 *
 * Environment: BENCH_RUNS (default 7), BENCH_PAGES (default every page: news, portal, wiki,
 * article, forum, and news1, portal1, wiki1 with one "release cadence" each),
 * GATE_MODES (default every mode), GATE_BEFORE (a folder holding another version's `page/` and
 * `knowledge/`, for example `git archive <commit> page knowledge | tar -x -C <folder>`: each
 * mode's gate of that version runs too, as `<mode>@before`, interleaved with this one's),
 * GATE_PAGES_DIR (a folder of saved pages, such as the held-out ones: BENCH_PAGES then names its
 * files without `.html`, in place of the generated pages), GATE_WORLD=isolated (run the gate in
 * an isolated world of its own, as the content script runs, instead of the page's: there every
 * node a walk passes costs a wrapper of that world's).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { GLOSSARY } from '../knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from '../knowledge/terms/term-context';
import { compileTermGate, type GateMode } from '../knowledge/terms/term-gate';
import {
  articlePage,
  forumPage,
  newsPage,
  portalPage,
  wikiPage,
  withOneCadence,
} from './generate-pages';
import { median, startTrace } from './trace';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MODES = (process.env.GATE_MODES?.split(',') ?? [
  'regex',
  'staged',
  'trie',
  'nodes',
]) as GateMode[];
const BEFORE = process.env.GATE_BEFORE ? resolve(process.env.GATE_BEFORE) : null;
/** The gates run: each mode of this version, and of GATE_BEFORE's. */
const ENTRIES = [...MODES, ...(BEFORE ? MODES.map((mode) => `${mode}@before`) : [])];
const generators: Record<string, () => string> = {
  news: newsPage,
  portal: portalPage,
  wiki: wikiPage,
  article: articlePage,
  forum: forumPage,
  // The same pages with one ambiguous term, as a real ordinary page might hold.
  news1: () => withOneCadence(newsPage()),
  portal1: () => withOneCadence(portalPage()),
  wiki1: () => withOneCadence(wikiPage()),
};
const PAGES_DIR = process.env.GATE_PAGES_DIR;
/** GATE_WORLD=isolated: run the gate in an isolated world, as the content script runs. */
const ISOLATED = process.env.GATE_WORLD === 'isolated';
if (PAGES_DIR) {
  for (const name of process.env.BENCH_PAGES?.split(',') ?? []) {
    generators[name] = () => readFileSync(resolve(PAGES_DIR, `${name}.html`), 'utf8');
  }
}
const PAGES = process.env.BENCH_PAGES?.split(',') ?? Object.keys(generators);

/** The gate of `entry` (a mode, of GATE_BEFORE's version after `@`) as one classic script defining `window.runGate`. */
async function bundle(entry: string): Promise<string> {
  const [mode, version] = entry.split('@') as [GateMode, string | undefined];
  const gate = compileTermGate(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT, mode });
  const result = await build({
    stdin: {
      contents: `
        import { watchForTerms } from './page/page-gate';
        const gate = ${JSON.stringify(gate)};
        const life = { isValid: true, onEnd() {} };
        window.runGate = () => {
          const start = performance.now();
          let opened = false;
          watchForTerms(document, gate, life, () => { opened = true; });
          window.gateResult = { opened, wallMs: performance.now() - start };
        };
      `,
      resolveDir: version && BEFORE ? BEFORE : ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: true,
  });
  return result.outputFiles[0]?.text ?? '';
}

async function main() {
  const scripts = Object.fromEntries(
    await Promise.all(ENTRIES.map(async (entry) => [entry, await bundle(entry)] as const)),
  );
  const pages = Object.fromEntries(PAGES.map((name) => [name, generators[name]?.() ?? '']));
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').slice(1);
    if (path.startsWith('gate-')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(scripts[path.slice(5, -3)] ?? '');
      return;
    }
    response.writeHead(pages[path] ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pages[path] ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Saved pages ask for other hosts' scripts and images: refused at once, as with no network.
    args: PAGES_DIR ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  for (const name of PAGES) {
    const results: Record<
      string,
      { cpu: number[]; wall: number[]; load: number[]; opened: boolean[] }
    > = Object.fromEntries(
      ENTRIES.map((mode) => [mode, { cpu: [], wall: [], load: [], opened: [] }]),
    );
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ENTRIES) {
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/${name}`, { waitUntil: 'load' });
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        const cdp = await context.newCDPSession(page);
        const endTrace = await startTrace(cdp, 'devtools.timeline,v8');
        const run = `new Promise((done) => setTimeout(() => { runGate(); setTimeout(done, 50); }, 20))`;
        let result: { opened: boolean; wallMs: number };
        if (ISOLATED) {
          // As the content script runs: in a world of its own, where every node the walk passes
          // gets a wrapper of that world's.
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
            frameId: frameTree.frame.id,
            worldName: 'gate',
          });
          const evaluate = async (expression: string) =>
            (
              await cdp.send('Runtime.evaluate', {
                expression,
                contextId,
                awaitPromise: true,
                returnByValue: true,
              })
            ).result.value;
          await evaluate(`${scripts[mode]}\n//# sourceURL=gate-${mode}.js`);
          await evaluate(run);
          result = await evaluate('window.gateResult');
        } else {
          await page.addScriptTag({ url: `http://127.0.0.1:${port}/gate-${mode}.js` });
          await page.evaluate(run);
          result = (await page.evaluate(
            () =>
              (window as unknown as { gateResult: { opened: boolean; wallMs: number } }).gateResult,
          )) as { opened: boolean; wallMs: number };
        }
        const events = await endTrace();
        // The timer that ran the gate: the longest timer task of the page's main thread.
        const timers = events.filter((e) => e.name === 'TimerFire' && e.ph === 'X');
        const gateTimer = timers.sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
        const evaluation = events
          .filter(
            (e) =>
              e.ph === 'X' &&
              (e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
              (e.args?.data?.url ?? '').includes(`gate-${mode}`),
          )
          .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
        const entry = results[mode] as (typeof results)[string];
        entry.cpu.push((gateTimer?.tdur ?? Number.NaN) / 1000);
        entry.wall.push(result.wallMs);
        entry.load.push(evaluation / 1000);
        entry.opened.push(result.opened);
        await cdp.detach();
        await page.close();
      }
    }
    console.log(`\n## ${name}: the gate's timer task, medians of ${RUNS}`);
    console.log('| mode | CPU ms | wall ms | script evaluation CPU ms | opened |');
    console.log('|---|---|---|---|---|');
    for (const mode of ENTRIES) {
      const entry = results[mode] as (typeof results)[string];
      console.log(
        `| ${mode} | ${median(entry.cpu).toFixed(2)} | ${median(entry.wall).toFixed(2)} | ${median(entry.load).toFixed(2)} | ${[...new Set(entry.opened)].join('/')} |`,
      );
    }
  }
  await browser.close();
  server.close();
}

await main();
