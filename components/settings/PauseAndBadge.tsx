/**
 * Settings for the toolbar button: the global pause and the count of terms on the page. The
 * pause goes its own way (`pause`), the same as the header's button, the toolbar menu and the
 * keyboard command.
 */
import type { JSX } from 'preact';
import type { Settings } from '../../knowledge/preferences';

export function PauseAndBadge(props: {
  settings: Settings;
  change: (patch: Partial<Settings>) => void;
  pause: (paused: boolean) => void;
}): JSX.Element {
  return (
    <fieldset class="question">
      <legend>Toolbar button</legend>
      <label class="switch-row">
        <input
          type="checkbox"
          checked={props.settings.paused}
          onChange={(event) => props.pause(event.currentTarget.checked)}
        />
        <span>Pause marks and cards on every site</span>
      </label>
      <label class="switch-row">
        <input
          type="checkbox"
          checked={props.settings.termCountBadge}
          onChange={(event) => props.change({ termCountBadge: event.currentTarget.checked })}
        />
        <span>Show on the toolbar button how many terms you have met on the page</span>
      </label>
    </fieldset>
  );
}
