/**
 * The welcome page (first run): the three parts of the guide with pictures of the product
 * itself, what it is not (a diagnosis) and what it never does (send anything), the running sites
 * with a switch each and a check that the browser lets the guide read them, the reader's real
 * keyboard shortcuts, and one button that opens the sidebar.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../knowledge/preferences';
import { loggedAs } from '../../platform/log';
import { type Shortcut, usePlatform } from '../platform-context';
import { RunningSiteSwitches } from '../settings/RunningSiteSwitches';
import { SiteAccessCheck } from '../settings/SiteAccessCheck';
import { BrandMark } from '../shell/BrandMark';
import { ActionMessage, useActionResult } from '../ui/ActionMessage';
import { Button } from '../ui/Button';

interface Part {
  title: string;
  text: string;
  picture: string;
  alt: string;
  width: number;
  height: number;
}

/** The three parts, each with a picture made from the real extension (npm run store:screenshots). */
const PARTS: readonly Part[] = [
  {
    title: 'Terms explained on running sites',
    text: 'On running sites, hip-pain words get a soft mark. Rest the pointer on one, or step through them with the keyboard, and a short card says what it means.',
    picture: '/welcome/page-card.png',
    alt: 'A running article with hip-pain words marked and the card for “labral tear” open.',
    width: 480,
    height: 300,
  },
  {
    title: 'The guide and the checker, in the sidebar',
    text: 'The sidebar holds a guide to the common causes of hip pain in runners, and a quick check of your symptoms that puts anything urgent first.',
    picture: '/welcome/checker.png',
    alt: 'The symptom check in the sidebar, with outer hip pain (hip bursitis) as the best fit.',
    width: 400,
    height: 480,
  },
  {
    title: 'Your run and pain journal',
    text: 'Log runs and how your hip felt. The journal points out patterns worth acting on and makes a one-page summary to take to a physio or doctor.',
    picture: '/welcome/journal.png',
    alt: 'The journal noticing that the hip has not settled the morning after a run.',
    width: 400,
    height: 480,
  },
];

/** Where this page sits, so "Open the guide" opens the sidebar in this window. */
function useWindowId(): number | undefined {
  const { currentWindowId } = usePlatform();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    // Read ahead of the click: the sidebar must be opened inside it, with nothing awaited first.
    // Without it the button says to use the toolbar button, which always works.
    currentWindowId().then(setWindowId).catch(loggedAs('welcome page: find its window'));
  }, [currentWindowId]);
  return windowId;
}

function Shortcuts(): JSX.Element {
  const { listShortcuts } = usePlatform();
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    listShortcuts()
      .then(setShortcuts)
      .catch(() => setFailed(true));
  }, [listShortcuts]);
  if (failed) return <p class="muted">The browser did not list the shortcuts.</p>;
  if (!shortcuts) return <p class="muted">Loading…</p>;
  return (
    <dl class="shortcut-list">
      {shortcuts.map((shortcut) => (
        <div key={shortcut.name} style={{ display: 'contents' }}>
          <dt>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : <span>No shortcut</span>}</dt>
          <dd>{shortcut.description}</dd>
        </div>
      ))}
    </dl>
  );
}

function OpenSidebarButton(): JSX.Element {
  const { openSidebar } = usePlatform();
  const windowId = useWindowId();
  const [hint, setHint] = useState<string | null>(null);
  const open = () => {
    setHint(null);
    // Called at once, inside the click: the browser opens the sidebar only from a user gesture.
    openSidebar(undefined, windowId).then((opened) => {
      if (!opened) setHint('Click the Hip Pain Guide button in the toolbar to open the guide.');
    });
  };
  return (
    <>
      <Button tone="primary" onClick={open}>
        Open the guide
      </Button>
      {hint && (
        <p class="hint" role="status">
          {hint}
        </p>
      )}
    </>
  );
}

function SiteChoices({ settings }: { settings: Settings }): JSX.Element {
  const [message, report] = useActionResult();
  return (
    <fieldset class="question">
      <legend>Running sites</legend>
      <p class="hint">
        The guide marks and explains hip-pain words on these sites. Switch off any you would rather
        read without marks; you can add your own sites in the settings.
      </p>
      <SiteAccessCheck settings={settings} />
      <RunningSiteSwitches settings={settings} report={report} />
      {message && <ActionMessage result={message} />}
    </fieldset>
  );
}

export function WelcomeView(): JSX.Element {
  const { loadSettings, watchSettings } = usePlatform();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState(false);
  useEffect(() => {
    loadSettings()
      .then(setSettings)
      .catch(() => setSettingsError(true));
    return watchSettings(setSettings);
  }, [loadSettings, watchSettings]);

  return (
    <main class="standalone-page welcome-page">
      <h1 class="welcome-title">
        <BrandMark size={40} />
        <span>Welcome to Hip Pain Guide</span>
      </h1>
      <p class="lead">
        Plain-English help for runners whose hips hurt. Here is what it does, in three parts.
      </p>
      <ol class="welcome-parts">
        {PARTS.map((part) => (
          <li key={part.title} class="welcome-part">
            <div>
              <h2>{part.title}</h2>
              <p>{part.text}</p>
            </div>
            <img src={part.picture} alt={part.alt} width={part.width} height={part.height} />
          </li>
        ))}
      </ol>

      <section aria-labelledby="not-diagnosis-title">
        <h2 id="not-diagnosis-title">General information, not a diagnosis</h2>
        <p>
          The guide helps you decide what to read about and when to get help. It cannot examine you:
          please see a professional about your own symptoms, and get urgent help if you cannot put
          weight on your leg or have a fever with hip pain.
        </p>
      </section>

      <section aria-labelledby="private-title">
        <h2 id="private-title">Nothing leaves your browser</h2>
        <p>
          No account, no server, no analytics. Your checks, your journal and your settings stay in
          this browser. <a href="/privacy.html">Read the privacy page</a>.
        </p>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Where it explains terms</h2>
        {settingsError ? (
          <p class="form-error" role="alert">
            Your settings could not be read. Reload this page to try again.
          </p>
        ) : settings ? (
          <SiteChoices settings={settings} />
        ) : (
          <p class="muted">Loading…</p>
        )}
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Keyboard shortcuts</h2>
        <Shortcuts />
        <p class="hint">
          You can change them in your browser’s extension shortcut settings; this list shows the
          ones you have now.
        </p>
      </section>

      <section aria-labelledby="start-title">
        <h2 id="start-title">Start</h2>
        <OpenSidebarButton />
      </section>
    </main>
  );
}
