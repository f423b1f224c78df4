import { describe, expect, it } from 'vitest';
import { charactersCut, limitCounter } from '../../../components/ui/LimitedTextarea';

describe('a limited text field', () => {
  it('shows "1,850 / 2,000" as the limit nears, and nothing well before it', () => {
    expect(limitCounter(100, 2000)).toBeNull();
    expect(limitCounter(1850, 2000)).toBe('1,850 / 2,000');
    expect(limitCounter(2000, 2000)).toBe('2,000 / 2,000');
  });

  it('says how much of a 5,000-character paste was left out', () => {
    expect(charactersCut(0, 0, 5000, 2000)).toBe(3000);
    expect(charactersCut(1990, 0, 5, 2000)).toBe(0);
    // Pasting over a selection replaces it.
    expect(charactersCut(2000, 100, 100, 2000)).toBe(0);
  });
});
