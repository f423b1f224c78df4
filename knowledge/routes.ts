/**
 * The sidebar's routes: every view has one, written as a path such as `condition/hip-bursitis`
 * or `search?q=itbs`, shown in the address as `#/condition/hip-bursitis`. Page cards, the
 * context menu and search results all link to views through these paths. Pure: no DOM.
 */
import { isConditionId, isOneOf } from './known-ids';
import { FEELING_IDS, ONSET_IDS, TRIGGER_IDS } from './symptoms/evidence';
import { type ConditionId, ZONE_IDS } from './types';

/** Answers a route can pick in advance (a symptom chosen in search, say). */
export interface CheckPreset {
  zone?: string;
  feeling?: string;
  trigger?: string;
  onset?: string;
  text?: string;
}

/** Every view the sidebar can show. */
export type Route =
  | { view: 'home' }
  | { view: 'condition'; id: ConditionId }
  | { view: 'term'; id: string }
  | { view: 'habits'; item: string | null }
  | { view: 'red-flags'; item: string | null }
  | { view: 'check'; from: string | null; saved: number | null; preset: CheckPreset }
  | { view: 'search'; query: string }
  | { view: 'on-this-page' }
  | { view: 'history' }
  | { view: 'journal' }
  | { view: 'settings' }
  | { view: 'not-found'; path: string };

/** The names of the views, for navigation and styling. */
export type ViewName = Route['view'];

const SIMPLE_VIEWS = ['on-this-page', 'history', 'journal', 'settings'] as const;

/** The answer a check route names for `field`, if the checker offers it. */
function knownChoice(params: URLSearchParams, field: string, allowed: readonly string[]) {
  const value = params.get(field);
  return isOneOf(value, allowed) ? value : undefined;
}

function checkPreset(params: URLSearchParams): CheckPreset {
  const preset: CheckPreset = {
    zone: knownChoice(params, 'zone', ZONE_IDS),
    feeling: knownChoice(params, 'feeling', FEELING_IDS),
    trigger: knownChoice(params, 'trigger', TRIGGER_IDS),
    onset: knownChoice(params, 'onset', ONSET_IDS),
    text: params.get('text')?.slice(0, 2000) || undefined,
  };
  return Object.fromEntries(
    Object.entries(preset).filter(([, value]) => value !== undefined),
  ) as CheckPreset;
}

/**
 * Reads a route path (`condition/it-band-syndrome`, `#/search?q=hip`, `/habits`). Anything the
 * sidebar does not know becomes `not-found`, never an error.
 */
export function parseRoute(raw: string): Route {
  const path = raw.replace(/^#?\/*/, '');
  const queryAt = path.indexOf('?');
  const [name = '', ...rest] = (queryAt < 0 ? path : path.slice(0, queryAt))
    .split('/')
    .map((part) => safeDecode(part));
  const params = new URLSearchParams(queryAt < 0 ? '' : path.slice(queryAt + 1));
  const id = rest.join('/');

  if (name === '' || name === 'home') return { view: 'home' };
  if (name === 'condition' && isConditionId(id)) return { view: 'condition', id };
  if (name === 'term' && id !== '') return { view: 'term', id };
  if (name === 'habits' || name === 'red-flags') {
    return { view: name, item: params.get('item') || null };
  }
  if (name === 'check') {
    const saved = Number(params.get('saved'));
    return {
      view: 'check',
      from: params.get('from') || null,
      saved: Number.isInteger(saved) && saved > 0 ? saved : null,
      preset: checkPreset(params),
    };
  }
  if (name === 'search') return { view: 'search', query: params.get('q') ?? '' };
  const simple = SIMPLE_VIEWS.find((view) => view === name);
  if (simple && id === '') return { view: simple };
  return { view: 'not-found', path };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function withParams(base: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** The path for a route, the inverse of `parseRoute`. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
      return '';
    case 'condition':
      return `condition/${route.id}`;
    case 'term':
      return `term/${encodeURIComponent(route.id)}`;
    case 'habits':
    case 'red-flags':
      return withParams(route.view, { item: route.item });
    case 'check':
      return withParams('check', {
        from: route.from,
        saved: route.saved === null ? null : String(route.saved),
        ...route.preset,
      });
    case 'search':
      return withParams('search', { q: route.query });
    case 'not-found':
      return route.path;
    default:
      return route.view;
  }
}

/** The `href` of a link to `route` inside the sidebar. */
export function hrefOf(route: Route): string {
  return `#/${formatRoute(route)}`;
}
