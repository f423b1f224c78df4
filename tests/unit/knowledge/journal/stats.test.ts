/** Calendar weeks, weekly distance, shoe totals, pain by surface, and the run field checks. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  localDate,
  painBySurface,
  shoeTotals,
  weeklyDistances,
  weekStart,
  weeksWithData,
} from '../../../../knowledge/journal/stats';
import {
  checkRunFields,
  checkShoeFields,
  isCalendarDate,
} from '../../../../knowledge/journal/types';
import { sampleRun, sampleShoe } from './sample';

describe('calendar weeks', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2025-05-12')).toBe('2025-05-12');
    expect(weekStart('2025-05-18')).toBe('2025-05-12');
    expect(weekStart('2025-05-19')).toBe('2025-05-19');
    expect(weekStart('2025-01-01')).toBe('2024-12-30');
  });

  it('moves across months, leap days and daylight-saving changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-01-03', -7)).toBe('2024-12-27');
  });

  it('reads the local calendar day', () => {
    expect(localDate(new Date(2025, 4, 9, 23, 59))).toBe('2025-05-09');
  });

  it('knows real dates from look-alikes', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-5-1')).toBe(false);
  });
});

describe('weekly distance', () => {
  it('sums each week, keeps empty weeks as zero, and drops runs outside the window', () => {
    const runs = [
      sampleRun('2025-04-20', { distanceKm: 50 }),
      sampleRun('2025-04-28', { distanceKm: 5.1 }),
      sampleRun('2025-05-04', { distanceKm: 5.2 }),
      sampleRun('2025-05-13', { distanceKm: 8 }),
    ];
    expect(weeklyDistances(runs, '2025-05-14', 3)).toEqual([
      { start: '2025-04-28', distanceKm: 10.3, runs: 2 },
      { start: '2025-05-05', distanceKm: 0, runs: 0 },
      { start: '2025-05-12', distanceKm: 8, runs: 1 },
    ]);
  });
});

describe('shoe totals and pain by surface', () => {
  it("adds each pair's starting distance to its runs", () => {
    const runs = [
      sampleRun('2025-05-01', { shoeId: 1, distanceKm: 10, pain: { during: 2 } }),
      sampleRun('2025-05-02', { shoeId: 1, distanceKm: 12.5, pain: { after: 5 } }),
      sampleRun('2025-05-03', { shoeId: null, distanceKm: 7 }),
    ];
    const totals = shoeTotals(runs, [sampleShoe(1, { startKm: 100 }), sampleShoe(2)]);
    expect(
      totals.map(({ totalKm, runs: count, meanPain }) => ({ totalKm, count, meanPain })),
    ).toEqual([
      { totalKm: 122.5, count: 2, meanPain: 3.5 },
      { totalKm: 0, count: 0, meanPain: null },
    ]);
  });

  it('averages peak pain per surface, for surfaces with runs only', () => {
    const runs = [
      sampleRun('2025-05-01', { surface: 'road', pain: { during: 4 } }),
      sampleRun('2025-05-02', { surface: 'road', pain: { during: 2, after: 3 } }),
      sampleRun('2025-05-03', { surface: 'grass', pain: { during: 1 } }),
    ];
    expect(painBySurface(runs)).toEqual([
      { surface: 'road', runs: 2, distanceKm: 10, meanPain: 3.5 },
      { surface: 'grass', runs: 1, distanceKm: 5, meanPain: 1 },
    ]);
  });
});

describe('run field checks', () => {
  const today = '2025-05-14';

  it('accepts a valid run', () => {
    expect(checkRunFields(sampleRun('2025-05-14'), today, new Set())).toEqual({});
  });

  it('names each wrong field with a message that says what to do', () => {
    const run = sampleRun('2025-05-15', {
      distanceKm: 0,
      durationMin: -3,
      shoeId: 9,
      pain: { before: 11, during: 2.5, after: -1, nextMorning: 12 },
      notes: 'x'.repeat(2001),
    });
    expect(checkRunFields(run, today, new Set([1]))).toEqual({
      date: 'The date cannot be in the future.',
      distanceKm: 'Enter the distance in km, more than 0.',
      durationMin: 'Enter the time in minutes (more than 0), or leave it empty.',
      shoeId: 'Choose one of your shoes, or none.',
      painBefore: 'Pain before the run must be a whole number from 0 to 10.',
      painDuring: 'Pain during the run must be a whole number from 0 to 10.',
      painAfter: 'Pain after the run must be a whole number from 0 to 10.',
      painNextMorning: 'Next-morning pain must be a whole number from 0 to 10, or empty.',
      notes: 'Notes can be at most 2000 characters.',
    });
  });

  it('checks shoe names and starting distance', () => {
    expect(checkShoeFields({ name: '  ', startKm: -1, retired: false })).toEqual({
      name: 'Give the pair a name, such as "Blue Pegasus".',
      startKm: 'Enter the distance already run in them, 0 to 5000 km.',
    });
  });
});

describe('how many weeks the pain and distance chart spans', () => {
  const today = '2025-05-14'; // a Wednesday

  it('gives three runs in the last fortnight a 4-week chart, not the end of a 12-week one', () => {
    const runs = [{ date: '2025-05-05' }, { date: '2025-05-08' }, { date: '2025-05-13' }];
    expect(weeksWithData(runs, today, 4, 12)).toBe(4);
  });

  it('grows with the journal up to 12 weeks', () => {
    expect(weeksWithData([{ date: '2025-03-24' }], today, 4, 12)).toBe(8);
    expect(weeksWithData([{ date: '2024-01-01' }], today, 4, 12)).toBe(12);
  });
});
