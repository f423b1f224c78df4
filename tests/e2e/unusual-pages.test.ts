/**
 * Unusual pages in real Chromium: international text, invisible characters, shadow roots, SVG and
 * frames; a page with over 100,000 text nodes; and a page that rewrites itself every frame.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForThisFile, HOSTS } from './support/extension-browser';
import { markCount, markedText, openMarked, setSettings, waitForMarks } from './support/page-marks';
import { hoverWords, overlaps, waitForCard } from './support/term-geometry';

const browser = browserForThisFile();

beforeAll(async () => {
  // These pages test which text forms are found, so every mention is marked (by default each
  // term is marked once per screen; calm-pages.test.ts tests that).
  await setSettings(browser, { markingMode: 'every' });
});

const open = (host: string, path: string) => openMarked(browser, host, path);

describe('international and invisible text', () => {
  it('marks terms among emoji, accents, soft hyphens, right-to-left text and slotted text', async () => {
    const page = await open(HOSTS.podiumRunner, 'unusual.html');
    expect(await markedText(page, 'emoji')).toBe(
      'Café run ☕🏃‍♀️ then [[ITBS]] 🔥 flared — trochantéric? No: plain [[trochanteric bursitis]].',
    );
    expect(await markedText(page, 'soft')).toBe(
      'Long words break: [[tendi\u00adnitis]], [[hip bur\u00adsitis]], and [[IT\u200bband]] are all in here.',
    );
    expect(await markedText(page, 'rtl')).toContain('[[ITBS]]');
    expect(await markedText(page, 'rtl')).toContain('[[hip bursitis]]');
    expect(await markedText(page, 'slotted')).toBe('Slotted text: [[labral tear]] after a fall.');
    const term = await hoverWords(page, 'rtl', 'ITBS');
    const card = await waitForCard(page);
    expect(overlaps(card, term)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(1200);
    await page.close();
  });

  it('leaves shadow-root internals, SVG text and frames alone, as documented', async () => {
    const page = await open(HOSTS.podiumRunner, 'unusual.html');
    const outside = await page.evaluate(() => {
      let count = 0;
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          const node = (range as AbstractRange).startContainer;
          if (node.getRootNode() !== document || node.parentElement?.closest('svg')) count++;
        }
      }
      const frame = document.getElementById('frame') as HTMLIFrameElement;
      const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
      return count + (frameWindow?.CSS.highlights.size ?? 0);
    });
    expect(outside).toBe(0);
    await page.close();
  });
});

describe('a page laid out in columns', () => {
  it('marks a sidebar beside the main text, though it comes after it in the document', async () => {
    const page = await open(HOSTS.irunfar, 'columns.html');
    expect(await markedText(page, 'aside-term')).toBe(
      'Outer hip pain when lying on that side is often [[trochanteric bursitis]].',
    );
    expect(await markedText(page, 'aside-lower')).toBe(
      'A [[labral tear]] can catch or click deep in the joint.',
    );
    await page.close();
  });
});

describe('a page with over 100,000 text nodes', () => {
  it('marks what is on screen quickly and a term at the very end once scrolled to', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.letsRun, 'big-thread.html'));
    expect(
      await page.evaluate(() => (window as unknown as { textNodeCount: number }).textNodeCount),
    ).toBeGreaterThan(100_000);
    await waitForMarks(page);
    // Registered ranges stay proportional to the screen, not to the page's ~20,000 terms.
    expect(await markCount(page)).toBeLessThan(400);
    await page.evaluate(() =>
      document.getElementById('last-post')?.scrollIntoView({ block: 'center' }),
    );
    await page.waitForFunction(() =>
      [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .some((r) =>
          document.getElementById('last-post')?.contains((r as AbstractRange).startContainer),
        ),
    );
    const term = await hoverWords(page, 'last-post', 'labral tear');
    const card = await waitForCard(page);
    expect(overlaps(card, term)).toBe(false);
    await page.close();
  });
});

describe('a page that rewrites itself every frame', () => {
  /** Runs the page's 120-frame storm and returns its wall time and main-thread script time. */
  async function storm(host: string) {
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(browser.url(host, 'storm.html'));
    if (host !== HOSTS.notRunning) await waitForMarks(page);
    const scriptMs = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    };
    const before = await scriptMs();
    const wallMs = await page.evaluate(() =>
      (window as unknown as { startStorm(frames: number): Promise<number> }).startStorm(120),
    );
    const script = (await scriptMs()) - before;
    if (host !== HOSTS.notRunning) {
      // Re-marking is throttled, so the last rewrite is marked shortly after the storm ends.
      await page.waitForFunction(() =>
        [...CSS.highlights.values()]
          .flatMap((h) => [...h])
          .some((r) =>
            document.getElementById('board')?.contains((r as AbstractRange).startContainer),
          ),
      );
    }
    const marks = await markedText(page, 'board');
    await page.close();
    return { wallMs, script, marks };
  }

  it('keeps up with the page: its work stays bounded and the page keeps its frame rate', async () => {
    const without = await storm(HOSTS.notRunning);
    const withExtension = await storm(HOSTS.strava);
    console.log(
      `mutation storm, 120 frames: ${without.wallMs.toFixed(0)} ms / ${without.script.toFixed(0)} ms script without the extension; ` +
        `${withExtension.wallMs.toFixed(0)} ms / ${withExtension.script.toFixed(0)} ms script with it ` +
        `(extension share of wall time ${(((withExtension.script - without.script) / withExtension.wallMs) * 100).toFixed(1)}%)`,
    );
    // Throttled re-marking: the extension's added script time is a small share of the storm.
    expect(withExtension.script - without.script).toBeLessThan(withExtension.wallMs * 0.15);
    expect(withExtension.wallMs).toBeLessThan(without.wallMs * 1.5 + 200);
    // And it caught up with the last rewrite, marking only the current text.
    expect(withExtension.marks).toMatch(/\[\[.+\]\].*\(update 119\)/);
    expect(without.marks).not.toContain('[[');
  });
});
