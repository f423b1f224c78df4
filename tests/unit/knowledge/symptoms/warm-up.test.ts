/**
 * The sidebar warms the lookup up when idle so the runner's first search is not the one that
 * pays for compiling the phrase patterns.
 */
import { describe, expect, it } from 'vitest';
import { lookupSymptoms, warmUpLookup } from '../../../../knowledge/symptoms/lookup';

describe('warmUpLookup', () => {
  it('leaves the lookup answering as before', () => {
    warmUpLookup();
    const found = lookupSymptoms('outside of my hip aches when I lie on that side');
    expect(found.conditions[0]?.id).toBe('hip-bursitis');
    expect(found.redFlags).toEqual([]);
  });
});
