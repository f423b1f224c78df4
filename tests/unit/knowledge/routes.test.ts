import { describe, expect, it } from 'vitest';
import { formatRoute, hrefOf, parseRoute, type Route } from '../../../knowledge/routes';

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
