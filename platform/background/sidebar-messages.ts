/**
 * How the background reads what the extension's own pages (the sidebar, the welcome page) send
 * it. A message is accepted only from a page of ours, one served from the extension's own origin:
 * a content script shares the extension's id but speaks from the web page's address, so it can
 * never ask for what only the reader's own pages may.
 */
import { browser } from 'wxt/browser';
import {
  isOurExtension,
  messageReader,
  type Sender,
  type SidebarToBackgroundCalls,
} from '../messages';

/** True for a page of this extension (whether shown as the side panel or in a tab). */
export function isOurExtensionPage(sender: Sender): boolean {
  return (
    isOurExtension(sender) &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** The message a page of ours sent, checked; null when its shape or its sender is wrong. */
export const readSidebarMessage = messageReader<SidebarToBackgroundCalls>(
  isOurExtensionPage,
  (raw) => {
    switch (raw.type) {
      case 'sidebar→background:set-paused':
        return typeof raw.paused === 'boolean' ? { type: raw.type, paused: raw.paused } : null;
      default:
        return null;
    }
  },
);
