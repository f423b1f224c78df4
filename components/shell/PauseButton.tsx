/**
 * The header's pause: one press takes the marks and cards off every site, another brings them
 * back. The same setting as the toolbar button's menu and the keyboard command, so all three
 * always agree; a toggle button (`aria-pressed`), so a screen reader says whether it is on.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { usePlatform } from '../platform-context';
import { LineIcon } from './LineIcon';

function PauseIcon() {
  return (
    <LineIcon>
      <path d="M9 5v14M15 5v14" />
    </LineIcon>
  );
}

export function PauseButton(): JSX.Element | null {
  const { state } = useApp();
  const { setPaused } = usePlatform();
  const [failed, setFailed] = useState(false);
  const settings = state.settings;
  if (!settings) return null;
  const label = settings.paused
    ? 'Marks and cards are paused on every site: resume'
    : 'Pause marks and cards on every site';
  const toggle = () => {
    setFailed(false);
    setPaused(!settings.paused).catch(() => setFailed(true));
  };
  return (
    <>
      <button
        type="button"
        class="icon-link pause-button"
        aria-pressed={settings.paused}
        aria-label={label}
        title={label}
        onClick={toggle}
      >
        <PauseIcon />
      </button>
      {failed && (
        <span class="visually-hidden" role="alert">
          The pause could not be saved. Try again.
        </span>
      )}
    </>
  );
}
