/**
 * The toolbar button says what the extension does on the tab in front of the reader: on for this
 * site (its badge: how many different terms the reader has met on the page so far), off, or
 * paused everywhere. Without the "tabs" permission the background cannot read a tab's address,
 * so the content script tells it (`page→background:page-state`) and every other tab shows "off".
 * Tab-specific icons, titles and badges are set for tabs that report; the global ones (every
 * other tab) follow the pause alone.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../knowledge/preferences';
import { type PageState, sendToPage } from '../messages';

/** The three looks of the toolbar button. */
export type ToolbarMode = 'on' | 'off' | 'paused';

/** What the toolbar button shows for one tab (or for every tab without its own). */
export interface ToolbarLook {
  mode: ToolbarMode;
  /** The tooltip; tests read it with `action.getTitle`, screen readers announce it. */
  title: string;
  /** The badge text; empty for none. */
  badge: string;
}

const TITLES: Readonly<Record<ToolbarMode, string>> = {
  on: 'Hip Pain Guide — on for this site',
  off: 'Hip Pain Guide — off for this site',
  paused: 'Hip Pain Guide — paused',
};

const ICON_PATHS: Readonly<Record<ToolbarMode, Record<number, string>>> = {
  on: { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' },
  off: { 16: '/icons/icon-off-16.png', 32: '/icons/icon-off-32.png' },
  paused: { 16: '/icons/icon-paused-16.png', 32: '/icons/icon-paused-32.png' },
};

/** Badges longer than this do not fit the button: a page with more says "99+". */
const BADGE_MAX = 99;

/**
 * How the button looks for a tab whose page reported `page` (null: no page of ours reported,
 * so nothing is explained there).
 */
export function toolbarLook(settings: Settings, page: PageState | null): ToolbarLook {
  if (settings.paused) return { mode: 'paused', title: TITLES.paused, badge: '' };
  if (!page?.explaining) return { mode: 'off', title: TITLES.off, badge: '' };
  const count = page.termCount;
  const badge =
    settings.termCountBadge && count > 0 ? (count > BADGE_MAX ? `${BADGE_MAX}+` : `${count}`) : '';
  return {
    mode: 'on',
    title: count > 0 ? `${TITLES.on} (${count} terms met on this page so far)` : TITLES.on,
    badge,
  };
}

/** Shows `look` on the button for `tabId`, or for every tab without a look of its own. */
export async function showToolbarLook(look: ToolbarLook, tabId?: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    action.setIcon({ ...target, path: ICON_PATHS[look.mode] }),
    action.setTitle({ ...target, title: look.title }),
    action.setBadgeText({ ...target, text: look.badge }),
  ]);
}

/**
 * When each tab's page last told us what it does, so that an answer we asked for earlier never
 * overwrites a newer report: after a change of settings the page may answer our question before
 * it has applied the change, and then report again once it has.
 */
export type PageReports = Map<number, number>;

/**
 * Forgets the report of each tab as it closes, so the map holds open tabs only. A tab that loads
 * another page keeps its entry: the time of its last report still orders the answers that come
 * after it, and the new page's first report replaces it.
 */
export function forgetClosedTabs(reports: PageReports): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.delete(tabId);
  });
}

/**
 * Asks the page in `tabId` what it does and shows that on its button. A tab without our content
 * script (a site that is off, a browser page) does not answer and shows the global look.
 */
export async function refreshTabLook(
  settings: Settings,
  tabId: number,
  reports: PageReports,
): Promise<void> {
  const asked = performance.now();
  // No answer is the answer "nothing of ours runs here".
  const page = await sendToPage(tabId, 'background→page:page-state', {}).catch(() => null);
  if ((reports.get(tabId) ?? -1) > asked) return;
  await showToolbarLook(toolbarLook(settings, page), tabId);
}

/** Shows the look of every open tab and the global one, after a change of settings. */
export async function refreshEveryLook(settings: Settings, reports: PageReports): Promise<void> {
  await showToolbarLook(toolbarLook(settings, null));
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : refreshTabLook(settings, tab.id, reports),
    ),
  );
}
