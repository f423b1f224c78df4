/**
 * The first time the journal opens, it asks which unit to use, with the browser language's
 * suggestion already in force; either button stores the choice (Settings can change it later).
 * Hidden once chosen, and outside the sidebar app.
 */
import type { JSX } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { UNIT_NAMES } from '../../knowledge/journal/units';
import { AppContext } from '../app-context';
import { usePlatform } from '../platform-context';
import { suggestedUnit } from './use-distance-unit';

/** The first-use question about miles or kilometres. */
export function UnitChoice(): JSX.Element | null {
  const app = useContext(AppContext);
  const { updateSettings } = usePlatform();
  const [error, setError] = useState<string | null>(null);
  const settings = app?.state.settings;
  if (!settings || settings.distanceUnit !== null) return null;
  const suggested = suggestedUnit();
  const other = suggested === 'mi' ? 'km' : 'mi';
  const choose = (distanceUnit: 'km' | 'mi') => {
    setError(null);
    updateSettings({ distanceUnit }).catch(() =>
      setError('That choice could not be saved. Try again, or choose in Settings.'),
    );
  };
  return (
    <div class="banner banner-info" data-unit-choice>
      <p>Distances are shown in {UNIT_NAMES[suggested]}. You can change this later in Settings.</p>
      <div class="button-row">
        <button type="button" class="button button-primary" onClick={() => choose(suggested)}>
          Keep {UNIT_NAMES[suggested]}
        </button>
        <button type="button" class="button" onClick={() => choose(other)}>
          Use {UNIT_NAMES[other]}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
