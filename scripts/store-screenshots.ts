/**
 * Store screenshots and the welcome page's pictures, made from the real extension: Chromium with
 * the build loaded (the e2e harness), fixture pages under real running-site names, a sample
 * journal. Run `npm run build && npm run store:screenshots`.
 *
 * - store/screenshots/*.png: 1280×800, as both stores ask — a running article on the left and
 *   the sidebar on the right, composed side by side (the side panel itself cannot be captured).
 * - public/welcome/*.png: small crops for the welcome page (1x, kept well under 300 KB in all).
 * - docs/screenshot.png: the first store screenshot, shown at the top of the README.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { JournalRun, JournalShoe } from '../knowledge/journal/types';
import {
  type ExtensionBrowser,
  HOSTS,
  launchExtensionBrowser,
} from '../tests/e2e/support/extension-browser';
import { waitForMarks } from '../tests/e2e/support/page-marks';
import { hoverWords, waitForCard } from '../tests/e2e/support/term-geometry';

const ROOT = resolve(import.meta.dirname, '..');
const STORE_DIR = resolve(ROOT, 'store/screenshots');
const WELCOME_DIR = resolve(ROOT, 'public/welcome');
const SIZE = { width: 1280, height: 800 };
const SIDEBAR_WIDTH = 400;
const PAGE_WIDTH = SIZE.width - SIDEBAR_WIDTH;

/** `days` before today as `YYYY-MM-DD`, so the sample journal is always recent. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Three weeks of runs in which the outer hip starts to ache as the distance goes up. */
function sampleJournal(): { runs: Omit<JournalRun, 'id'>[]; shoes: Omit<JournalShoe, 'id'>[] } {
  const plan: [number, number, number | null, number | null][] = [
    // days ago, km, pain during, pain next morning
    [20, 6, 0, 0],
    [18, 8, 0, 0],
    [16, 5, 0, 0],
    [13, 10, 1, 1],
    [11, 6, 1, 1],
    [9, 14, 2, 2],
    [6, 8, 2, 3],
    [4, 16, 4, 4],
    [2, 6, 3, 3],
    [0, 8, 4, null],
  ];
  const now = Date.now();
  const runs = plan.map(([ago, km, during, nextMorning]) => ({
    date: daysAgo(ago),
    distanceKm: km,
    durationMin: Math.round(km * 5.6),
    surface: ago % 3 === 0 ? ('trail' as const) : ('road' as const),
    shoeId: 1,
    warmedUp: ago % 4 !== 0,
    stretchedAfter: true,
    limp: false,
    painCharacter: (during ?? 0) > 0 ? ('ache' as const) : ('none' as const),
    pain: { before: 0, during, after: during, nextMorning },
    zones: (during ?? 0) > 0 ? (['outer-hip'] as JournalRun['zones']) : [],
    notes: '',
    createdAt: now,
    updatedAt: now,
  }));
  return {
    runs,
    shoes: [{ name: 'Road shoes', startKm: 420, retired: false, createdAt: now }],
  };
}

/** Puts the sample journal into the extension's database, through one of its pages. */
async function fillJournal(extension: ExtensionBrowser): Promise<void> {
  const page = await extension.openSidebarPage('journal');
  await page.locator('main h1').first().waitFor();
  await page.evaluate(async (journal) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('hip-pain-guide');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(['runs', 'shoes'], 'readwrite');
    for (const shoe of journal.shoes) tx.objectStore('shoes').add(shoe);
    for (const run of journal.runs) tx.objectStore('runs').add(run);
    await new Promise((done) => {
      tx.oncomplete = done;
    });
    db.close();
  }, sampleJournal());
  await page.close();
}

/** The article, marked, at the left part's size; with a card open when `card` is set. */
async function article(extension: ExtensionBrowser, card: boolean): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: PAGE_WIDTH, height: SIZE.height });
  await page.goto(extension.url(HOSTS.runnersWorld, 'article.html'));
  await waitForMarks(page);
  if (card) {
    await hoverWords(page, 'intro', 'labral tear');
    await waitForCard(page);
  }
  return page;
}

/** The sidebar at `route`, at the right part's size, once `ready` says it has rendered. */
async function sidebar(
  extension: ExtensionBrowser,
  route: string,
  ready: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await extension.openSidebarPage(route);
  await page.setViewportSize({ width: SIDEBAR_WIDTH, height: SIZE.height });
  await page.locator('main h1, main h2').first().waitFor();
  // A failed run leaves a picture of what the sidebar showed, for whoever runs it next.
  await ready(page).catch(async (error) => {
    await page.screenshot({ path: resolve(ROOT, 'test-results/store-screenshot-failed.png') });
    throw error;
  });
  return page;
}

