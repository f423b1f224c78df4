import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatMoment,
  formatMomentDay,
  formatShortDay,
  machineTime,
} from '../../../knowledge/date-format';

describe('dates, in the reader’s locale', () => {
  it('writes a calendar day the British or the American way, as the locale says', () => {
    expect(formatDay('2025-05-12', { locale: 'en-GB' })).toBe('12 May 2025');
    expect(formatDay('2025-05-12', { locale: 'en-US' })).toBe('May 12, 2025');
    expect(formatDay('2025-05-12', { locale: 'en-GB', weekday: true })).toBe('Mon, 12 May 2025');
    expect(formatShortDay('2025-05-12', 'en-GB')).toBe('12 May');
    expect(formatShortDay('2025-05-12', 'en-US')).toBe('May 12');
  });

  it('keeps a calendar day on its day, whatever the time zone', () => {
    expect(formatDay('2025-01-01', { locale: 'en-GB' })).toBe('1 Jan 2025');
  });

  it('writes a moment with its time, and for machines as ISO', () => {
    const at = Date.UTC(2025, 4, 12, 13, 2);
    expect(formatMoment(at, 'en-GB')).toMatch(/^12 May 2025,? \d{1,2}:02/);
    expect(formatMomentDay(at, 'en-GB')).toMatch(/^1[123] May 2025$/);
    expect(machineTime(at)).toBe('2025-05-12T13:02:00.000Z');
  });

  it('says "an unknown date" for a time out of range, instead of throwing', () => {
    // A check dated 1e300, stored by an older version before backups were checked.
    expect(formatMoment(1e300)).toBe('an unknown date');
    expect(formatMomentDay(Number.NaN)).toBe('an unknown date');
    expect(machineTime(1e300)).toBe('');
  });
});
