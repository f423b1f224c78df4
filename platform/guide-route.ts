/**
 * The route the sidebar should show next, handed over through `storage.session` so that a sidebar
 * opened by a page card (or already open) lands on the entry the reader asked for.
 */
import { browser } from 'wxt/browser';

const KEY = 'pendingRoute';

/** Asks the sidebar to show `route` (now if it is open, or as soon as it opens). */
export async function setPendingRoute(route: string): Promise<void> {
  await sessionArea().set({ [KEY]: { route, at: Date.now() } });
}

/** Takes the pending route, if any, so that it is followed once. */
export async function takePendingRoute(): Promise<string | null> {
  const stored = (await sessionArea().get(KEY))[KEY] as { route?: unknown } | undefined;
  if (!stored || typeof stored.route !== 'string') return null;
  await sessionArea().remove(KEY);
  return stored.route;
}

/** Calls `onRoute` whenever another part of the extension asks for a route. */
export function watchPendingRoute(onRoute: (route: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[KEY]?.newValue as { route?: unknown } | undefined;
    if ((area === 'session' || area === 'local') && next && typeof next.route === 'string') {
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
