/**
 * Accessibility checks with axe-core on an extension page: the serious and critical violations,
 * one readable line each, so a test can expect an empty list and print what went wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations on the page, or only inside `within` (a selector). */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // `page.addScriptTag` adds an inline script, which the extension page's CSP (script-src
  // 'self') refuses; evaluating through the DevTools protocol is not subject to it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(context: string | Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(selector ?? document)).violations;
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes[0]?.target}`);
}
