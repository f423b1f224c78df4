/**
 * The background: opens the sidebar (toolbar button, keyboard command, context menu, a card's
 * "More in the guide"), relays the keyboard command that steps through terms on the page, opens
 * the welcome page on install, pauses everything (toolbar menu, keyboard command, and the
 * sidebar's button and switch, which ask it to) and keeps the toolbar button saying what the
 * extension does on each tab. Nothing the user started here fails silently: what cannot be shown
 * is logged with its place.
 */

import termGatePatterns from 'virtual:term-gate-patterns';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { HANDED_SEARCH_MAX } from '../knowledge/handed-routes';
import type { Settings } from '../knowledge/preferences';
import { answerGateRead } from '../knowledge/terms/gate-reader';
import { describeTerm } from '../knowledge/terms/term-description';
import { openWelcomeOnInstall } from '../platform/background/first-run';
import { setMarkStyles } from '../platform/background/mark-styles';
import { readPageMessage } from '../platform/background/page-messages';
import {
  createPauseMenuItem,
  PAUSE_COMMAND,
  PAUSE_MENU_ID,
  setPaused,
  showPauseInMenu,
  togglePause,
} from '../platform/background/pause';
import { readSidebarMessage } from '../platform/background/sidebar-messages';
import {
  howToOpenSidebar,
  openSidebar,
  setUpSidebarOpening,
} from '../platform/background/sidebar-opening';
import { createSiteMenuItems, handleSiteMenuClick } from '../platform/background/site-menu';
import {
  forgetClosedTabs,
  type PageReports,
  refreshEveryLook,
  refreshTabLook,
  showToolbarLook,
  toolbarLook,
} from '../platform/background/toolbar-state';
import { setPendingRoute } from '../platform/guide-route';
import { loggedAs } from '../platform/log';
import {
  listenForCalls,
  type PageToBackgroundCalls,
  type SidebarToBackgroundCalls,
  sendToPage,
} from '../platform/messages';
import { loadSettings, watchSettings } from '../platform/settings';
import {
  injectCardScript,
  injectExplainerScript,
  startInOpenTabs,
  syncUserSiteScripts,
} from '../platform/site-access';

const EXPLAIN_MENU_ID = 'explain-selection';

export default defineBackground(() => {
  setUpSidebarOpening();

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    openWelcomeOnInstall(reason).catch(loggedAs('background: open the welcome page'));
    // An update keeps the old items: start from none so the ids never clash.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: EXPLAIN_MENU_ID,
      title: 'Explain in Hip Pain Guide',
      contexts: ['selection'],
    });
    createSiteMenuItems().catch(loggedAs('background: create the site menu items'));
    loadSettings()
      .then(createPauseMenuItem)
      .catch(loggedAs('background: create the pause menu item'));
    syncUserSiteScripts().catch(loggedAs('background: register the script on your own sites'));
    // Pages open during an install or update have no (or an orphaned) content script: start it.
    startInOpenTabs().catch(loggedAs('background: start the content script in open tabs'));
  });
  browser.runtime.onStartup.addListener(() => {
    syncUserSiteScripts().catch(loggedAs('background: register the script on your own sites'));
  });

  // The toolbar button: tabs without a page of ours show the pause or "off"; a page that runs
  // reports itself, and a new load starts from "off" until its page reports again.
  const action = browser.action ?? browser.browserAction;
  action
    .setBadgeBackgroundColor({ color: '#0d5a85' })
    .catch(loggedAs('background: colour the badge'));
  const pageReports: PageReports = new Map();
  forgetClosedTabs(pageReports);
  const refreshLooks = (settings: Settings) =>
    refreshEveryLook(settings, pageReports).catch(loggedAs('background: show the toolbar state'));
  loadSettings()
    .then(refreshLooks)
    .catch(loggedAs('background: read the settings for the toolbar'));
  watchSettings((settings) => {
    void refreshLooks(settings);
    showPauseInMenu(settings).catch(loggedAs('background: tick the pause menu item'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // `status` comes without the "tabs" permission (the address does not).
    if (change.status !== 'loading' && change.status !== 'complete') return;
    loadSettings()
      .then((settings) =>
        change.status === 'loading'
          ? showToolbarLook(toolbarLook(settings, null), tabId)
          : // An in-page navigation (a single-page app) keeps its content script: ask it again.
            refreshTabLook(settings, tabId, pageReports),
      )
      .catch(loggedAs(`background: show the toolbar state of tab ${tabId}`));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === PAUSE_MENU_ID) {
      setPaused(info.checked === true).catch(loggedAs('background: pause from the toolbar menu'));
      return;
    }
    if (handleSiteMenuClick(info, tab?.id)) return;
    if (info.menuItemId !== EXPLAIN_MENU_ID) return;
    const query = (info.selectionText ?? '').trim().slice(0, HANDED_SEARCH_MAX);
    // Open first, with nothing awaited before it: the browser only allows it inside the click.
    // `openSidebar` never rejects; where it cannot open, the toolbar button still shows the search.
    void openSidebar(tab?.id, tab?.windowId);
    setPendingRoute({ view: 'search', query }, tab?.windowId).catch(
      loggedAs('background: hand the search to the sidebar'),
    );
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command === PAUSE_COMMAND) {
      await togglePause().catch(loggedAs('background: pause from the keyboard'));
      return;
    }
    if (command !== 'next-term') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a site that is off, a browser page) does not answer:
    // the shortcut then does nothing there, which is what the reader expects on such a page.
    await sendToPage(tab.id, 'background→page:next-term', {}).catch(() => undefined);
  });

  listenForCalls<PageToBackgroundCalls>(readPageMessage, {
    'page→background:describe-term': ({ termId }) => describeTerm(termId),
    // Reads for the page gate and keeps nothing of it (the page holds the state).
    'page→background:gate-read': (request) => answerGateRead(termGatePatterns, request),
    'page→background:load-card': async (_message, sender) => {
      // `readPageMessage` accepts only a content script in a tab's top frame.
      await injectCardScript({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 });
      return null;
    },
    'page→background:load-explainer': async (_message, sender) => {
      // `readPageMessage` accepts only a content script in a tab's top frame.
      await injectExplainerScript({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 });
      return null;
    },
    'page→background:mark-styles': async ({ names, scope, on }, sender) => {
      // `readPageMessage` accepts only a content script in a tab's top frame.
      const frame = { tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 };
      await setMarkStyles(frame, names, scope, on);
      return null;
    },
    'page→background:open-guide': async ({ route }, sender) => {
      // Called before anything is awaited: the browser opens the sidebar only inside the click.
      const opening = openSidebar(sender.tab?.id, sender.tab?.windowId);
      // A failed hand-over rejects, and the card tells the reader the guide could not open.
      const [opened] = await Promise.all([opening, setPendingRoute(route, sender.tab?.windowId)]);
      return opened ? { opened } : { opened, hint: await howToOpenSidebar() };
    },
    'page→background:page-state': async (page, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      pageReports.set(tabId, performance.now());
      await showToolbarLook(toolbarLook(await loadSettings(), page), tabId);
      return null;
    },
  });
  listenForCalls<SidebarToBackgroundCalls>(readSidebarMessage, {
    'sidebar→background:set-paused': async ({ paused }) => ({
      paused: (await setPaused(paused)).paused,
    }),
  });
});
