import { describe, expect, it } from 'vitest';
import { emergencyNumber, inLocalWords } from '../../../../knowledge/guide/local-care';
import { emergencyAction } from '../../../../knowledge/guide/red-flags';

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

  it("fills every slot of a piece of advice with the words of the reader's country", () => {
    const advice =
      'Call {urgent-care} today; if it gets worse, go to {emergency-place} or call {number}.';
    expect(inLocalWords(advice, 'en-GB')).toBe(
      'Call your GP or NHS 111 today; if it gets worse, go to A&E or call 999.',
    );
    expect(inLocalWords(advice, 'en-CA')).toBe(
      'Call your doctor or an urgent care clinic today; if it gets worse, go to the emergency room or call 911.',
    );
    expect(inLocalWords('See a {doctor}.', 'es-ES')).toBe('See a doctor.');
  });
});
