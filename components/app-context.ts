/**
 * What every sidebar view may reach: the shared state and its dispatch, the history repository
 * and navigation. Provided once by `App`; views read it with `useApp()`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Route } from '../knowledge/routes';
import type { CheckHistory } from '../platform/pages/history';
import type { AppAction, AppState } from './app-state';

/** How to change the route. `replace` changes the address without a new Back step. */
export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/** The sidebar's shared services. */
export interface AppServices {
  state: AppState;
  dispatch: (action: AppAction) => void;
  history: CheckHistory;
  navigate: Navigate;
  /** Why the last save of a check failed, fit to show; null after a successful save. */
  saveError: string | null;
}

/** The context `App` provides. */
export const AppContext = createContext<AppServices | null>(null);

/** The sidebar's shared services; only inside `App`. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() outside <App>');
  return services;
}
