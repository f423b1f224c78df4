/**
 * What a sidebar page showed and said when its test failed: a screenshot, its console and errors,
 * its address and the start of its text, saved to `test-results/failures/` and summed up in the
 * log. A rare failure on a loaded CI machine (a form that never appeared in 20 s) could not be
 * told apart from a page that never rendered without it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

const FAILURE_DIR = resolve(import.meta.dirname, '../../../test-results/failures');
/** A stalled page must not hold up the report of its own failure. */
const READ_LIMIT_MS = 5_000;

/**
 * Starts listening to `page` and, if the running test fails, saves what it showed. Outside a
 * test (a file's `beforeAll`) there is no test to fail, so nothing is registered.
 */
export function recordPageOnFailure(page: Page): void {
  const heard: string[] = [];
  const started = Date.now();
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  page.on('console', (message) =>
    heard.push(`${at()} console.${message.type()}: ${message.text()}`),
  );
  page.on('pageerror', (error) => heard.push(`${at()} page error: ${error.message}`));
  page.on('crash', () => heard.push(`${at()} the page crashed`));
  page.on('load', () => heard.push(`${at()} load event`));
  try {
    onTestFailed(async ({ task }) => {
      if (page.isClosed()) return;
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      mkdirSync(FAILURE_DIR, { recursive: true });
      const shot = join(FAILURE_DIR, `${name}.png`);
      const state = await withinLimit(
        page.evaluate(() => ({
          readyState: document.readyState,
          text: document.body?.textContent?.slice(0, 1_500) ?? '(no body)',
        })),
      );
      await withinLimit(page.screenshot({ path: shot }));
      const report = [
        `Failed: ${task.name}`,
        `Page: ${page.url()} (open ${at()})`,
        `Document: ${state ? state.readyState : 'did not answer in 5 s'}`,
        ...heard,
        '--- text ---',
        state ? state.text : '(none read)',
      ].join('\n');
      writeFileSync(join(FAILURE_DIR, `${name}.txt`), report);
      console.error(`${report}\n(screenshot: ${shot})`);
    });
  } catch {
    // Called outside a running test: nothing to report to.
  }
}

async function withinLimit<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<undefined>((resolveLimit) => {
    timer = setTimeout(() => resolveLimit(undefined), READ_LIMIT_MS);
  });
  try {
    return await Promise.race([work.catch(() => undefined), limit]);
  } finally {
    clearTimeout(timer);
  }
}
