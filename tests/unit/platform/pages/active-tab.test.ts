import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnyMessageOf, ToPageCalls } from '../../../../platform/messages';
import { readPageTerms, showTermOnPage } from '../../../../platform/pages/active-tab';
import { updateSettings } from '../../../../platform/settings';

type Message = AnyMessageOf<ToPageCalls>;
type Reply = (message: Message) => unknown;

/** Makes the content script in every tab answer with `reply` (throwing = no content script). */
function pageAnswers(reply: Reply) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(async (_tabId: number, message: unknown) => reply(message as Message));
}

beforeEach(() => {
  fakeBrowser.reset();
});

type Tab = Browser.tabs.Tab;

/** The guide's own tab (undefined in the side panel) and the tabs of its window. */
function mockTabs(own: Tab | undefined, tabs: Tab[]) {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(
    (async () => own) as typeof fakeBrowser.tabs.getCurrent,
  );
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
    (async () => tabs) as typeof fakeBrowser.tabs.query,
  );
}

function tab(id: number, url: string | undefined, lastAccessed = 0): Tab {
  return { id, url, lastAccessed, index: 0, windowId: 1, active: true } as Tab;
}

/**
 * The sidebar in the side panel (no tab of its own) with `url` in the active tab; an undefined
 * `url` is a site whose address the sidebar may not read.
 */
async function openTab(url: string | undefined): Promise<number> {
  mockTabs(undefined, [tab(7, url)]);
  return 7;
}

describe('the page in the active tab', () => {
  it('lists the terms the content script found, most frequent first', async () => {
    const tabId = await openTab(undefined);
    pageAnswers(() => ({
      terms: [
        { termId: 'iliotibial-band', count: 2 },
        { termId: 'hip-bursitis', count: 5 },
        { termId: 'ghost', count: 0 },
      ],
    }));
    expect(await readPageTerms()).toEqual({
      kind: 'terms',
      tabId,
      terms: [
        { termId: 'hip-bursitis', count: 5 },
        { termId: 'iliotibial-band', count: 2 },
      ],
    });
  });

  it('says the site is off, naming it from the page when the page can say', async () => {
    const tabId = await openTab(undefined);
    pageAnswers((message) =>
      message.type === 'sidebar→page:which-site' ? { host: 'old.reddit.com' } : null,
    );
    expect(await readPageTerms()).toEqual({ kind: 'off', tabId, sites: ['reddit.com'] });
  });

  it('falls back to the default sites the user switched off when the page cannot say', async () => {
    await updateSettings({ disabledSites: ['strava.com'] });
    const tabId = await openTab(undefined);
    pageAnswers(() => null);
    expect(await readPageTerms()).toEqual({ kind: 'off', tabId, sites: ['strava.com'] });
  });

  it('says nothing of ours runs there when the message is refused', async () => {
    await openTab('https://fellrunner.org.uk/forum');
    pageAnswers(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await readPageTerms()).toEqual({ kind: 'not-running', site: 'fellrunner.org.uk' });
  });

  it('asks the page to show a term, and reports a page that cannot', async () => {
    const tabId = await openTab('https://www.letsrun.com/t');
    const send = pageAnswers(() => true);
    expect(await showTermOnPage(tabId, 'labrum')).toBe(true);
    expect(send).toHaveBeenCalledWith(tabId, {
      type: 'sidebar→page:show-term',
      termId: 'labrum',
      index: 0,
    });
    send.mockImplementation(async () => {
      throw new Error('gone');
    });
    expect(await showTermOnPage(tabId, 'labrum')).toBe(false);
  });

  it('reads the tab used just before when the guide is open in a tab of its own', async () => {
    const own = tab(1, 'chrome-extension://x/sidepanel.html', 20);
    mockTabs(own, [own, tab(2, undefined, 5), tab(3, undefined, 9)]);
    const send = pageAnswers(() => ({ terms: [] }));
    const update = vi
      .spyOn(fakeBrowser.tabs, 'update')
      .mockImplementation((async () => tab(3, undefined)) as typeof fakeBrowser.tabs.update);
    expect(await readPageTerms()).toEqual({ kind: 'terms', tabId: 3, terms: [] });
    await showTermOnPage(3, 'femur');
    // The page's tab comes forward, so the reader sees the term the guide scrolls to.
    expect(update).toHaveBeenCalledWith(3, { active: true });
    expect(send).toHaveBeenLastCalledWith(3, {
      type: 'sidebar→page:show-term',
      termId: 'femur',
      index: 0,
    });
  });

  it('says so when no page is open', async () => {
    mockTabs(undefined, []);
    expect(await readPageTerms()).toEqual({ kind: 'no-page' });
  });
});
