/**
 * One search across the guide: conditions, glossary terms, habits, symptoms and red flags, with
 * MiniSearch (prefix and typo-tolerant matching, field boosts). The index is small (about 140
 * documents) and built once per sidebar; a keystroke's search takes a fraction of a millisecond
 * (see tests/unit/sidebar-search.test.ts, which prints the figure).
 */
import MiniSearch from 'minisearch';
import { CONDITIONS } from '../../knowledge/guide/conditions';
import { HABITS } from '../../knowledge/guide/habits';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import type { Route } from '../../knowledge/routes';
import {
  type CheckerOption,
  FEELINGS,
  ONSETS,
  type SignId,
  TRIGGERS,
  ZONES,
} from '../../knowledge/symptoms/evidence';
import { GLOSSARY } from '../../knowledge/terms/glossary';

/** What a search result is. */
export type SearchKind = 'condition' | 'term' | 'habit' | 'symptom' | 'red-flag';

/** One search result, ready to show and to open. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  /** A line of context under the title. */
  snippet: string;
  route: Route;
  /**
   * True when a word the runner typed (other than words such as "pain" or "sore") starts a word
   * of the entry's title or other names: "hamstr" names "High hamstring tendinopathy". False when
   * the entry was reached through its text or a typo-tolerant guess ("shin splints" reaching "Hip
   * flexor"): a neighbour, not an answer.
   */
  named: boolean;
}

interface SearchDocument {
  id: string;
  title: string;
  aliases: string;
  text: string;
}

/** An entry of the guide as the index holds it, before a search says how closely it matched. */
type GuideEntry = Omit<SearchHit, 'named'>;

/** Searching the guide. */
export interface GuideSearch {
  /** Results best first (at most `limit`); empty for a blank query. */
  search(query: string, limit?: number): SearchHit[];
}

const CONDITION_NAMES_LOWER = new Set(CONDITIONS.map((c) => c.name.toLowerCase()));

/** Words that say how something hurts, not what it is: they never make an entry an answer. */
const WORDS_THAT_NAME_NOTHING = new Set([
  'pain',
  'painful',
  'sore',
  'ache',
  'aches',
  'hurt',
  'hurts',
  'my',
  'the',
  'a',
  'in',
  'on',
  'of',
]);

const KIND_BOOST: Record<SearchKind, number> = {
  condition: 1.6,
  'red-flag': 1.3,
  habit: 1.1,
  symptom: 1,
  term: 1,
};

function firstSentence(text: string, max = 150): string {
  const sentence = text.match(/^.*?[.!?](\s|$)/)?.[0]?.trim() ?? text;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

function symptomHits(
  options: readonly CheckerOption<SignId>[],
  field: 'zone' | 'feeling' | 'trigger' | 'onset',
  group: string,
): [GuideEntry, SearchDocument][] {
  return options.map((option) => [
    {
      id: `symptom:${option.id}`,
      kind: 'symptom',
      title: option.label,
      snippet: `${group}: start a symptom check with this picked.`,
      route: { view: 'check', from: null, saved: null, preset: { [field]: option.id } },
    },
    { id: `symptom:${option.id}`, title: option.label, aliases: option.why, text: group },
  ]);
}

/**
 * Every searchable entry of the guide, with what opening it shows; red-flag advice in the words
 * of the reader's `locale` (UK, as the NHS sources, by default).
 */
export function guideEntries(locale = 'en-GB'): [GuideEntry, SearchDocument][] {
  return [
    ...CONDITIONS.map((c): [GuideEntry, SearchDocument] => [
      {
        id: `condition:${c.id}`,
        kind: 'condition',
        title: c.name,
        snippet: c.summary,
        route: { view: 'condition', id: c.id },
      },
      {
        id: `condition:${c.id}`,
        title: c.name,
        aliases: [...c.otherNames, c.whereShort].join(' · '),
        text: [c.summary, c.whatItIs, ...c.feelsLike, ...c.whenItHurts].join(' '),
      },
    ]),
    // A term named like a condition ("Hip bursitis") would only repeat the condition's result.
    ...GLOSSARY.filter((t) => !CONDITION_NAMES_LOWER.has(t.name.toLowerCase())).map(
      (t): [GuideEntry, SearchDocument] => [
        {
          id: `term:${t.id}`,
          kind: 'term',
          title: t.name,
          snippet: firstSentence(t.card),
          route: { view: 'term', id: t.id },
        },
        { id: `term:${t.id}`, title: t.name, aliases: t.variants.join(' · '), text: t.card },
      ],
    ),
    ...HABITS.map((h): [GuideEntry, SearchDocument] => [
      {
        id: `habit:${h.id}`,
        kind: 'habit',
        title: h.title,
        snippet: firstSentence(h.text),
        route: { view: 'habits', item: h.id },
      },
      { id: `habit:${h.id}`, title: h.title, aliases: h.kind, text: h.text },
    ]),
    ...symptomHits(ZONES, 'zone', 'Where it hurts'),
    ...symptomHits(FEELINGS, 'feeling', 'What it feels like'),
    ...symptomHits(TRIGGERS, 'trigger', 'When it hurts'),
    ...symptomHits(ONSETS, 'onset', 'How it started'),
    ...RED_FLAGS.map((f): [GuideEntry, SearchDocument] => {
      const advice = inLocalWords(f.advice, locale);
      return [
        {
          id: `red-flag:${f.id}`,
          kind: 'red-flag',
          title: f.title,
          snippet: firstSentence(advice),
          route: { view: 'red-flags', item: f.id },
        },
        { id: `red-flag:${f.id}`, title: f.title, aliases: f.question, text: advice },
      ];
    }),
  ];
}

/** Builds the search over the whole guide, in the words of the reader's locale. */
export function createGuideSearch(locale = 'en-GB'): GuideSearch {
  const entries = guideEntries(locale);
  const hits = new Map(entries.map(([hit]) => [hit.id, hit]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'aliases', 'text'],
    searchOptions: {
      boost: { title: 3, aliases: 2, text: 1 },
      prefix: true,
      // One typo in a word of 4 letters or more, two from 9: "bursits", "iliotibal band".
      fuzzy: (term) => (term.length < 4 ? false : term.length < 9 ? 1 : 2),
      boostDocument: (id: string) => KIND_BOOST[hits.get(id)?.kind ?? 'term'],
    },
  });
  index.addAll(entries.map(([, doc]) => doc));

  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      // Every word must match, unless that finds nothing (a pasted sentence): then any word.
      let results = index.search(trimmed, { combineWith: 'AND' });
      if (results.length === 0) results = index.search(trimmed, { combineWith: 'OR' });
      return results.slice(0, limit).flatMap((result) => {
        const hit = hits.get(result.id as string);
        if (!hit) return [];
        const typed = result.queryTerms.filter((word) => !WORDS_THAT_NAME_NOTHING.has(word));
        const named = result.terms.some(
          (term) =>
            result.match[term]?.some((field) => field !== 'text') === true &&
            typed.some((word) => term.startsWith(word)),
        );
        return [{ ...hit, named }];
      });
    },
  };
}
