/** One glossary term: its plain explanation and the guide entry it belongs to. */
import type { JSX } from 'preact';
import { conditionById } from '../../knowledge/guide/conditions';
import { isConditionId } from '../../knowledge/known-ids';
import { hrefOf, type Route } from '../../knowledge/routes';
import { termById } from '../../knowledge/terms/glossary';
import type { GlossaryTerm, GuideEntryId } from '../../knowledge/types';
import { BackLink } from './BackLink';

const CATEGORY_LABELS: Readonly<Record<GlossaryTerm['category'], string>> = {
  anatomy: 'Body part',
  condition: 'Condition',
  'test-or-treatment': 'Test or treatment',
  training: 'Training',
};

function entryLink(entry: GuideEntryId): { route: Route; name: string } {
  if (isConditionId(entry))
    return { route: { view: 'condition', id: entry }, name: conditionById(entry).name };
  if (entry === 'habits')
    return { route: { view: 'habits', item: null }, name: 'Relief and prevention' };
  return { route: { view: 'red-flags', item: null }, name: 'When to get help' };
}

/** The page for glossary term `id`. */
export function TermView({ id }: { id: string }): JSX.Element {
  const term = termById(id);
  if (!term) {
    return (
      <>
        <BackLink />
        <h1 tabIndex={-1}>Term not found</h1>
        <p>The guide has no entry for that word. Try searching for it instead.</p>
        <p>
          <a href={hrefOf({ view: 'search', query: id.replace(/-/g, ' ') })}>Search the guide</a>
        </p>
      </>
    );
  }
  const entry = entryLink(term.entry);
  const spellings = term.variants.filter((variant) => variant !== term.name.toLowerCase());
  return (
    <article class="entry" data-term={term.id}>
      <BackLink />
      <p class="tag">{CATEGORY_LABELS[term.category]}</p>
      <h1 tabIndex={-1}>{term.name}</h1>
      <p class="lead">{term.card}</p>
      {spellings.length > 0 && <p class="muted">Also written {spellings.join(', ')}</p>}
      <p>
        More in the guide: <a href={hrefOf(entry.route)}>{entry.name}</a>
      </p>
      <p>
        <a class="button" href={hrefOf({ view: 'check', from: term.id, saved: null, preset: {} })}>
          Check my symptoms
        </a>
      </p>
    </article>
  );
}
