/**
 * Routes that reach the sidebar from outside it: a page card asks the background to open the guide
 * at one, and the background hands it to the sidebar through session storage. A web page can try
 * to imitate a card, so such a route is accepted only if the extension itself could have made it:
 * a guide entry, a glossary term, or a check started from one, every id one we know. Anything else
 * is rejected (null), never stored or shown. A page can never prefill a check with words of its
 * own, or reopen a saved check.
 */
import { HABITS } from './guide/habits';
import { isConditionId, isOneOf } from './known-ids';
import type { CheckPreset, Route } from './routes';
import { FEELING_IDS, ONSET_IDS, TRIGGER_IDS } from './symptoms/evidence';
import { termById } from './terms/glossary';
import { RED_FLAG_IDS, ZONE_IDS } from './types';

/** Longest search the context menu hands over ("Explain in Hip Pain Guide" on a selection). */
export const HANDED_SEARCH_MAX = 100;

const PRESET_CHOICES: Record<keyof Omit<CheckPreset, 'text'>, readonly string[]> = {
  zone: ZONE_IDS,
  feeling: FEELING_IDS,
  trigger: TRIGGER_IDS,
  onset: ONSET_IDS,
};

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` has exactly the fields in `keys` (no extras a later reader might trust). */
function hasOnly(value: Fields, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isTermId(value: unknown): value is string {
  return typeof value === 'string' && termById(value) !== undefined;
}

function itemOf(value: unknown, known: readonly string[]): string | null | undefined {
  if (value === null) return null;
  return isOneOf(value, known) ? value : undefined;
}

function presetOf(value: unknown): CheckPreset | null {
  if (!isRecord(value)) return null;
  const preset: CheckPreset = {};
  for (const [field, chosen] of Object.entries(value)) {
    const allowed = PRESET_CHOICES[field as keyof typeof PRESET_CHOICES];
    // `text` is not among them: free text from a page never reaches the checker.
    if (!allowed || !isOneOf(chosen, allowed)) return null;
    preset[field as keyof typeof PRESET_CHOICES] = chosen;
  }
  return preset;
}

/**
 * The route a page card asked for, if the extension could have made it; null otherwise.
 * Cards ask for a term's guide entry ("More in the guide") or a check from a term ("Check my
 * symptoms").
 */
export function routeFromPage(value: unknown): Route | null {
  if (!isRecord(value)) return null;
  switch (value.view) {
    case 'condition':
      return hasOnly(value, ['view', 'id']) && isConditionId(value.id)
        ? { view: 'condition', id: value.id }
        : null;
    case 'term':
      return hasOnly(value, ['view', 'id']) && isTermId(value.id)
        ? { view: 'term', id: value.id }
        : null;
    case 'habits':
    case 'red-flags': {
      if (!hasOnly(value, ['view', 'item'])) return null;
      const known = value.view === 'habits' ? HABITS.map((habit) => habit.id) : RED_FLAG_IDS;
      const item = itemOf(value.item, known);
      return item === undefined ? null : { view: value.view, item };
    }
    case 'check': {
      if (!hasOnly(value, ['view', 'from', 'saved', 'preset']) || value.saved !== null) return null;
      const from = value.from;
      if (from !== null && !isTermId(from) && !isConditionId(from)) return null;
      const preset = presetOf(value.preset);
      return preset ? { view: 'check', from, saved: null, preset } : null;
    }
    default:
      return null;
  }
}

/**
 * A route handed to the sidebar through storage: one a card may ask for, or the search the
 * context menu starts from selected text. Null for anything else.
 */
export function handedOverRoute(value: unknown): Route | null {
  if (
    isRecord(value) &&
    value.view === 'search' &&
    hasOnly(value, ['view', 'query']) &&
    typeof value.query === 'string' &&
    value.query.length <= HANDED_SEARCH_MAX
  ) {
    return { view: 'search', query: value.query };
  }
  return routeFromPage(value);
}
