/**
 * Site access as the browser holds it. Firefox treats an MV3 extension's access to sites as
 * revocable: a reader can decline it at install or set a site to "only when clicked", and then
 * nothing is marked there. The welcome page and the settings check every switched-on site and
 * ask for what is missing with one click.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES, matchPatternsForSite } from '../../knowledge/running-sites';

/** Every site where explanations are switched on: the default ones left on and the reader's own. */
export function sitesSwitchedOn(settings: Settings): string[] {
  return [
    ...DEFAULT_RUNNING_SITES.filter((site) => !settings.disabledSites.includes(site)),
    ...settings.userSites,
  ];
}

/** Patterns that grant every site. */
const EVERY_SITE = new Set(['<all_urls>', '*://*/*']);

/**
 * The switched-on sites the browser does not let us read now. Read from `permissions.getAll`:
 * Chromium lists the content script's sites there but answers `permissions.contains` for them
 * with false (seen in Chromium 14x, e2e store-ready), although the script runs there.
 */
export async function sitesWithoutAccess(settings: Settings): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  if ([...EVERY_SITE].some((pattern) => granted.has(pattern))) return [];
  return sitesSwitchedOn(settings).filter((site) =>
    matchPatternsForSite(site).some((pattern) => !granted.has(pattern)),
  );
}

/**
 * Asks the browser for access to `sites`, in one prompt. Call straight from the click, nothing
 * awaited before it: the browser needs the click's user gesture. Resolves whether it was given.
 */
export function requestSiteAccess(sites: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: sites.flatMap(matchPatternsForSite) });
}

/** Calls `onChange` when the reader grants or removes a site's access in the browser itself. */
export function watchSiteAccess(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
