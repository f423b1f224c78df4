/**
 * The current route from the address (`#/condition/hip-bursitis`), and a way to change it. Back
 * and Forward work because each navigation is a new hash; `replace` rewrites the address without
 * adding a step (a search query as it is typed, a check route once its answers are applied).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { hrefOf, parseRoute, type Route } from '../../knowledge/routes';

/** The route and `navigate`. */
export function useHashRoute(): {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
} {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const href = hrefOf(next);
    if (options.replace || href === location.hash || (href === '#/' && location.hash === '')) {
      history.replaceState(history.state, '', href);
      setRoute(next);
    } else {
      location.hash = href;
    }
  }, []);

  return { route, navigate };
}
