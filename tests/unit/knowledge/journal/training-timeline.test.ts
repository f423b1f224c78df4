/**
 * The time charts' data: runs bucketed into Monday-to-Sunday weeks, the week of today marked
 * unfinished, a span chosen from the data, and one axis on which every run's dot falls inside
 * its own week's bar.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../knowledge/journal/stats';
import {
  dayPosition,
  trainingTimeline,
  weekSlot,
} from '../../../../knowledge/journal/training-timeline';
import { sampleRun, steadyRuns } from './sample';

// A Wednesday: its week began on Monday 2025-05-12.
const WEDNESDAY = '2025-05-14';

describe('week bucketing', () => {
  it('puts a Sunday run in the week before the Monday run, and keeps empty weeks as zero', () => {
    const timeline = trainingTimeline(
      [
        sampleRun('2025-05-04', { distanceKm: 10 }), // Sunday
        sampleRun('2025-05-05', { distanceKm: 4 }), // Monday
        sampleRun('2025-05-06', { distanceKm: 6 }),
      ],
      WEDNESDAY,
      { weeks: 4 },
    );
    expect(timeline.weeks.map((week) => [week.start, week.distanceKm, week.runs])).toEqual([
      ['2025-04-21', 0, 0],
      ['2025-04-28', 10, 1],
      ['2025-05-05', 10, 2],
      ['2025-05-12', 0, 0],
    ]);
  });

  it('leaves out runs older than the span', () => {
    const timeline = trainingTimeline(
      [sampleRun('2025-01-06'), sampleRun('2025-05-13')],
      WEDNESDAY,
      { weeks: 4 },
    );
    expect(timeline.runs.map((run) => run.date)).toEqual(['2025-05-13']);
    expect(timeline.weeks.reduce((sum, week) => sum + week.runs, 0)).toBe(1);
  });
});

describe('the unfinished week', () => {
  it('is the week of today only, with the days of it so far', () => {
    const timeline = trainingTimeline([sampleRun('2025-05-13')], WEDNESDAY, { weeks: 4 });
    expect(timeline.weeks.map((week) => week.unfinished)).toEqual([false, false, false, true]);
    expect(timeline.weeks.at(-1)?.daysSoFar).toBe(3);
    expect(timeline.weeks[0]?.daysSoFar).toBe(7);
  });

  it('is still unfinished on the Sunday (the runner may run later that day)', () => {
    const timeline = trainingTimeline([], '2025-05-18', { weeks: 4 });
    expect(timeline.weeks.at(-1)).toMatchObject({
      start: '2025-05-12',
      unfinished: true,
      daysSoFar: 7,
    });
  });
});

describe('the span', () => {
  it('does not squeeze three recent runs into the end of twelve weeks', () => {
    const runs = [sampleRun('2025-05-06'), sampleRun('2025-05-09'), sampleRun('2025-05-13')];
    const timeline = trainingTimeline(runs, WEDNESDAY, { minWeeks: 4, maxWeeks: 12 });
    expect(timeline.weeks).toHaveLength(4);
    // Every week of the chart is at most four weeks from a run: no run sits squeezed at the end.
    expect(timeline.weeks.filter((week) => week.runs > 0)).toHaveLength(2);
  });

  it('grows to the oldest run, up to twelve weeks', () => {
    const eight = trainingTimeline([sampleRun('2025-03-24')], WEDNESDAY, {
      minWeeks: 4,
      maxWeeks: 12,
    });
    expect(eight.weeks).toHaveLength(8);
    const years = trainingTimeline(steadyRuns(WEDNESDAY, 400, 2, 8), WEDNESDAY, {
      minWeeks: 4,
      maxWeeks: 12,
    });
    expect(years.weeks).toHaveLength(12);
  });
});

describe('the shared time axis', () => {
  const runs = [
    sampleRun('2025-03-03', { pain: { during: 2 } }), // the first Monday of the span
    sampleRun('2025-04-13', { pain: { after: 5 } }), // a Sunday
    sampleRun('2025-04-14', { pain: { during: null, after: null } }), // blank: not drawn
    sampleRun(WEDNESDAY, { pain: { during: 7 } }),
  ];
  const timeline = trainingTimeline(runs, WEDNESDAY, { minWeeks: 4, maxWeeks: 12 });

  it('puts every pain dot inside the slot of its own week', () => {
    for (const point of timeline.pains) {
      const x = dayPosition(timeline.axis, point.date, 30, 280);
      const week = timeline.weeks.find(
        (candidate) => candidate.start <= point.date && point.date <= addDays(candidate.start, 6),
      );
      if (!week) throw new Error(`no week holds ${point.date}`);
      const slot = weekSlot(timeline.axis, week.start, 30, 280);
      expect(x, point.date).toBeGreaterThan(slot.x);
      expect(x, point.date).toBeLessThan(slot.x + slot.width);
    }
  });

  it('tiles the plot with the weeks, first Monday at the left edge, today inside the right end', () => {
    const slots = timeline.weeks.map((week) => weekSlot(timeline.axis, week.start, 30, 280));
    expect(slots[0]?.x).toBe(30);
    const last = slots.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(310);
    for (let index = 1; index < slots.length; index++) {
      expect(slots[index]?.x).toBeCloseTo(
        (slots[index - 1]?.x ?? 0) + (slots[index - 1]?.width ?? 0),
      );
    }
  });

  it('draws a dot for each run with a score and counts the blank ones', () => {
    expect(timeline.pains.map((point) => [point.date, point.pain])).toEqual([
      ['2025-03-03', 2],
      ['2025-04-13', 5],
      [WEDNESDAY, 7],
    ]);
    expect(timeline.unscored).toBe(1);
  });
});
