/**
 * Opening the sidebar from one of the extension's own tab pages (the welcome page). The opening
 * itself is the background's `openSidebar` (Chrome's `sidePanel.open`, Firefox's
 * `sidebarAction.open`), which must run inside the click; Chrome needs the window for it, read
 * ahead of the click.
 */
import { browser } from 'wxt/browser';

export { openSidebar } from '../background/sidebar-opening';

/** The id of the window this page is in. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
