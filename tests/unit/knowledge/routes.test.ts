import { describe, expect, it } from 'vitest';
import { handedOverRoute, routeFromPage } from '../../../knowledge/handed-routes';
import { formatRoute, hrefOf, parseRoute, type Route } from '../../../knowledge/routes';
import { FEELING_IDS, TRIGGER_IDS } from '../../../knowledge/symptoms/evidence';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import { describeTerm } from '../../../knowledge/terms/term-description';
import { CONDITION_IDS } from '../../../knowledge/types';

describe('sidebar routes', () => {
  it('reads every view from its path, with or without "#/"', () => {
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/')).toEqual({ view: 'home' });
    expect(parseRoute('#/condition/it-band-syndrome')).toEqual({
      view: 'condition',
      id: 'it-band-syndrome',
    });
    expect(parseRoute('condition/hip-bursitis')).toEqual({ view: 'condition', id: 'hip-bursitis' });
    expect(parseRoute('habits')).toEqual({ view: 'habits', item: null });
    expect(parseRoute('red-flags?item=fall-injury')).toEqual({
      view: 'red-flags',
      item: 'fall-injury',
    });
    expect(parseRoute('term/iliotibial-band')).toEqual({ view: 'term', id: 'iliotibial-band' });
    expect(parseRoute('search?q=hip%20bursitis')).toEqual({
      view: 'search',
      query: 'hip bursitis',
    });
    for (const view of ['on-this-page', 'history', 'journal', 'settings'] as const) {
      expect(parseRoute(`#/${view}`)).toEqual({ view });
    }
  });

  it('reads the routes a page card and the context menu hand over', () => {
    expect(parseRoute('check?from=itbs')).toEqual({
      view: 'check',
      from: 'itbs',
      saved: null,
      preset: {},
    });
    expect(parseRoute(`search?q=${encodeURIComponent('trochanteric bursitis & pain')}`)).toEqual({
      view: 'search',
      query: 'trochanteric bursitis & pain',
    });
  });

  it('keeps only answers the checker knows in a check route', () => {
    expect(parseRoute('check?zone=outer-hip&feeling=made-up&onset=gradual&saved=7')).toEqual({
      view: 'check',
      from: null,
      saved: 7,
      preset: { zone: 'outer-hip', onset: 'gradual' },
    });
    expect(parseRoute('check?saved=-3')).toMatchObject({ view: 'check', saved: null });
  });

  it('turns anything unknown into "not found", never an error', () => {
    expect(parseRoute('condition/knee-pain')).toEqual({
      view: 'not-found',
      path: 'condition/knee-pain',
    });
    expect(parseRoute('#/settings/extra')).toMatchObject({ view: 'not-found' });
    expect(parseRoute('#/term/%E0%A4%A')).toMatchObject({ view: 'term' });
  });

  it('writes routes back to the same paths', () => {
    const routes: Route[] = [
      { view: 'home' },
      { view: 'condition', id: 'stress-fracture' },
      { view: 'term', id: 'gtps' },
      { view: 'habits', item: 'cross-train' },
      { view: 'red-flags', item: null },
      { view: 'check', from: 'itbs', saved: null, preset: { zone: 'groin', text: 'sore & hot' } },
      { view: 'search', query: 'runner’s knee?' },
      { view: 'on-this-page' },
      { view: 'history' },
      { view: 'journal' },
      { view: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(formatRoute({ view: 'condition', id: 'hip-bursitis' })).toBe('condition/hip-bursitis');
    expect(hrefOf({ view: 'home' })).toBe('#/');
  });
});

describe('route round-trips', () => {
  const every: Route[] = [
    { view: 'home' },
    ...CONDITION_IDS.map((id): Route => ({ view: 'condition', id })),
    { view: 'term', id: 'a/b c' },
    { view: 'habits', item: null },
    { view: 'habits', item: 'cross-train' },
    { view: 'red-flags', item: 'fall-injury' },
    { view: 'check', from: null, saved: 12, preset: {} },
    {
      view: 'check',
      from: 'hip-bursitis',
      saved: null,
      preset: {
        zone: 'outer-hip',
        feeling: FEELING_IDS[0],
        trigger: TRIGGER_IDS[0],
        onset: 'gradual',
      },
    },
    { view: 'search', query: '' },
    { view: 'search', query: '#/?&=%' },
    { view: 'on-this-page' },
    { view: 'history' },
    { view: 'journal' },
    { view: 'settings' },
  ];

  it('reads back every route it writes, with and without "#/"', () => {
    for (const route of every) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });

  it('writes back every path it reads, in one form', () => {
    for (const path of ['condition/hip-bursitis', 'habits?item=cross-train', 'search?q=hip+pain']) {
      const once = formatRoute(parseRoute(path));
      expect(formatRoute(parseRoute(once))).toBe(once);
    }
  });
});

describe('routes from outside the sidebar', () => {
  it('accepts every route a page card can ask for', () => {
    for (const term of GLOSSARY) {
      const description = describeTerm(term.id);
      expect(description && routeFromPage(description.route)).toEqual(description?.route);
      const check: Route = { view: 'check', from: term.id, saved: null, preset: {} };
      expect(routeFromPage(check)).toEqual(check);
      expect(routeFromPage({ view: 'term', id: term.id })).toEqual({ view: 'term', id: term.id });
    }
  });

  it('accepts the context menu search only through the hand-over, never from a page', () => {
    const search: Route = { view: 'search', query: 'hip pain' };
    expect(routeFromPage(search)).toBeNull();
    expect(handedOverRoute(search)).toEqual(search);
    expect(handedOverRoute({ view: 'settings' })).toBeNull();
    expect(handedOverRoute('condition/hip-bursitis')).toBeNull();
  });
});