/** Composes the page and the sidebar side by side into one 1280×800 PNG. */
async function compose(
  extension: ExtensionBrowser,
  left: Buffer,
  right: Buffer,
  path: string,
): Promise<void> {
  const stage = await extension.context.newPage();
  await stage.setViewportSize(SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await stage.setContent(
    `<body style="margin:0;display:flex;background:#fff">
      <img src="${src(left)}" width="${PAGE_WIDTH}" height="${SIZE.height}">
      <img src="${src(right)}" width="${SIDEBAR_WIDTH}" height="${SIZE.height}"
        style="box-shadow:-1px 0 0 #b8c2cc">
    </body>`,
  );
  await stage
    .locator('img')
    .nth(1)
    .evaluate((img: HTMLImageElement) => img.decode());
  await stage.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
  await stage.close();
}

async function main(): Promise<void> {
  mkdirSync(STORE_DIR, { recursive: true });
  mkdirSync(WELCOME_DIR, { recursive: true });
  const extension = await launchExtensionBrowser();
  // tsx (esbuild) wraps named functions in `__name(...)`; give evaluated code that helper.
  await extension.context.addInitScript('window.__name = (f) => f;');
  try {
    await fillJournal(extension);
    const shots: {
      name: string;
      card: boolean;
      route: string;
      ready(page: Page): Promise<void>;
    }[] = [
      {
        name: '1-card-on-a-running-site',
        card: true,
        route: 'on-this-page',
        ready: (page) =>
          page.locator('[data-page-state]:not([data-page-state="loading"])').first().waitFor(),
      },
      {
        name: '2-guide',
        card: false,
        route: 'condition/hip-bursitis',
        ready: async () => {},
      },
      {
        name: '3-symptom-check',
        card: false,
        route: 'check?zone=outer-hip',
        ready: async (page) => {
          await page.getByLabel('Burning').check();
          await page.getByLabel('Lying on that side').check();
          await page.getByLabel('Getting up from a chair').check();
          // Suggestions wait for an answer to every safety question.
          const noToAll = page.getByRole('button', { name: /^No to all of these/ });
          await noToAll.first().waitFor();
          while ((await noToAll.count()) > 0) await noToAll.first().click();
          await page.locator('[data-outcome="ranked"]').waitFor();
          // The ranked causes at the top of the sidebar, where a reader's eye lands.
          await page
            .locator('#results-title')
            .evaluate((title) => title.scrollIntoView({ block: 'start', behavior: 'instant' }));
        },
      },
      {
        name: '4-journal',
        card: false,
        route: 'journal',
        ready: (page) => page.locator('.j-chart, svg').first().waitFor(),
      },
    ];
    for (const shot of shots) {
      const left = await article(extension, shot.card);
      // Taken while the article is in front: a page in a background tab shows no marks.
      const leftPng = await left.screenshot({ animations: 'disabled' });
      if (shot.card) {
        // The welcome page's picture of a card in its paragraph.
        const card = await waitForCard(left);
        const x = Math.max(0, Math.min(PAGE_WIDTH - 480, card.left - 120));
        const y = Math.max(0, Math.min(SIZE.height - 300, card.top - 30));
        await left.screenshot({
          path: resolve(WELCOME_DIR, 'page-card.png'),
          clip: { x, y, width: 480, height: 300 },
        });
      }
      const right = await sidebar(extension, shot.route, shot.ready);
      const rightPng = await right.screenshot({ animations: 'disabled' });
      await compose(extension, leftPng, rightPng, resolve(STORE_DIR, `${shot.name}.png`));

      const welcomeName = { '3-symptom-check': 'checker', '4-journal': 'journal' }[shot.name];
      if (welcomeName) {
        await right.screenshot({
          path: resolve(WELCOME_DIR, `${welcomeName}.png`),
          clip: { x: 0, y: 0, width: SIDEBAR_WIDTH, height: 480 },
        });
      }
      await left.close();
      await right.close();
    }
  } finally {
    await extension.close();
  }
  const welcomeBytes = ['page-card', 'checker', 'journal']
    .map((name) => statSync(resolve(WELCOME_DIR, `${name}.png`)).size)
    .reduce((a, b) => a + b, 0);
  copyFileSync(
    resolve(STORE_DIR, '1-card-on-a-running-site.png'),
    resolve(ROOT, 'docs/screenshot.png'),
  );
  console.log(`Store screenshots in ${STORE_DIR}`);
  console.log(`Welcome pictures in ${WELCOME_DIR}: ${Math.round(welcomeBytes / 1024)} KB in all`);
}

await main();
