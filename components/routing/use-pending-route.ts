/**
 * Follows routes other parts of the extension hand to the sidebar (a page card's "More in the
 * guide", the context menu's "Explain in Hip Pain Guide"): the one waiting when the sidebar
 * opens, and any that arrive while it is open.
 */
import { useEffect } from 'preact/hooks';
import { parseRoute, type Route } from '../../knowledge/routes';
import { takePendingRoute, watchPendingRoute } from '../../platform/guide-route';

/** Calls `navigate` for every route handed over. */
export function usePendingRoute(navigate: (route: Route) => void): void {
  useEffect(() => {
    let live = true;
    const stop = watchPendingRoute((path) => navigate(parseRoute(path)));
    takePendingRoute()
      .then((path) => {
        if (live && path !== null) navigate(parseRoute(path));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, [navigate]);
}
