import { describe, expect, it } from 'vitest';
import {
  defaultUnitForLocale,
  distanceIn,
  formatDistance,
  fromKm,
  KM_PER_MILE,
  toKm,
} from '../../../../knowledge/journal/units';

describe('distance units', () => {
  it('gives miles to runners in the US and the UK, kilometres elsewhere', () => {
    expect(defaultUnitForLocale('en-US')).toBe('mi');
    expect(defaultUnitForLocale('en-GB')).toBe('mi');
    expect(defaultUnitForLocale('en-AU')).toBe('km');
    expect(defaultUnitForLocale('de-DE')).toBe('km');
    expect(defaultUnitForLocale('en')).toBe('km');
    expect(defaultUnitForLocale(undefined)).toBe('km');
  });

  it('converts a mile exactly, and a marathon both ways', () => {
    expect(toKm(1, 'mi')).toBe(1.609);
    expect(fromKm(KM_PER_MILE, 'mi')).toBe(1);
    expect(formatDistance(42.195, 'mi')).toBe('26.22 mi');
    expect(formatDistance(42.195, 'km')).toBe('42.2 km');
    expect(formatDistance(5, 'km')).toBe('5 km');
  });

  it('shows back exactly what was typed, in either unit, for every distance to 0.01', () => {
    for (let hundredths = 1; hundredths <= 30_000; hundredths++) {
      const typed = hundredths / 100;
      for (const unit of ['km', 'mi'] as const) {
        const stored = toKm(typed, unit);
        expect(distanceIn(stored, unit)).toBe(typed);
      }
    }
  });

  it('round-trips stored kilometres through miles to the metre', () => {
    for (const km of [0.4, 1, 5, 10.01, 21.0975, 42.195, 100, 299.999]) {
      expect(toKm(fromKm(km, 'mi'), 'mi')).toBeCloseTo(km, 3);
    }
  });
});
