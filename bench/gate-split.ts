/**
 * `GATE_PAGES_DIR=<folder> npx tsx bench/gate-split.ts [page ...]`: where the page gate's time
 * goes, step by step, on saved pages (the held-out ones: `<folder>/<page>.html`), in headless
 * Chromium's page world with no extension. Each run loads a page in a fresh context, then times
 * in the page, with `performance.now()`, the steps the `texts` gate takes
 * (page/page-gate.ts, knowledge/terms/term-gate.ts):
 * - finding the text inside `script`, `style` and `noscript`, which the gate leaves out;
 * - walking the other text nodes and joining their data with a tag's edge;
 * - compiling the clear pattern (its first test, on a one-character string);
 * - scanning the joined text with it (a string of the page's width: V8 compiles a pattern again
 *   for the other width, and tiers a pattern up to native code on its second run);
 * - the ambiguous and running patterns, compiled and run once each;
 * - and, beside them, the clear pattern without the `i` flag on the text lowercased first (in
 *   odd runs before the steps above, in even runs after them).
 * Wall times in milliseconds, medians of BENCH_RUNS (default 5). The page world makes no wrapper
 * for the nodes walked; the content script's isolated world does (`bench/gate-alone.ts` with
 * GATE_WORLD=isolated measures the whole gate there). Page names default to eight of the
 * held-out pages of 100 KB or more.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { GLOSSARY } from '../knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from '../knowledge/terms/term-context';
import { compileTermGate } from '../knowledge/terms/term-gate';
import { quietBrowserArgs } from '../tests/e2e/support/extension-browser';
import { median } from './trace';

const PAGES_DIR = process.env.GATE_PAGES_DIR;
if (!PAGES_DIR) throw new Error('Set GATE_PAGES_DIR to a folder of saved pages (*.html)');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['cnn', 'msn', 'wikipedia', 'medium-3', 'nytimes-5', 'engadget', 'aclu', 'wikipedia-2'];

const gate = compileTermGate(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT, mode: 'texts' });
const patterns = {
  clear: gate.clear,
  ambiguous: gate.ambiguous,
  running: gate.running,
  lowerClear: gate.clear.replaceAll('[A-Za-z0-9]', '[a-z0-9]'),
};

/** The page's own file for its name; anything else it asks for (images, scripts) is not found. */
const server = createServer((request, response) => {
  const name = (request.url ?? '/').slice(1);
  if (!/^[\w-]+$/.test(name)) {
    response.statusCode = 404;
    response.end();
    return;
  }
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(readFileSync(join(PAGES_DIR, `${name}.html`)));
}).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // No extension; every host but the page server's fails at once (no network).
  args: quietBrowserArgs('MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'),
});

const STEPS = [
  'leave out',
  'walk and join',
  'clear: compile',
  'clear: scan',
  'ambiguous and running',
  'lowercase',
  'no-i clear: first test',
];
console.log(`| page (characters tested) | ${STEPS.join(' | ')} |`);
console.log(`|---|${STEPS.map(() => '---').join('|')}|`);
const orders: string[] = [];
for (const name of PAGES) {
  const runs: number[][] = [];
  let characters = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/${name}`, { waitUntil: 'load' }).catch(() => {});
    const [times, length] = await page.evaluate(
      (sources) => {
        const marks = [performance.now()];
        const unread = new Set<Node>();
        for (const element of document.querySelectorAll('script,style,noscript')) {
          for (const child of element.childNodes) unread.add(child);
        }
        marks.push(performance.now());
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!unread.has(node)) texts.push((node as Text).data);
        }
        const joined = texts.join('<>');
        marks.push(performance.now());
        // (In turn, the lowered text's test first or last: the first pattern compiled in a page
        // may pay for setting up what the second then finds ready.)
        const lowerFirst = sources.run % 2 === 1;
        let lowerTimes: number[] = [];
        let before = 0;
        // (No inner functions: the page cannot see the helpers a bundler names them with.)
        for (const phase of lowerFirst ? ['lower', 'i'] : ['i', 'lower']) {
          if (phase === 'lower') {
            const start = performance.now();
            const lower = joined.toLowerCase();
            const lowerDone = performance.now();
            new RegExp(sources.lowerClear).test(lower);
            lowerTimes = [lowerDone - start, performance.now() - lowerDone];
            continue;
          }
          before = performance.now();
          const clear = new RegExp(sources.clear, 'i');
          clear.test('x');
          marks.push(performance.now());
          clear.test(joined);
          marks.push(performance.now());
          new RegExp(sources.ambiguous, 'i').test(joined);
          new RegExp(sources.running, 'i').test(joined);
          marks.push(performance.now());
        }
        const steps = marks.slice(1).map((mark, i) => mark - (marks[i] as number));
        // The clear pattern's compile is timed from its own start, not from the lowered test's.
        steps[2] = (marks[3] as number) - before;
        return [[...steps, ...lowerTimes], joined.length];
      },
      { ...patterns, run },
    );
    runs.push(times);
    characters = length;
    await context.close();
  }
  const cells = STEPS.map((_, step) =>
    median(runs.map((times) => times[step] as number)).toFixed(1),
  );
  console.log(`| ${name} (${characters.toLocaleString('en-GB')}) | ${cells.join(' | ')} |`);
  // The clear pattern compiled and run, with the flag and without, by which went first.
  const withFlag = (times: number[]) => (times[2] as number) + (times[3] as number);
  const lowered = (times: number[]) => times[6] as number;
  const cell = (first: number, of: (times: number[]) => number) =>
    median(runs.filter((_, run) => run % 2 === first).map(of)).toFixed(1);
  orders.push(
    `| ${name} | ${cell(0, withFlag)} / ${cell(0, lowered)} | ${cell(1, lowered)} / ${cell(1, withFlag)} |`,
  );
}
console.log(
  '\n| page | `i` first, then lowered: `i` / lowered | lowered first, then `i`: lowered / `i` |',
);
console.log('|---|---|---|');
for (const row of orders) console.log(row);
await browser.close();
server.close();
