/**
 * The route the sidebar should show next, handed over through `storage.session` so that a sidebar
 * opened by a page card (or already open) lands on the entry the reader asked for. A route asked
 * for from a tab belongs to that tab's window: each window has its own sidebar, and only that one
 * follows it (two sidebars would otherwise race for one route).
 */
import { browser } from 'wxt/browser';

const KEY = 'pendingRoute';

interface PendingRoute {
  route: string;
  at: number;
  /** The window whose sidebar should follow it; absent for any window. */
  windowId?: number;
}

function isPendingRoute(value: unknown): value is PendingRoute {
  const candidate = value as Partial<PendingRoute> | undefined;
  return typeof candidate?.route === 'string';
}

/** Asks the sidebar (of `windowId`, if given) to show `route`, now or as soon as it opens. */
export async function setPendingRoute(route: string, windowId?: number): Promise<void> {
  const pending: PendingRoute = {
    route,
    at: Date.now(),
    ...(windowId === undefined ? {} : { windowId }),
  };
  await sessionArea().set({ [KEY]: pending });
}

/** Takes the pending route if it is for this sidebar's window, so that it is followed once. */
export async function takePendingRoute(): Promise<string | null> {
  const stored: unknown = (await sessionArea().get(KEY))[KEY];
  if (!isPendingRoute(stored)) return null;
  if (stored.windowId !== undefined) {
    const here = await browser.windows.getCurrent().catch(() => undefined);
    if (here?.id !== undefined && here.id !== stored.windowId) return null;
  }
  await sessionArea().remove(KEY);
  return stored.route;
}

/** Calls `onRoute` whenever another part of the extension asks this sidebar for a route. */
export function watchPendingRoute(onRoute: (route: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if ((area === 'session' || area === 'local') && isPendingRoute(changes[KEY]?.newValue)) {
      void takePendingRoute().then((route) => route && onRoute(route));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// storage.session is in Chrome and Firefox 115+; fall back to local where it is missing.
function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}
