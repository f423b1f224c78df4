/**
 * Context-menu items that switch page explanations on or off for the site of the page, so a
 * runner can try the guide on a site outside the default list without opening the settings.
 * The handler asks for the site's permission straight away, inside the click.
 */
import { browser } from 'wxt/browser';
import { siteOfUrl } from '../../knowledge/running-sites';
import { loggedAs } from '../log';
import { sendToPage } from '../messages';
import {
  injectContentScript,
  patternsOfOnSites,
  switchSiteOff,
  switchSiteOn,
} from '../site-access';

const SITE_ON_ID = 'site-on';
const SITE_OFF_ID = 'site-off';

/** Creates the two items. "Stop" shows only on sites where the script can be running. */
export async function createSiteMenuItems(): Promise<void> {
  browser.contextMenus.create({
    id: SITE_ON_ID,
    title: 'Explain hip-pain terms on this site',
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  browser.contextMenus.create({
    id: SITE_OFF_ID,
    title: 'Stop explaining hip-pain terms on this site',
    contexts: ['page'],
    documentUrlPatterns: await patternsOfOnSites(),
  });
}

/** Handles a click on one of the items; returns false if the click was not for them. */
export function handleSiteMenuClick(
  info: { menuItemId: string | number; pageUrl?: string },
  tabId: number | undefined,
): boolean {
  if (info.menuItemId !== SITE_ON_ID && info.menuItemId !== SITE_OFF_ID) return false;
  const site = siteOfUrl(info.pageUrl ?? '');
  if (!site) return true;
  if (info.menuItemId === SITE_OFF_ID) {
    switchSiteOff(site)
      .then(refreshStopItem)
      .catch(loggedAs(`background: switch ${site} off from the menu`));
    return true;
  }
  // No await before this call: the permission prompt needs the click's user gesture.
  switchSiteOn(site)
    .then(async (on) => {
      await refreshStopItem();
      if (on && tabId !== undefined) await startOnOpenTab(tabId);
    })
    .catch(loggedAs(`background: switch ${site} on from the menu`));
  return true;
}

async function refreshStopItem(): Promise<void> {
  await browser.contextMenus.update(SITE_OFF_ID, {
    documentUrlPatterns: await patternsOfOnSites(),
  });
}

/**
 * Runs the content script in the tab now, so the page the runner is reading gets explanations
 * without a reload. A tab that already has it (a default site switched back on) follows the
 * setting by itself; a second copy would only find the first one's marks and stop.
 */
async function startOnOpenTab(tabId: number): Promise<void> {
  // A tab without our content script rejects the ping: that is the answer "not there".
  const alreadyThere = await sendToPage(tabId, 'background→page:ping', {}).then(
    () => true,
    () => false,
  );
  if (!alreadyThere) await injectContentScript(tabId);
}
