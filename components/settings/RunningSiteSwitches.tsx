/**
 * One switch per default running site (all on until the reader switches one off). The settings
 * and the welcome page both show it; each says in its own place how a change went.
 */
import type { JSX } from 'preact';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES } from '../../knowledge/running-sites';
import { usePlatform } from '../platform-context';

export function RunningSiteSwitches(props: {
  settings: Settings;
  /** Hears each change under way and what to say once it is done. */
  report: (work: Promise<unknown>, done: string) => void;
}): JSX.Element {
  const { switchSiteOn, switchSiteOff } = usePlatform();
  const toggle = (site: string, on: boolean) => {
    props.report(
      on ? switchSiteOn(site) : switchSiteOff(site),
      `${site} switched ${on ? 'on' : 'off'}.`,
    );
  };
  return (
    <ul class="site-list">
      {DEFAULT_RUNNING_SITES.map((site) => (
        <li key={site}>
          <label class="switch-row">
            <input
              type="checkbox"
              checked={!props.settings.disabledSites.includes(site)}
              onChange={(event) => toggle(site, event.currentTarget.checked)}
            />
            <span>{site}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
