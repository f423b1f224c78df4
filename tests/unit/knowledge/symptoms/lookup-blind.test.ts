import { describe, expect, it } from 'vitest';
import { lookupSymptoms } from '../../../../knowledge/symptoms/lookup';
import { BLIND_CASES } from './lookup-blind-cases';

describe('symptom lookup, blind runner descriptions', () => {
  it('has 60 cases', () => {
    expect(BLIND_CASES).toHaveLength(60);
  });

  for (const blind of BLIND_CASES) {
    it(`${blind.top ?? 'nothing'} [${blind.redFlags.join(', ')}]: ${blind.text.slice(0, 70)}`, () => {
      const result = lookupSymptoms(blind.text);
      const top = result.conditions[0]?.id ?? null;
      const flags = result.redFlags.map((flag) => flag.id).sort();
      expect({ top, redFlags: flags }).toEqual({
        top: blind.top,
        redFlags: [...blind.redFlags].sort(),
      });
    });
  }
});
