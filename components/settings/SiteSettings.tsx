/**
 * Where the guide explains words: the default running sites (each can be switched off) and the
 * reader's own sites (added with the browser's permission, removed at any time).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES, hostBelongsToSite } from '../../knowledge/running-sites';
import { usePlatform } from '../platform-context';
import { ActionMessage, type ActionResult, SAVE_FAILED } from '../ui/ActionMessage';
import { RunningSiteSwitches } from './RunningSiteSwitches';
import { siteFromInput } from './site-name';

interface Message extends ActionResult {
  where: 'running' | 'own';
}

/** A message beside its list or form, scrolled into view: the form may sit at the window's foot. */
function SiteMessage({ message }: { message: Message }): JSX.Element {
  return <ActionMessage result={message} reveal data-site-message="" />;
}

/** The two site lists and the form to add a site. */
export function SiteSettings({ settings }: { settings: Settings }): JSX.Element {
  const { switchSiteOn, switchSiteOff } = usePlatform();
  const [draft, setDraft] = useState('');
  // Each message shows beside what it is about: the running sites' switches or the add form.
  const [message, setMessage] = useState<Message | null>(null);

  const report = (work: Promise<unknown>, done: string, where: Message['where']) => {
    setMessage(null);
    work
      .then((result) =>
        setMessage(
          result === false
            ? {
                text: 'Not switched on: the browser’s permission was not given.',
                error: true,
                where,
              }
            : { text: done, error: false, where },
        ),
      )
      .catch(() => setMessage({ ...SAVE_FAILED, where }));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) {
      setMessage({
        text: 'Enter a site address, such as fellrunner.org.uk.',
        error: true,
        where: 'own',
      });
      return;
    }
    // A running site the guide already knows is not "your own": say where it is instead.
    const builtIn = DEFAULT_RUNNING_SITES.find((known) => hostBelongsToSite(site, known));
    if (builtIn) {
      setDraft('');
      if (settings.disabledSites.includes(builtIn)) {
        report(
          switchSiteOn(builtIn),
          `${builtIn} is one of the running sites above; it is now switched on there.`,
          'own',
        );
      } else {
        setMessage({
          text: `${builtIn} is already one of the running sites above, and it is switched on.`,
          error: false,
          where: 'own',
        });
      }
      return;
    }
    // Straight from the submit, nothing awaited first: the permission prompt needs the gesture.
    report(
      switchSiteOn(site).then((granted) => {
        if (granted) setDraft('');
        return granted;
      }),
      `${site} added. Reload its open pages to see explanations there.`,
      'own',
    );
  };

  return (
    <>
      <fieldset class="question">
        <legend>Running sites</legend>
        <p class="hint">The guide marks and explains hip-pain words on these sites.</p>
        <RunningSiteSwitches
          settings={settings}
          report={(work, done) => report(work, done, 'running')}
        />
        {message?.where === 'running' && <SiteMessage message={message} />}
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
                  onClick={() => report(switchSiteOff(site), `${site} removed.`, 'own')}
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
        {message?.where === 'own' && <SiteMessage message={message} />}
      </section>
    </>
  );
}
