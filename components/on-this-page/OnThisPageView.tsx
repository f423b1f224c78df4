/**
 * "On this page": the hip-pain terms the content script found in the current tab, with counts;
 * choosing one scrolls the page to it and opens its card. When the guide is off there, it says
 * so and offers to switch it on.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { hrefOf } from '../../knowledge/routes';
import { termById } from '../../knowledge/terms/glossary';
import { type PageTermsState, usePlatform } from '../platform-context';
import { KeyboardRoute } from './KeyboardRoute';

type ViewState = { kind: 'loading' } | PageTermsState | { kind: 'failed' };

const SETTINGS_HREF = hrefOf({ view: 'settings' });

function TermList({
  tabId,
  state,
}: {
  tabId: number;
  state: Extract<PageTermsState, { kind: 'terms' }>;
}) {
  const { showTermOnPage } = usePlatform();
  const [failed, setFailed] = useState<string | null>(null);
  if (state.terms.length === 0) {
    return <p>No hip-pain words found on this page.</p>;
  }
  const show = async (termId: string) => {
    setFailed(null);
    const shown = await showTermOnPage(tabId, termId, 0);
    if (!shown) setFailed('That word is no longer on the page. Try Refresh.');
  };
  return (
    <>
      <p class="muted">Choose a word to scroll the page to it and open its explanation.</p>
      {failed && (
        <p class="form-error" role="alert">
          {failed}
        </p>
      )}
      <ul class="page-terms">
        {state.terms.map((term) => {
          const name = termById(term.termId)?.name ?? term.termId;
          return (
            <li key={term.termId} data-term={term.termId}>
              <button type="button" class="page-term" onClick={() => void show(term.termId)}>
                <span class="page-term-name">{name}</span>
                <span class="count">
                  {term.count}
                  <span class="visually-hidden">{term.count === 1 ? ' time' : ' times'}</span>
                </span>
              </button>
              <a class="page-term-more" href={hrefOf({ view: 'term', id: term.termId })}>
                About<span class="visually-hidden"> {name}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The "on this page" view. */
export function OnThisPageView(): JSX.Element {
  const { readPageTerms, watchActivePage, watchSettings, switchSiteOn, logError } = usePlatform();
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  // Why the last "Switch on" did not work, in words; null when it did or was not tried.
  const [switchProblem, setSwitchProblem] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<ViewState> => {
    const next = await readPageTerms().catch((): ViewState => ({ kind: 'failed' }));
    setState(next);
    return next;
  }, [readPageTerms]);

  useEffect(() => {
    void refresh();
    const stopTabs = watchActivePage(() => void refresh());
    const stopSettings = watchSettings(() => void refresh());
    return () => {
      stopTabs();
      stopSettings();
    };
  }, [refresh, watchActivePage, watchSettings]);

  const switchOn = (site: string) => {
    setSwitchProblem(null);
    // Called straight from the click, with nothing awaited first: the browser shows its
    // permission prompt only inside the user's gesture.
    switchSiteOn(site)
      .then(async (granted) => {
        if (!granted) {
          setSwitchProblem(
            "The site was not switched on, because the browser's permission was not given.",
          );
          return;
        }
        // The page's script follows the settings change in a moment: ask again until it has.
        for (const wait of [50, 150, 400, 1000]) {
          if ((await refresh()).kind !== 'off') return;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      })
      .catch((error: unknown) => {
        logError(`switching ${site} on`, error);
        setSwitchProblem(`${site} could not be switched on: the setting was not saved. Try again.`);
      });
  };

  return (
    <>
      <h1 tabIndex={-1}>On this page</h1>
      <div class="view-body" data-page-state={state.kind}>
        {state.kind === 'loading' && <p class="muted">Looking at the page…</p>}
        {state.kind === 'terms' && <TermList tabId={state.tabId} state={state} />}
        {state.kind === 'terms' && state.terms.length > 0 && <KeyboardRoute onThisPage />}
        {state.kind === 'off' && (
          <div class="panel">
            <p>
              <strong>Hip Pain Guide is switched off on this site.</strong> Switch it on to mark and
              explain hip-pain words here.
            </p>
            {state.sites.length > 0 ? (
              <div class="button-row">
                {state.sites.map((site) => (
                  <button
                    key={site}
                    type="button"
                    class="button button-primary"
                    onClick={() => switchOn(site)}
                  >
                    Switch on for {site}
                  </button>
                ))}
              </div>
            ) : (
              <p>
                Switch it on in <a href={SETTINGS_HREF}>Settings</a>.
              </p>
            )}
          </div>
        )}
        {state.kind === 'not-running' && (
          <div class="panel">
            {state.site ? (
              <>
                <p>
                  <strong>Hip Pain Guide does not run on {state.site}.</strong> Switch it on to
                  explain hip-pain words on this site.
                </p>
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => switchOn(state.site ?? '')}
                >
                  Switch on for {state.site}
                </button>
                <p class="hint">
                  Your browser will ask to let the guide read this site. Reload the page afterwards.
                </p>
              </>
            ) : (
              <>
                <p>
                  <strong>This page can't be read by the guide.</strong> It explains words on
                  running sites, and on sites you add yourself.
                </p>
                <p>
                  To add a site, go to <a href={SETTINGS_HREF}>Settings</a>.
                </p>
              </>
            )}
          </div>
        )}
        {state.kind === 'no-page' && <p>No page is open in this window.</p>}
        {state.kind === 'failed' && (
          <p class="form-error" role="alert">
            The guide could not reach this page. Try Refresh.
          </p>
        )}
        {switchProblem && (
          <p class="form-error" role="alert">
            {switchProblem}
          </p>
        )}
        <p>
          <button type="button" class="button button-quiet" onClick={() => void refresh()}>
            Refresh
          </button>
        </p>
      </div>
    </>
  );
}
