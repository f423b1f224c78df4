/**
 * State that several sidebar views share, in one reducer with selectors: the check in progress
 * (the checker edits it, the history reopens into it, saving follows it), the settings (the
 * settings view edits them, the whole app follows the theme), and a counter the history view
 * watches to reload after a save. Pure: tested without the DOM.
 */
import type { Settings, Theme } from '../knowledge/preferences';
import {
  type CheckAction,
  type CheckDraft,
  checkDraftReducer,
  emptyDraft,
} from './checker/check-draft';

/** Everything the sidebar views share. */
export interface AppState {
  check: CheckDraft;
  /** Null until loaded from storage. */
  settings: Settings | null;
  /** Bumps on every save, so lists of checks know to reload. */
  historyVersion: number;
}

/** Every change to the shared state. */
export type AppAction =
  | { type: 'check'; action: CheckAction }
  | { type: 'settings-loaded'; settings: Settings };

/** The state when the sidebar opens. */
export function initialAppState(): AppState {
  return { check: emptyDraft(), settings: null, historyVersion: 0 };
}

/** Applies one change. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'check': {
      const check = checkDraftReducer(state.check, action.action);
      const historyVersion =
        action.action.type === 'saved' || action.action.type === 'history-removed'
          ? state.historyVersion + 1
          : state.historyVersion;
      return check === state.check && historyVersion === state.historyVersion
        ? state
        : { ...state, check, historyVersion };
    }
    case 'settings-loaded':
      return { ...state, settings: action.settings };
  }
}

/** The theme to paint: "auto" stays auto (the stylesheet follows the system's choice). */
export function selectTheme(state: AppState): Theme {
  return state.settings?.theme ?? 'auto';
}
