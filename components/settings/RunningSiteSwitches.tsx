/**
 * One switch per default running site (all on until the reader switches one off). The settings
 * and the welcome page both show it; each says in its own place how a change went.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES } from '../../knowledge/running-sites';
import { usePlatform } from '../platform-context';

export function RunningSiteSwitches(props: {
  settings: Settings;
  /** Hears each change under way and what to say once it is done. */
  report: (work: Promise<unknown>, done: string) => void;
}): JSX.Element {
  const { switchSiteOn, switchSiteOff } = usePlatform();
  // A switch shows the reader's click at once, until the stored settings say the same (or the
  // save fails): any re-render in between would otherwise flip the box back for a moment.
  const [switching, setSwitching] = useState<Readonly<Record<string, boolean>>>({});
  useEffect(() => setSwitching({}), [props.settings.disabledSites]);
  const toggle = (site: string, on: boolean) => {
    setSwitching((current) => ({ ...current, [site]: on }));
    const work = on ? switchSiteOn(site) : switchSiteOff(site);
    const settled = () => setSwitching(({ [site]: _done, ...others }) => others);
    work.then((result) => result === false && settled(), settled);
    props.report(work, `${site} switched ${on ? 'on' : 'off'}.`);
  };
  return (
    <ul class="site-list">
      {DEFAULT_RUNNING_SITES.map((site) => (
        <li key={site}>
          <label class="switch-row">
            <input
              type="checkbox"
              checked={switching[site] ?? !props.settings.disabledSites.includes(site)}
              onChange={(event) => toggle(site, event.currentTarget.checked)}
            />
            <span>{site}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
