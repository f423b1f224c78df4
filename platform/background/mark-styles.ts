/**
 * How marks on pages get their look, without the manifest injecting any CSS on every running site
 * (a page could read a manifest rule with one `getComputedStyle(body, '::highlight(<name>)')`,
 * even where the reader switched us off). Instead the page side asks, once it marks anything, and
 * the background inserts a style sheet for this page load's random highlight names into that
 * frame: page CSP cannot block it, and page scripts cannot list it (the browser keeps injected
 * sheets out of `document.styleSheets`). Author origin, not user: Chromium 156 reports a user
 * sheet's `::highlight` colours to getComputedStyle but does not paint them (a pixel test in
 * tests/e2e/page-terms.test.ts holds this).
 *
 * Background only: `scripting` needs host access to the tab, which the running sites' content
 * script matches and the user's own granted sites give.
 */
import { browser } from 'wxt/browser';
import { type MarkScope, scopeSelector } from '../mark-scope';
import type { MarkNames } from '../messages';

/** Lower-case letters only (the page side makes them so): nothing that could break out of CSS. */
const HIGHLIGHT_NAME = /^[a-z]{8,64}$/;

/** True if `names` are two well-formed highlight names. */
export function isMarkNames(names: unknown): names is MarkNames {
  if (typeof names !== 'object' || names === null) return false;
  const { underline, background } = names as Record<string, unknown>;
  return (
    typeof underline === 'string' &&
    typeof background === 'string' &&
    HIGHLIGHT_NAME.test(underline) &&
    HIGHLIGHT_NAME.test(background)
  );
}

/**
 * The style sheet for marks under `names`, in the elements of `scope` (and so, by highlight
 * inheritance, in their children; see platform/mark-scope.ts for why not everywhere). The
 * underline is an option, not the default: Blink rebuilds highlight markers whenever the page's
 * DOM changes, and text decorations make it re-measure each marked node's overflow too (~80 ms a
 * frame on a page of 12k posts; README, Measured). A background costs a repaint only.
 */
export function markStyleSheet(names: MarkNames, scope: MarkScope): string {
  const within = (name: string) =>
    scopeSelector(scope)
      .split(',')
      .map((selector) => `${selector}::highlight(${name})`)
      .join(',\n');
  return `${within(names.underline)} {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 2px;
  text-decoration-color: #d0600f;
  text-underline-offset: 3px;
}
${within(names.background)} {
  background-color: rgb(255 190 0 / 0.22);
  color: inherit;
}`;
}

/** Where a message from a page came from: the frame the style sheet goes into. */
export interface PageFrame {
  tabId: number;
  frameId: number;
}

/** Inserts (or removes) the mark style sheet for `names` within `scope` in one frame. */
export async function setMarkStyles(
  frame: PageFrame,
  names: MarkNames,
  scope: MarkScope,
  on: boolean,
): Promise<void> {
  if (scope.length === 0) return;
  const injection = {
    target: { tabId: frame.tabId, frameIds: [frame.frameId] },
    css: markStyleSheet(names, scope),
    origin: 'AUTHOR' as const,
  };
  if (on) await browser.scripting.insertCSS(injection);
  else await browser.scripting.removeCSS(injection);
}
