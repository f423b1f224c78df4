/**
 * Opening the sidebar, which Chrome and Firefox do differently:
 * - Chrome's side panel opens from the toolbar button by itself once `openPanelOnActionClick` is
 *   set, and from our code with `sidePanel.open`, which only works while the user's click is
 *   still being handled — so it is called synchronously, before anything is awaited.
 * - Firefox's sidebar toggles from the toolbar button through `sidebarAction`; it cannot be
 *   opened from a click relayed out of a page, so a card says which shortcut opens it.
 */
import { browser } from 'wxt/browser';

/** The part of Firefox's `sidebarAction` we use (absent from Chrome's types). */
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Makes the toolbar button open the sidebar. Call once when the background starts. */
export function setUpSidebarOpening(): void {
  const sidebar = firefoxSidebar();
  if (sidebar) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebar.toggle());
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}

/**
 * Opens the sidebar for a tab, if this browser allows it from here. Synchronous on purpose: it
 * must run inside the user's gesture. Returns false where the browser does not allow it.
 */
export function openSidebar(tabId: number | undefined, windowId: number | undefined): boolean {
  const sidebar = firefoxSidebar();
  if (sidebar) {
    // Allowed from a context-menu click, refused from a relayed page click: report which.
    sidebar.open().catch(() => undefined);
    return false;
  }
  if (tabId !== undefined) {
    browser.sidePanel.open({ tabId }).catch(() => undefined);
    return true;
  }
  if (windowId !== undefined) {
    browser.sidePanel.open({ windowId }).catch(() => undefined);
    return true;
  }
  return false;
}
