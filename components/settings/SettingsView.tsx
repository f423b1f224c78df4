/**
 * Settings: the theme, how terms are marked, how long before a card shows, and where the guide
 * runs. Stored with `browser.storage`, so open pages and other sidebars follow at once.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { CARD_DELAY_RANGE, type MarkStyle, type Theme } from '../../knowledge/preferences';
import { useApp } from '../app-context';
import { suggestedUnit } from '../journal/use-distance-unit';
import { usePlatform } from '../platform-context';
import { choicesFrom, RadioGroup } from '../ui/ChoiceGroup';
import { MarkingSettings } from './MarkingSettings';
import { PauseAndBadge } from './PauseAndBadge';
import { PrivacyAndData } from './PrivacyAndData';
import { SiteAccessCheck } from './SiteAccessCheck';
import { SiteSettings } from './SiteSettings';
import { StorageSection } from './StorageSection';

const THEMES: readonly { id: Theme; label: string }[] = [
  { id: 'auto', label: 'Match my system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

const MARK_STYLES: readonly { id: MarkStyle; label: string }[] = [
  { id: 'background', label: 'Shaded background' },
  { id: 'underline', label: 'Dotted underline (slower on very long pages)' },
  {
    id: 'none',
    label: 'No marks (most private): explain terms with Alt+Shift+J or from “On this page”',
  },
];

const DISTANCE_UNIT_CHOICES: readonly { id: DistanceUnit; label: string }[] = [
  { id: 'mi', label: 'Miles' },
  { id: 'km', label: 'Kilometres' },
];

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 100 === 0 ? 1 : 2)} s`;
}

/** The settings view. */
export function SettingsView(): JSX.Element {
  const { state } = useApp();
  const { updateSettings, setPaused } = usePlatform();
  const settings = state.settings;
  const [delay, setDelay] = useState(settings?.cardDelayMs ?? 400);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (settings) setDelay(settings.cardDelayMs);
  }, [settings]);

  const report = (save: Promise<unknown>) => {
    setError(null);
    save.catch(() => setError('That setting could not be saved. Try again.'));
  };
  const change = (patch: Parameters<typeof updateSettings>[0]) => report(updateSettings(patch));

  if (!settings) {
    return (
      <>
        <h1 tabIndex={-1}>Settings</h1>
        <p class="muted">Loading…</p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="look-title">
        <h2 id="look-title">Look</h2>
        <RadioGroup
          id="theme"
          legend="Theme"
          choices={choicesFrom(THEMES)}
          value={settings.theme}
          onPick={(theme) => change({ theme })}
        />
      </section>
      <section aria-labelledby="journal-settings-title">
        <h2 id="journal-settings-title">Run journal</h2>
        <RadioGroup
          id="distance-unit"
          legend="Distances in"
          choices={choicesFrom(DISTANCE_UNIT_CHOICES)}
          value={settings.distanceUnit ?? suggestedUnit()}
          onPick={(distanceUnit) => change({ distanceUnit })}
        />
      </section>
      <section aria-labelledby="pages-title">
        <h2 id="pages-title">On web pages</h2>
        <RadioGroup
          id="mark-style"
          legend="How hip-pain words are marked"
          choices={choicesFrom(MARK_STYLES)}
          value={settings.markStyle}
          onPick={(markStyle) => change({ markStyle })}
        />
        <MarkingSettings settings={settings} onChange={change} />
        <div class="field">
          <label for="card-delay">
            Wait before showing an explanation: <output for="card-delay">{seconds(delay)}</output>
          </label>
          <input
            id="card-delay"
            type="range"
            min={CARD_DELAY_RANGE.min}
            max={CARD_DELAY_RANGE.max}
            step={50}
            value={delay}
            aria-valuetext={seconds(delay)}
            onInput={(event) => setDelay(Number(event.currentTarget.value))}
            onChange={(event) => change({ cardDelayMs: Number(event.currentTarget.value) })}
          />
          <p class="hint">How long the pointer rests on a word before its card appears.</p>
        </div>
        <PauseAndBadge
          settings={settings}
          change={change}
          pause={(paused) => report(setPaused(paused))}
        />
        <SiteAccessCheck settings={settings} />
        <SiteSettings settings={settings} />
      </section>
      <StorageSection />
      <PrivacyAndData />
    </>
  );
}
