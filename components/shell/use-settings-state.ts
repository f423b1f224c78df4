/** Loads the settings into the shared state and follows every later change (any window). */
import { useEffect } from 'preact/hooks';
import { logError } from '../../platform/log';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '../../platform/settings';
import type { AppAction } from '../app-state';

/** Keeps `state.settings` in step with `browser.storage`. */
export function useSettingsState(dispatch: (action: AppAction) => void): void {
  useEffect(() => {
    let live = true;
    loadSettings()
      // Unreadable storage: the sidebar still works with the defaults, and the cause is logged.
      .catch((error: unknown) => {
        logError('sidebar: load the settings', error);
        return { ...DEFAULT_SETTINGS };
      })
      .then((settings) => {
        if (live) dispatch({ type: 'settings-loaded', settings });
      });
    const stop = watchSettings((settings) => dispatch({ type: 'settings-loaded', settings }));
    return () => {
      live = false;
      stop();
    };
  }, [dispatch]);
}
