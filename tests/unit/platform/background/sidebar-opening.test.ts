import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSidebar } from '../../../../platform/background/sidebar-opening';

const browserParts = browser as { sidePanel?: unknown; sidebarAction?: unknown };
const chromeSidePanel = browserParts.sidePanel;

beforeEach(() => {
  fakeBrowser.reset();
  // Firefox for Android: neither Chrome's side panel nor Firefox's sidebar.
  delete browserParts.sidePanel;
});

afterEach(() => {
  browserParts.sidePanel = chromeSidePanel;
});

describe('openSidebar where the browser has no sidebar (Firefox for Android)', () => {
  it('opens the guide in a tab beside the page, and says it opened', async () => {
    expect(browserParts.sidebarAction).toBeUndefined();
    const create = vi.spyOn(browser.tabs, 'create');
    const page = await browser.tabs.create({ url: 'https://www.letsrun.com/' });
    create.mockClear();
    await expect(openSidebar(page.id, undefined)).resolves.toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatchObject({
      url: expect.stringMatching(/\/sidepanel\.html$/),
      openerTabId: page.id,
    });
  });
});
