/**
 * Where the guide explains words: the default running sites (each can be switched off) and the
 * reader's own sites (added with the browser's permission, removed at any time).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES } from '../../knowledge/running-sites';
import { usePlatform } from '../platform-context';
import { siteFromInput } from './site-name';

/** The two site lists and the form to add a site. */
export function SiteSettings({ settings }: { settings: Settings }): JSX.Element {
  const { switchSiteOn, switchSiteOff } = usePlatform();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const report = (work: Promise<unknown>, done: string) => {
    work
      .then((result) =>
        setMessage(
          result === false
            ? { text: 'Not switched on: the browser’s permission was not given.', error: true }
            : { text: done, error: false },
        ),
      )
      .catch(() => setMessage({ text: 'That change could not be saved. Try again.', error: true }));
  };

  const toggleDefault = (site: string, on: boolean) => {
    report(on ? switchSiteOn(site) : switchSiteOff(site), `${site} switched ${on ? 'on' : 'off'}.`);
  };

  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) {
      setMessage({ text: 'Enter a site address, such as fellrunner.org.uk.', error: true });
      return;
    }
    // Straight from the submit, nothing awaited first: the permission prompt needs the gesture.
    report(
      switchSiteOn(site).then((granted) => {
        if (granted) setDraft('');
        return granted;
      }),
      `${site} added. Reload its open pages to see explanations there.`,
    );
  };

  return (
    <>
      <fieldset class="question">
        <legend>Running sites</legend>
        <p class="hint">The guide marks and explains hip-pain words on these sites.</p>
        <ul class="site-list">
          {DEFAULT_RUNNING_SITES.map((site) => (
            <li key={site}>
              <label class="switch-row">
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(site)}
                  onChange={(event) => toggleDefault(site, event.currentTarget.checked)}
                />
                <span>{site}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <section class="question" aria-labelledby="own-sites-title">
        <h3 id="own-sites-title">Your own sites</h3>
        {settings.userSites.length === 0 ? (
          <p class="muted">None yet.</p>
        ) : (
          <ul class="site-list">
            {settings.userSites.map((site) => (
              <li key={site} class="site-row">
                <span>{site}</span>
                <button
                  type="button"
                  class="button button-small button-quiet"
                  onClick={() => report(switchSiteOff(site), `${site} removed.`)}
                >
                  Remove<span class="visually-hidden"> {site}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={add}>
          <label for="add-site">Add a site</label>
          <div class="inline-field">
            <input
              id="add-site"
              type="text"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="fellrunner.org.uk"
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              Add
            </button>
          </div>
        </form>
      </section>
      {message && (
        <p
          class={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </>
  );
}
