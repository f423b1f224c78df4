/**
 * The route the sidebar should show next, handed over through `storage.session` so that a sidebar
 * opened by a page card (or already open) lands on the entry the reader asked for. A route asked
 * for from a tab belongs to that tab's window: each window has its own sidebar, and only that one
 * follows it (two sidebars would otherwise race for one route).
 *
 * Only `storage.session`, never `storage.local`: content scripts can write `storage.local`, so a
 * page could plant a route there. Session storage is closed to content scripts (Chrome's default
 * access level; Firefox does not expose it to them), and the sidebar still reads the route back
 * through `handedOverRoute`, which takes only routes the extension itself could make.
 */
import { browser } from 'wxt/browser';
import { handedOverRoute } from '../knowledge/handed-routes';
import type { Route } from '../knowledge/routes';
import { isRecord } from './messages';

const KEY = 'pendingRoute';

interface PendingRoute {
  route: Route;
  at: number;
  /** The window whose sidebar should follow it; absent for any window. */
  windowId?: number;
}

/** The pending route as stored, checked; null when there is none or it is not one we make. */
function readPending(value: unknown): PendingRoute | null {
  if (!isRecord(value)) return null;
  const route = handedOverRoute(value.route);
  if (!route) return null;
  const windowId = typeof value.windowId === 'number' ? value.windowId : undefined;
  return { route, at: Number(value.at), ...(windowId === undefined ? {} : { windowId }) };
}

/** Asks the sidebar (of `windowId`, if given) to show `route`, now or as soon as it opens. */
export async function setPendingRoute(route: Route, windowId?: number): Promise<void> {
  const pending: PendingRoute = {
    route,
    at: Date.now(),
    ...(windowId === undefined ? {} : { windowId }),
  };
  await browser.storage.session.set({ [KEY]: pending });
}

/** Takes the pending route if it is for this sidebar's window, so that it is followed once. */
export async function takePendingRoute(): Promise<Route | null> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const pending = readPending(stored);
  if (!pending) {
    // Not one we make: drop it, so it cannot wait for a later sidebar either.
    if (stored !== undefined) await browser.storage.session.remove(KEY);
    return null;
  }
  if (pending.windowId !== undefined) {
    // Without a window to compare (a sidebar being torn down), any sidebar may follow it.
    const here = await browser.windows.getCurrent().catch(() => undefined);
    if (here?.id !== undefined && here.id !== pending.windowId) return null;
  }
  await browser.storage.session.remove(KEY);
  return pending.route;
}

/** Calls `onRoute` whenever another part of the extension asks this sidebar for a route. */
export function watchPendingRoute(
  onRoute: (route: Route) => void,
  onError: (error: unknown) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[KEY]?.newValue !== undefined) {
      takePendingRoute().then((route) => route && onRoute(route), onError);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
