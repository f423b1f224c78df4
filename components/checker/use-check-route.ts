/**
 * Applies a check route to the check in progress: `check?saved=12` reopens a saved check,
 * `check?zone=outer-hip` or `check?text=…` starts one with answers picked, `check?from=itbs`
 * starts one from a page card. The address then becomes plain `#/check`, so Back and reload do
 * not apply the same route twice.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatRoute, type Route } from '../../knowledge/routes';
import type { CheckHistory } from '../../platform/pages/history';
import type { Navigate } from '../app-context';
import type { AppAction } from '../app-state';
import { answersFromPreset } from './check-draft';
import { answersFromStored } from './stored-check';

const PLAIN_CHECK: Route = { view: 'check', from: null, saved: null, preset: {} };

/** Follows check routes; returns a message when a reopened check no longer exists. */
export function useCheckRoute(
  route: Route,
  history: CheckHistory,
  dispatch: (action: AppAction) => void,
  navigate: Navigate,
): string | null {
  const [missing, setMissing] = useState<string | null>(null);
  const key = formatRoute(route);

  useEffect(() => {
    if (route.view !== 'check') return;
    const { saved, preset, from } = route;
    if (saved !== null) {
      setMissing(null);
      history
        .get(saved)
        .then((stored) => {
          if (stored) {
            dispatch({
              type: 'check',
              action: {
                type: 'open',
                id: stored.id,
                at: stored.at,
                answers: answersFromStored(stored),
              },
            });
          } else {
            setMissing('That check is no longer in your history, so a new one is shown.');
          }
        })
        .catch((error: Error) => setMissing(error.message));
      navigate(PLAIN_CHECK, { replace: true });
      return;
    }
    if (from !== null || Object.keys(preset).length > 0) {
      setMissing(null);
      dispatch({
        type: 'check',
        action: { type: 'start', answers: answersFromPreset(preset), from },
      });
      navigate(PLAIN_CHECK, { replace: true });
    }
  }, [key]);

  return missing;
}
