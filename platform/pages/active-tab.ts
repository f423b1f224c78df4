/**
 * The sidebar's view of the page the reader is on: which hip-pain terms the content script
 * found there, and asking it to show one. The sidebar has no "tabs" permission, so it sees a
 * tab's address only on sites it holds host permission for; it asks the content script instead.
 */
import { type Browser, browser } from 'wxt/browser';
import { siteOfUrl, withoutWww } from '../../knowledge/running-sites';
import { loggedAs } from '../log';
import { type PageTermsReply, sendToPage } from '../messages';
import { defaultSiteOf, loadSettings } from '../settings';

/** A term on the page and how often it appears. */
export interface PageTerm {
  termId: string;
  count: number;
}

/** What the sidebar can say about the current page. */
export type PageTermsState =
  | { kind: 'terms'; tabId: number; terms: PageTerm[] }
  /**
   * The content script runs but the site is switched off. `sites` are the sites it may be: one
   * when the page says which, else every default site the user switched off.
   */
  | { kind: 'off'; tabId: number; sites: string[] }
  /** Nothing of ours runs in the tab; `site` is its site when the browser lets us see it. */
  | { kind: 'not-running'; site: string | null }
  | { kind: 'no-page' };

/**
 * The tab the reader is looking at. In the side panel that is the active tab; when the guide is
 * itself open in a tab (a tester, or someone who bookmarked it), it is the tab used just before.
 */
async function pageTab(): Promise<Browser.tabs.Tab | undefined> {
  // No tab of our own (the side panel) resolves undefined; a rejection means the same here.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const others = (await browser.tabs.query({ currentWindow: true })).filter(
    (tab) => tab.id !== own.id,
  );
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function offSites(tabId: number): Promise<string[]> {
  // No answer means an older content script: the default sites switched off are asked below.
  const reply = await sendToPage(tabId, 'sidebar→page:which-site', {}).catch(() => undefined);
  // Checked, not trusted: a content script from an older version may answer differently.
  const host = typeof reply?.host === 'string' ? reply.host : null;
  if (host) return [defaultSiteOf(host) ?? withoutWww(host)];
  // Older content scripts do not answer: the page is one of the default sites switched off.
  return (await loadSettings()).disabledSites;
}

/** Asks the page which terms it found. */
export async function readPageTerms(): Promise<PageTermsState> {
  const tab = await pageTab();
  if (tab?.id === undefined) return { kind: 'no-page' };
  const tabId = tab.id;
  let reply: PageTermsReply | null | undefined;
  try {
    reply = await sendToPage(tabId, 'sidebar→page:list-terms', {});
  } catch {
    // A rejected message: no content script of ours in that tab.
    return { kind: 'not-running', site: siteOfUrl(tab.url ?? '') };
  }
  if (reply && Array.isArray(reply.terms)) {
    const terms = reply.terms
      .filter((term) => typeof term.termId === 'string' && term.count > 0)
      .sort((a, b) => b.count - a.count);
    return { kind: 'terms', tabId, terms };
  }
  const site = siteOfUrl(tab.url ?? '');
  return {
    kind: 'off',
    tabId,
    sites: site ? [defaultSiteOf(site) ?? site] : await offSites(tabId),
  };
}

/**
 * Scrolls the page to the `index`-th occurrence of a term and opens its card. When the guide is
 * open in a tab of its own, brings the page's tab forward first so the reader sees it.
 */
export async function showTermOnPage(tabId: number, termId: string, index = 0): Promise<boolean> {
  // In the side panel there is no tab of our own (`getCurrent` resolves undefined or, in some
  // builds, rejects): either way the page is already in front.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  // Failing to bring the tab forward only means the reader switches to it: the term is still shown.
  if (own)
    await browser.tabs
      .update(tabId, { active: true })
      .catch(loggedAs('sidebar: bring the page forward'));
  try {
    return (await sendToPage(tabId, 'sidebar→page:show-term', { termId, index })) === true;
  } catch {
    // No content script there any more (the page moved on): the view says the word is gone.
    return false;
  }
}

/** Calls `onChange` when the reader switches tabs or the page in the tab changes. */
export function watchActivePage(onChange: () => void): () => void {
  const onActivated = () => onChange();
  const onUpdated = (_id: number, change: { status?: string }) => {
    if (change.status === 'complete') onChange();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
