import { describe, expect, it } from 'vitest';
import { emergencyNumber, inLocalWords } from '../../../../knowledge/guide/local-care';
import { tierAction } from '../../../../knowledge/guide/red-flags';

describe('the emergency number for a reader', () => {
  // 999 in the UK, 911 in the US and Canada, 112 anywhere else and when no region is named; a
  // script subtag ("Latn") is not mistaken for the region.
  it.each([
    ['en-GB', '999'],
    ['cy-GB', '999'],
    ['en_UK', '999'],
    ['en-US', '911'],
    ['fr-CA', '911'],
    ['sr-Latn-US', '911'],
    ['de-DE', '112'],
    ['en-IE', '112'],
    ['en', '112'],
    ['', '112'],
    ['zh-Hant-TW', '112'],
  ])('%s reads %s', (locale, number) => {
    expect(emergencyNumber(locale)).toBe(number);
  });

  it('puts the action first, with the place that fits the number', () => {
    expect(tierAction('emergency', 'en-GB')).toBe('Call 999 or go to A&E now');
    expect(tierAction('emergency', 'en-US')).toBe('Call 911 or go to the emergency room now');
    expect(tierAction('emergency', 'nl-NL')).toBe('Call 112 or go to the emergency department now');
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
