/**
 * The journal's distance unit: the runner's choice from settings, or until they choose, the one
 * their browser's language suggests (miles in the US and the UK). Outside the sidebar app (the
 * clinician summary page, tests) it falls back to that suggestion.
 */
import { useContext } from 'preact/hooks';
import { type DistanceUnit, defaultUnitForLocale } from '../../knowledge/journal/units';
import { AppContext } from '../app-context';

/** The unit the browser's language suggests. */
export function suggestedUnit(): DistanceUnit {
  return defaultUnitForLocale(globalThis.navigator?.language);
}

/** The unit to show distances in. */
export function useDistanceUnit(): DistanceUnit {
  const app = useContext(AppContext);
  return app?.state.settings?.distanceUnit ?? suggestedUnit();
}
