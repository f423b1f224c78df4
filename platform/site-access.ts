/**
 * Switching page explanations on and off for a site. Default running sites get the content script
 * from the manifest; any other site is asked for at the moment the user switches it on, and the
 * script is registered for it then.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_RUNNING_SITES, matchPatternsForSite } from '../knowledge/running-sites';
import type { PageFrame } from './background/mark-styles';
import { replacementKey } from './content/script-lifetime';
import {
  CARD_SCRIPT_FILE,
  CONTENT_SCRIPT_FILE,
  EXPLAINER_SCRIPT_FILE,
} from './content-script-file';
import { loggedAs } from './log';
import { defaultSiteOf, loadSettings, updateSettings } from './settings';

const USER_SITES_SCRIPT_ID = 'hip-pain-guide-user-sites';

/**
 * Switches `site` on. For a site outside the default list this asks for its host permission, so
 * call it straight from a click handler with nothing awaited before it (the browser needs the
 * click's user gesture). Resolves false if the user said no.
 */
export async function switchSiteOn(site: string): Promise<boolean> {
  const defaultSite = defaultSiteOf(site);
  if (!defaultSite) {
    const granted = await browser.permissions.request({ origins: matchPatternsForSite(site) });
    if (!granted) return false;
  }
  // A function of the settings as stored when the save runs: two quick switches both count.
  await updateSettings((settings) =>
    defaultSite
      ? { disabledSites: settings.disabledSites.filter((s) => s !== defaultSite) }
      : { userSites: [...settings.userSites, site] },
  );
  await syncUserSiteScripts();
  return true;
}

/** Switches `site` off; the content script there removes every mark and listener at once. */
export async function switchSiteOff(site: string): Promise<void> {
  const defaultSite = defaultSiteOf(site);
  await updateSettings((settings) =>
    defaultSite
      ? { disabledSites: [...settings.disabledSites, defaultSite] }
      : { userSites: settings.userSites.filter((s) => s !== site) },
  );
  await syncUserSiteScripts();
}

/**
 * Registers the content script for exactly the user's own sites whose permission is granted.
 * Run at start-up too, so the registration follows the settings after an update.
 */
export async function syncUserSiteScripts(): Promise<void> {
  const { userSites } = await loadSettings();
  const granted: string[] = [];
  for (const site of userSites) {
    if (DEFAULT_RUNNING_SITES.includes(site)) continue;
    if (await browser.permissions.contains({ origins: matchPatternsForSite(site) })) {
      granted.push(site);
    }
  }
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [USER_SITES_SCRIPT_ID],
  });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  }
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT_ID,
      matches: granted.flatMap(matchPatternsForSite),
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
    },
  ]);
}

/** Match patterns of every site where explanations may be on: the defaults and the user's own. */
export async function patternsOfOnSites(): Promise<string[]> {
  const { userSites } = await loadSettings();
  return [...DEFAULT_RUNNING_SITES, ...userSites].flatMap(matchPatternsForSite);
}

/** Runs the content script in one tab that has none yet (it asks for its mark styles itself). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: [`/${CONTENT_SCRIPT_FILE}`],
  });
}

/**
 * Runs the card's code beside the content script in the frame that asked for it (that frame's
 * content script, so the site's permission is there). Resolves once it has run.
 */
export async function injectCardScript(frame: PageFrame): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId: frame.tabId, frameIds: [frame.frameId] },
    files: [`/${CARD_SCRIPT_FILE}`],
  });
}

/**
 * Runs the explainer's code beside the content script in the frame that asked for it, as
 * `injectCardScript` does the card's. Resolves once it has run.
 */
export async function injectExplainerScript(frame: PageFrame): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId: frame.tabId, frameIds: [frame.frameId] },
    files: [`/${EXPLAINER_SCRIPT_FILE}`],
  });
}

/**
 * Starts the content script in tabs already open on sites where it is on, after an install or
 * update: Chrome only injects manifest scripts into pages loaded later, and an update orphans the
 * old copy (which notices and removes its own marks).
 */
export async function startInOpenTabs(): Promise<void> {
  // Made before any copy starts, so that every copy reads the same key and a later update's
  // copies can stop them all.
  await replacementKey();
  const tabs = await browser.tabs.query({ url: await patternsOfOnSites() });
  for (const tab of tabs) {
    // One tab refusing (a discarded tab, an error page) must not keep the others from starting.
    if (tab.id !== undefined) {
      await injectContentScript(tab.id).catch(loggedAs(`background: start in tab ${tab.id}`));
    }
  }
}
