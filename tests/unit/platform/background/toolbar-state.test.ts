import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetClosedTabs,
  type PageReports,
  toolbarLook,
} from '../../../../platform/background/toolbar-state';
import { DEFAULT_SETTINGS } from '../../../../platform/settings';

const explaining = (termCount: number) => ({ explaining: true, termCount });

describe('toolbarLook', () => {
  it('shows the count of different terms on a page that explains them', () => {
    expect(toolbarLook(DEFAULT_SETTINGS, explaining(4))).toEqual({
      mode: 'on',
      title: 'Hip Pain Guide — on for this site (4 terms met on this page so far)',
      badge: '4',
    });
    expect(toolbarLook(DEFAULT_SETTINGS, explaining(0))).toEqual({
      mode: 'on',
      title: 'Hip Pain Guide — on for this site',
      badge: '',
    });
    expect(toolbarLook(DEFAULT_SETTINGS, explaining(250)).badge).toBe('99+');
  });

  it('shows no count when the reader switched the badge off', () => {
    const settings = { ...DEFAULT_SETTINGS, termCountBadge: false };
    expect(toolbarLook(settings, explaining(4))).toMatchObject({ mode: 'on', badge: '' });
  });

  it('is off where no page of ours explains anything', () => {
    for (const page of [null, { explaining: false, termCount: 0 }]) {
      expect(toolbarLook(DEFAULT_SETTINGS, page)).toEqual({
        mode: 'off',
        title: 'Hip Pain Guide — off for this site',
        badge: '',
      });
    }
  });

  it('says paused everywhere while paused, whatever the page reported', () => {
    const paused = { ...DEFAULT_SETTINGS, paused: true };
    for (const page of [null, explaining(4)]) {
      expect(toolbarLook(paused, page)).toEqual({
        mode: 'paused',
        title: 'Hip Pain Guide — paused',
        badge: '',
      });
    }
  });
});

describe("the pages' reports", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are forgotten when their tab closes, and kept while it loads another page', async () => {
    const reports: PageReports = new Map([
      [3, 10],
      [4, 20],
    ]);
    forgetClosedTabs(reports);
    // (The fake's own `tabs.remove` looks the tab up as a window; the events are the browser's.)
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    await fakeBrowser.tabs.onRemoved.trigger(4, { isWindowClosing: false, windowId: 1 });
    expect([...reports]).toEqual([[3, 10]]);
    await fakeBrowser.tabs.onRemoved.trigger(3, { isWindowClosing: true, windowId: 1 });
    expect(reports.size).toBe(0);
  });
});
