/**
 * Follows routes other parts of the extension hand to the sidebar (a page card's "More in the
 * guide", the context menu's "Explain in Hip Pain Guide"): the one waiting when the sidebar
 * opens, and any that arrive while it is open.
 */
import { useEffect } from 'preact/hooks';
import type { Route } from '../../knowledge/routes';
import { takePendingRoute, watchPendingRoute } from '../../platform/guide-route';
import { loggedAs } from '../../platform/log';

/** Calls `navigate` for every route handed over. */
export function usePendingRoute(navigate: (route: Route) => void): void {
  useEffect(() => {
    let live = true;
    // A failed read leaves the sidebar where it is (home, or the view it shows): the reader can
    // still open the entry from the guide, so the failure is logged rather than shown.
    const onError = loggedAs('sidebar: read the route handed over');
    const stop = watchPendingRoute(navigate, onError);
    takePendingRoute().then((route) => {
      if (live && route !== null) navigate(route);
    }, onError);
    return () => {
      live = false;
      stop();
    };
  }, [navigate]);
}
