/**
 * Search across the guide: results as you type, typo-tolerant, Enter opens the first. When the
 * words read like symptoms, it also offers to run them through the checker.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { hrefOf } from '../../knowledge/routes';
import { lookupSymptoms } from '../../knowledge/symptoms/lookup';
import { useApp } from '../app-context';
import { Banner } from '../ui/Banner';
import { createGuideSearch, type SearchKind } from './search-index';

const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  condition: 'Condition',
  term: 'Word',
  habit: 'Habit',
  symptom: 'Symptom',
  'red-flag': 'Warning sign',
};

function shortened(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The search view, starting from `query` (a route such as `search?q=itbs`). */
export function SearchView({ query }: { query: string }): JSX.Element {
  const { navigate } = useApp();
  const search = useMemo(() => createGuideSearch(navigator.language), []);
  const [text, setText] = useState(query);
  // A new query from outside (the context menu while the sidebar is open) replaces the box.
  useEffect(() => {
    if (query !== text) setText(query);
  }, [query]);
  const hits = useMemo(() => search.search(text), [search, text]);
  const found = useMemo(() => lookupSymptoms(text), [text]);
  // Only a description ("burning outer hip at night"), not a name someone looks up.
  const soundsLikeSymptoms =
    text.trim().split(/\s+/).length >= 3 &&
    (found.conditions.length > 0 || found.redFlags.length > 0);
  // "Shin splints": about another body part, and nothing in the guide is named by it. What the
  // search found is only a neighbour, so it is said plainly first and Enter opens nothing.
  const notCovered = found.outsideHip && !hits.some((hit) => hit.named) ? found.outsideHip : null;

  const onInput = (value: string) => {
    setText(value);
    // Keep the address in step (for reload), without a Back step per keystroke.
    navigate({ view: 'search', query: value }, { replace: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const [first] = hits;
    if (event.key === 'Enter' && first && !notCovered) {
      event.preventDefault();
      navigate(first.route);
    }
  };

  const trimmed = text.trim();
  return (
    <>
      <h1 tabIndex={-1}>Search the guide</h1>
      <search>
        <form class="search-form" onSubmit={(event) => event.preventDefault()}>
          <label for="search-box">Search conditions, words, habits and symptoms</label>
          <input
            id="search-box"
            type="search"
            data-autofocus
            autocomplete="off"
            spellcheck={false}
            value={text}
            aria-describedby="search-hint search-count"
            onInput={(event) => onInput(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <p class="hint" id="search-hint">
            Results appear as you type. Press Enter to open the first one.
          </p>
        </form>
      </search>
      <p id="search-count" class="visually-hidden" aria-live="polite">
        {trimmed === ''
          ? ''
          : notCovered
            ? `Not covered: ${notCovered.part}`
            : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`}
      </p>
      {notCovered && (
        <Banner
          tone="info"
          data-not-covered={notCovered.part}
          title={`This guide does not cover “${shortened(trimmed)}”.`}
        >
          <p>
            It is about hip pain in runners, and this sounds like the {notCovered.part}.{' '}
            {notCovered.suggestion}
          </p>
        </Banner>
      )}
      {soundsLikeSymptoms && (
        <p class="note">
          Sounds like symptoms?{' '}
          <a href={hrefOf({ view: 'check', from: null, saved: null, preset: { text: trimmed } })}>
            Check “{shortened(trimmed)}” in the symptom checker
          </a>
        </p>
      )}
      {trimmed !== '' && hits.length === 0 && (
        <p>
          Nothing in the guide matches “{trimmed}”. Try another word, such as “outer hip” or “stress
          fracture”.
        </p>
      )}
      {hits.length > 0 && notCovered && <h2>Pages that only share a word with your search</h2>}
      {hits.length > 0 && (
        <ol class={`search-results${notCovered ? ' search-neighbours' : ''}`}>
          {hits.map((hit) => (
            <li key={hit.id} data-hit={hit.id}>
              <a class="search-hit" href={hrefOf(hit.route)}>
                <span class="search-kind">{KIND_LABELS[hit.kind]}</span>
                <span class="search-title">{hit.title}</span>
                <span class="search-snippet">{hit.snippet}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
