/**
 * Opening the sidebar, which Chrome and Firefox do differently:
 * - Chrome's side panel opens from the toolbar button by itself once `openPanelOnActionClick` is
 *   set, and from our code with `sidePanel.open`, which only works while the user's click is
 *   still being handled — so it is called synchronously, before anything is awaited.
 * - Firefox's sidebar toggles from the toolbar button through `sidebarAction`; it cannot be
 *   opened from a click relayed out of a page, so a card says which shortcut opens it.
 * - Firefox for Android has no sidebar at all: there the guide opens in a tab of its own.
 */
import { browser } from 'wxt/browser';
import { loggedAs } from '../log';

/** The part of Firefox's `sidebarAction` we use (absent from Chrome's types). */
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Chrome's side panel, absent from Firefox (desktop and Android). */
function chromeSidePanel(): typeof browser.sidePanel | undefined {
  return (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
}

/** The sidebar's page, opened as a tab where the browser has no sidebar (Firefox for Android). */
const GUIDE_PAGE = '/sidepanel.html';

/** Makes the toolbar button open the sidebar. Call once when the background starts. */
export function setUpSidebarOpening(): void {
  const sidebar = firefoxSidebar();
  if (sidebar) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      sidebar.toggle().catch(loggedAs('background: toggle the sidebar'));
    });
    return;
  }
  const sidePanel = chromeSidePanel();
  if (!sidePanel) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      openGuideTab(undefined).catch(loggedAs('background: open the guide in a tab'));
    });
    return;
  }
  sidePanel
    .setPanelBehavior({ openPanelOnActionClick: true })
    .catch(loggedAs('background: let the toolbar button open the side panel'));
}

/**
 * Opens the sidebar for a tab, if this browser allows it from here, and resolves whether the
 * sidebar now shows in that window (it then follows the pending route by itself). The opening
 * call is made synchronously, before anything is awaited: it must run inside the user's gesture.
 */
export function openSidebar(
  tabId: number | undefined,
  windowId: number | undefined,
): Promise<boolean> {
  const sidebar = firefoxSidebar();
  if (sidebar) {
    // Allowed from a context-menu click, refused from a click relayed out of a page. Refused, the
    // sidebar may still be open already (Firefox opens it once at install), and toggling it with
    // the shortcut would then close it: only a closed sidebar needs the card's hint.
    return sidebar.open().then(
      () => true,
      // If even asking fails, say "not open": the card then shows how to open it, which is safe.
      () => sidebar.isOpen(windowId === undefined ? {} : { windowId }).catch(() => false),
    );
  }
  const sidePanel = chromeSidePanel();
  if (!sidePanel)
    return openGuideTab(tabId).then(
      () => true,
      () => false,
    );
  // Called now, inside the gesture; its answer says whether the panel really opened.
  if (tabId !== undefined) {
    return sidePanel.open({ tabId }).then(
      () => true,
      () => false,
    );
  }
  if (windowId !== undefined) {
    return sidePanel.open({ windowId }).then(
      () => true,
      () => false,
    );
  }
  return Promise.resolve(false);
}

/** Opens the guide in a tab beside `openerTabId`; it takes the pending route when it starts. */
async function openGuideTab(openerTabId: number | undefined): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(GUIDE_PAGE),
    ...(openerTabId === undefined ? {} : { openerTabId }),
  });
}

/**
 * What a card says when the sidebar could not be opened from the page: the entry is waiting, and
 * here is how to open it, with the shortcut the user actually has (they may have changed it).
 */
export async function howToOpenSidebar(): Promise<string> {
  const commandName = firefoxSidebar() ? '_execute_sidebar_action' : '_execute_action';
  // Without the list of shortcuts, the hint names the toolbar button only, which always works.
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((command) => command.name === commandName)?.shortcut;
  return shortcut
    ? `The guide is ready at this entry: press ${shortcut} or click the Hip Pain Guide toolbar button to open it.`
    : 'The guide is ready at this entry: click the Hip Pain Guide toolbar button to open it.';
}
