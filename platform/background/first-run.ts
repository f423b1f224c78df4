/**
 * The first run: on install (not on an update, not on a restart) the welcome page opens in a
 * tab, once. It explains the three parts, lets the reader choose the sites, checks site access,
 * and opens the sidebar with one click. Settings link to it again.
 */
import { browser } from 'wxt/browser';

/** The welcome page's path inside the extension. */
export const WELCOME_PAGE = '/welcome.html' as const;

/**
 * Opens the welcome page when `reason` is a fresh install; resolves whether it did. An update
 * or a browser update (`update`, `browser_update`, `chrome_update`) leaves the reader alone.
 */
export async function openWelcomeOnInstall(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}
