/** Where words are on a page, for moving the mouse onto a term like a reader would. */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The on-screen box of the first occurrence of `words` inside the element with `id`. */
export async function boxOfWords(page: Page, id: string, words: string): Promise<ScreenBox> {
  return page.evaluate(
    ({ id, words }) => {
      const element = document.getElementById(id);
      if (!element) throw new Error(`No #${id}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const rect = range.getClientRects()[0];
        if (!rect) break;
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      }
      throw new Error(`"${words}" not found in #${id}`);
    },
    { id, words },
  );
}

/**
 * How a page finds the open card: the host has no name of ours, only its place in the top layer
 * as an open popover (fixture pages open no popovers of their own).
 */
export const OPEN_CARD = ':popover-open';

/**
 * The card host's box, once the card is open. Polls in `page.evaluate`, which works under any
 * Content-Security-Policy (`waitForFunction` does not).
 */
export async function waitForCard(page: Page): Promise<ScreenBox> {
  return page.evaluate(
    (selector) =>
      new Promise<ScreenBox>((resolve, reject) => {
        const deadline = performance.now() + 10_000;
        const check = () => {
          const host = document.querySelector(selector);
          const rect = host ? host.getBoundingClientRect() : null;
          if (rect && rect.height > 0 && host?.checkVisibility({ visibilityProperty: true })) {
            return resolve({
              left: rect.left,
              top: rect.top,
              right: rect.right,
              bottom: rect.bottom,
            });
          }
          if (performance.now() > deadline) return reject(new Error('No card within 10 s'));
          requestAnimationFrame(check);
        };
        check();
      }),
    OPEN_CARD,
  );
}

/** Resolves once no card is open. */
export async function waitForNoCard(page: Page): Promise<void> {
  await page.evaluate(
    (selector) =>
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + 10_000;
        const check = () => {
          if (!document.querySelector(selector)) return resolve();
          if (performance.now() > deadline) return reject(new Error('The card stayed open'));
          requestAnimationFrame(check);
        };
        check();
      }),
    OPEN_CARD,
  );
}

export function overlaps(a: ScreenBox, b: ScreenBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The accessible names of dialogs on the page, from Chromium's accessibility tree. */
export async function dialogNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
  };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'dialog')
    .map((node) => node.name?.value ?? '');
}

/** Moves the mouse onto `words` and rests it in their middle, as a reader would. */
export async function hoverWords(page: Page, id: string, words: string): Promise<ScreenBox> {
  const box = await boxOfWords(page, id, words);
  await page.mouse.move(box.left + 1, (box.top + box.bottom) / 2);
  await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 3 });
  return box;
}

/**
 * How many pixels inside `box` carry the shaded mark's amber tint over the page's white: what a
 * reader sees, which the highlight registry and computed styles alone do not prove (a style sheet
 * the renderer does not apply to highlights still reports its colour to getComputedStyle).
 */
export async function tintedPixels(page: Page, box: ScreenBox): Promise<number> {
  const image = PNG.sync.read(
    await page.screenshot({
      clip: { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top },
      animations: 'disabled',
    }),
  );
  let tinted = 0;
  for (let at = 0; at < image.data.length; at += 4) {
    const red = image.data.readUInt8(at);
    const green = image.data.readUInt8(at + 1);
    const blue = image.data.readUInt8(at + 2);
    // 22% amber over white is about (255, 241, 199): warm, with blue well below red and green.
    if (red > 240 && green > 220 && blue < 220 && red - blue > 30) tinted++;
  }
  return tinted;
}
