import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../../platform/background/first-run';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Tabs with an address: the fake browser starts with one blank tab. */
async function openTabs(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '').filter(Boolean);
}

describe('the first run', () => {
  it('opens the welcome page on install', async () => {
    expect(await openWelcomeOnInstall('install')).toBe(true);
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('opens it once, even when the browser reports an install again with the storage kept', async () => {
    expect(await openWelcomeOnInstall('install')).toBe(true);
    expect(await openWelcomeOnInstall('install')).toBe(false);
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('opens it again after "Delete all my data" (storage emptied), as on a fresh install', async () => {
    expect(await openWelcomeOnInstall('install')).toBe(true);
    await fakeBrowser.storage.local.clear();
    expect(await openWelcomeOnInstall('install')).toBe(true);
    expect(await openTabs()).toHaveLength(2);
  });

  it('leaves the reader alone after an update of the extension or of the browser', async () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(await openWelcomeOnInstall(reason)).toBe(false);
    }
    expect(await openTabs()).toEqual([]);
  });

  it('tries again at the next install report when the page could not be opened', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('no window'));
    await expect(openWelcomeOnInstall('install')).rejects.toThrow('no window');
    expect(await openWelcomeOnInstall('install')).toBe(true);
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });
});
