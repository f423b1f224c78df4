/**
 * The sidebar warms the lookup up when idle so the runner's first search is not the one that
 * pays for compiling the phrase patterns.
 */
import { describe, expect, it } from 'vitest';
import {
  lookupSymptoms,
  warmUpLookup,
  warmUpLookupStep,
} from '../../../../knowledge/symptoms/lookup';

describe('warmUpLookup', () => {
  it('leaves the lookup answering as before', () => {
    warmUpLookup();
    const found = lookupSymptoms('outside of my hip aches when I lie on that side');
    expect(found.conditions[0]?.id).toBe('hip-bursitis');
    expect(found.redFlags).toEqual([]);
  });

  it('warms up a little at a time when there is no time to spare, and answers as before', () => {
    // With no idle time left, each step still runs one pattern: the sidebar's idle callbacks
    // never run them all in one task (the whole warm-up took 2 to 4 s of CPU in Node).
    let steps = 1;
    while (!warmUpLookupStep(() => 0)) steps += 1;
    expect(steps).toBeGreaterThan(100);
    expect(warmUpLookupStep(() => 0)).toBe(true);
    const found = lookupSymptoms('outside of my hip aches when I lie on that side');
    expect(found.conditions[0]?.id).toBe('hip-bursitis');
  });
});
