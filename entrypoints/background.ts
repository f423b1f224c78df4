/**
 * The background: opens the sidebar (toolbar button, keyboard command, context menu, a card's
 * "More in the guide") and relays the keyboard command that steps through terms on the page.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { describeTerm } from '../knowledge/terms/term-description';
import { setPendingRoute } from '../platform/guide-route';
import type { Message, OpenGuideReply } from '../platform/messages';
import { howToOpenSidebar, openSidebar, setUpSidebarOpening } from '../platform/sidebar-opening';
import { startInOpenTabs, syncUserSiteScripts } from '../platform/site-access';
import { createSiteMenuItems, handleSiteMenuClick } from '../platform/site-menu';

const EXPLAIN_MENU_ID = 'explain-selection';

export default defineBackground(() => {
  setUpSidebarOpening();

  browser.runtime.onInstalled.addListener(async () => {
    // An update keeps the old items: start from none so the ids never clash.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: EXPLAIN_MENU_ID,
      title: 'Explain in Hip Pain Guide',
      contexts: ['selection'],
    });
    void createSiteMenuItems();
    void syncUserSiteScripts();
    // Pages open during an install or update have no (or an orphaned) content script: start it.
    void startInOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void syncUserSiteScripts());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (handleSiteMenuClick(info, tab?.id)) return;
    if (info.menuItemId !== EXPLAIN_MENU_ID) return;
    const query = (info.selectionText ?? '').trim().slice(0, 100);
    // Open first, with nothing awaited before it: the browser only allows it inside the click.
    void openSidebar(tab?.id, tab?.windowId);
    void setPendingRoute(`search?q=${encodeURIComponent(query)}`, tab?.windowId);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-term') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a site that is off) simply does not answer.
    const message: Message = { type: 'background→page:next-term' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as Message;
    if (message.type === 'page→background:describe-term') {
      return Promise.resolve(describeTerm(message.termId));
    }
    if (message.type !== 'page→background:open-guide') return undefined;
    const opened = openSidebar(sender.tab?.id, sender.tab?.windowId);
    return Promise.all([opened, setPendingRoute(message.route, sender.tab?.windowId)]).then(
      async ([opened]): Promise<OpenGuideReply> =>
        opened ? { opened } : { opened, hint: await howToOpenSidebar() },
    );
  });
});
