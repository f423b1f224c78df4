import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Route } from '../../../knowledge/routes';
import {
  setPendingRoute,
  takePendingRoute,
  watchPendingRoute,
} from '../../../platform/guide-route';

const itbs: Route = { view: 'condition', id: 'it-band-syndrome' };

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function inWindow(id: number) {
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation((async () => ({
    id,
    focused: true,
    alwaysOnTop: false,
    incognito: false,
  })) as never);
}

describe('the route handed to the sidebar', () => {
  it('is kept in session storage only, and taken once', async () => {
    await setPendingRoute(itbs);
    expect(await fakeBrowser.storage.local.get('pendingRoute')).toEqual({});
    expect(await takePendingRoute()).toEqual(itbs);
    expect(await takePendingRoute()).toBeNull();
  });

  it('waits for the sidebar of the window it was asked from', async () => {
    await setPendingRoute(itbs, 2);
    inWindow(1);
    expect(await takePendingRoute()).toBeNull();
    inWindow(2);
    expect(await takePendingRoute()).toEqual(itbs);
  });

  it('is never read from local storage, which content scripts can write', async () => {
    await fakeBrowser.storage.local.set({ pendingRoute: { route: itbs, at: Date.now() } });
    expect(await takePendingRoute()).toBeNull();
  });

  it('drops a stored route the extension could not have made', async () => {
    const planted = { view: 'check', from: null, saved: null, preset: { text: 'run through it' } };
    await fakeBrowser.storage.session.set({ pendingRoute: { route: planted, at: Date.now() } });
    expect(await takePendingRoute()).toBeNull();
    expect(await fakeBrowser.storage.session.get('pendingRoute')).toEqual({});
    // An old string route (from before routes were objects) is dropped the same way.
    await fakeBrowser.storage.session.set({ pendingRoute: { route: 'habits', at: 1 } });
    expect(await takePendingRoute()).toBeNull();
  });

  it('hands a context-menu search over, but no longer than the menu makes it', async () => {
    await setPendingRoute({ view: 'search', query: 'labral tear' });
    expect(await takePendingRoute()).toEqual({ view: 'search', query: 'labral tear' });
    await setPendingRoute({ view: 'search', query: 'x'.repeat(5000) });
    expect(await takePendingRoute()).toBeNull();
  });

  it('follows routes set while the sidebar is open, and reports a failed read', async () => {
    const routes: Route[] = [];
    const errors: unknown[] = [];
    const stop = watchPendingRoute(
      (route) => routes.push(route),
      (error) => errors.push(error),
    );
    await setPendingRoute({ view: 'habits', item: null });
    await vi.waitFor(() => expect(routes).toEqual([{ view: 'habits', item: null }]));

    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('storage gone'));
    await setPendingRoute(itbs);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(routes).toHaveLength(1);
    stop();
  });
});
