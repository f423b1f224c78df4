/**
 * The sidebar app: shared state, the router and the shell (header, navigation, error banner),
 * with one view per route.
 */
import type { JSX } from 'preact';
import { useMemo, useReducer } from 'preact/hooks';
import type { Route } from '../knowledge/routes';
import { createCheckHistory } from '../platform/pages/history';
import { AppContext, type AppServices } from './app-context';
import { appReducer, initialAppState, selectTheme } from './app-state';
import { CheckerView } from './checker/CheckerView';
import { useCheckAutosave } from './checker/use-check-autosave';
import { useCheckRoute } from './checker/use-check-route';
import { ConditionView } from './guide/ConditionView';
import { HabitsView } from './guide/HabitsView';
import { HomeView } from './guide/HomeView';
import { NotFoundView } from './guide/NotFoundView';
import { RedFlagsView } from './guide/RedFlagsView';
import { TermView } from './guide/TermView';
import { HistoryView } from './history/HistoryView';
import { JournalView } from './journal/JournalView';
import { OnThisPageView } from './on-this-page/OnThisPageView';
import { useHashRoute } from './routing/use-hash-route';
import { usePendingRoute } from './routing/use-pending-route';
import { SearchView } from './search/SearchView';
import { SettingsView } from './settings/SettingsView';
import { AppHeader } from './shell/AppHeader';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { useDocumentTheme } from './shell/use-document-theme';
import { usePageTermCount } from './shell/use-page-term-count';
import { useSettingsState } from './shell/use-settings-state';
import { useViewFocus } from './shell/use-view-focus';

function View({ route, checkNotice }: { route: Route; checkNotice: string | null }) {
  switch (route.view) {
    case 'home':
      return <HomeView />;
    case 'condition':
      return <ConditionView id={route.id} />;
    case 'term':
      return <TermView id={route.id} />;
    case 'habits':
      return <HabitsView />;
    case 'red-flags':
      return <RedFlagsView />;
    case 'check':
      return <CheckerView notice={checkNotice} />;
    case 'search':
      return <SearchView query={route.query} />;
    case 'on-this-page':
      return <OnThisPageView />;
    case 'history':
      return <HistoryView />;
    case 'journal':
      return <JournalView />;
    case 'settings':
      return <SettingsView />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
  }
}

/** Views where focus and scroll stay put while the route changes (typing a search). */
function viewKey(route: Route): string {
  if (route.view === 'search' || route.view === 'check') return route.view;
  if (route.view === 'habits' || route.view === 'red-flags') return route.view;
  return JSON.stringify(route);
}

function scrollTarget(route: Route): string | null {
  if ((route.view === 'habits' || route.view === 'red-flags') && route.item) {
    return `item-${route.item}`;
  }
  return null;
}

/** The whole sidebar. */
export function App(): JSX.Element {
  const { route, navigate } = useHashRoute();
  usePendingRoute(navigate);
  const [state, dispatch] = useReducer(appReducer, undefined, initialAppState);
  const history = useMemo(() => createCheckHistory(), []);
  useSettingsState(dispatch);
  useDocumentTheme(selectTheme(state));
  const autosave = useCheckAutosave(state.check, route.view === 'check', history, dispatch);
  const checkNotice = useCheckRoute(route, history, dispatch, navigate);
  useViewFocus(viewKey(route), scrollTarget(route));
  const pageTerms = usePageTermCount();

  const services = useMemo<AppServices>(
    () => ({
      state,
      dispatch,
      history,
      navigate,
      saveError: autosave.error,
    }),
    [state, history, navigate, autosave.error],
  );

  return (
    <AppContext.Provider value={services}>
      <AppHeader current={route.view} pageTerms={pageTerms} />
      {autosave.error && route.view !== 'check' && (
        <p class="banner banner-error" role="alert">
          Your last check was not saved. {autosave.error}
        </p>
      )}
      <main id="main" tabIndex={-1} class={`view view-${route.view}`}>
        <ErrorBoundary key={viewKey(route)} view={route.view}>
          <View route={route} checkNotice={checkNotice} />
        </ErrorBoundary>
      </main>
    </AppContext.Provider>
  );
}
