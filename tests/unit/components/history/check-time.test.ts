/**
 * Times of saved checks: a time no `Date` can hold (a check dated 1e300, stored by an older
 * version before backups were checked) is written as unknown instead of breaking the history.
 */
import { describe, expect, it } from 'vitest';
import { formatCheckTime, machineTime } from '../../../../components/history/check-time';

describe('the time of a saved check', () => {
  it('is written for people and for <time>', () => {
    const at = Date.UTC(2025, 4, 3, 14, 2);
    expect(formatCheckTime(at)).toMatch(/2025/);
    expect(machineTime(at)).toBe('2025-05-03T14:02:00.000Z');
  });

  it('says "an unknown date" for a time out of range, instead of throwing', () => {
    expect(formatCheckTime(1e300)).toBe('an unknown date');
    expect(machineTime(1e300)).toBe('');
    expect(formatCheckTime(Number.NaN)).toBe('an unknown date');
  });
});
