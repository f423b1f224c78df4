import { describe, expect, it } from 'vitest';
import { emergencyAction, emergencyNumber } from '../../../../knowledge/guide/emergency-number';

describe('the emergency number for a reader', () => {
  it('is 999 in the UK, 911 in the US and Canada, 112 anywhere else', () => {
    expect(emergencyNumber('en-GB')).toBe('999');
    expect(emergencyNumber('cy-GB')).toBe('999');
    expect(emergencyNumber('en_UK')).toBe('999');
    expect(emergencyNumber('en-US')).toBe('911');
    expect(emergencyNumber('fr-CA')).toBe('911');
    expect(emergencyNumber('de-DE')).toBe('112');
    expect(emergencyNumber('en-IE')).toBe('112');
  });

  it('falls back to 112 when the locale names no region', () => {
    expect(emergencyNumber('en')).toBe('112');
    expect(emergencyNumber('')).toBe('112');
    expect(emergencyNumber('zh-Hant-TW')).toBe('112');
  });

  it('reads a script subtag without mistaking it for the region', () => {
    expect(emergencyNumber('sr-Latn-US')).toBe('911');
  });

  it('puts the action first, with the place that fits the number', () => {
    expect(emergencyAction('en-GB')).toBe('Call 999 or go to A&E now');
    expect(emergencyAction('en-US')).toBe('Call 911 or go to the emergency room now');
    expect(emergencyAction('nl-NL')).toBe('Call 112 or go to the emergency department now');
  });
});
