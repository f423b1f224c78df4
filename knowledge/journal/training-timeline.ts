/**
 * What the journal's two time charts draw, as data: distance per calendar week and the worst pain
 * of each run, over one span of days that both charts share, so a week's bar sits exactly above
 * the runs it holds. The week of today is marked unfinished (its bar is only "so far"). Pure: the
 * charts, their written summaries and the tests all read the same numbers from here.
 */
import {
  byDate,
  dayNumber,
  peakPain,
  type WeekTotal,
  weeklyDistances,
  weekStart,
  weeksWithData,
} from './stats';
import type { JournalRun } from './types';

/** The span the charts cover: whole calendar weeks, Monday to Sunday. */
export interface TimeAxis {
  /** Day number (days since 1970-01-01) of the first Monday. */
  startDay: number;
  /** Days covered: 7 per week. */
  days: number;
}

/** A week's bar. */
export interface ChartWeek extends WeekTotal {
  /** The week of today: days of it are still to come, so its total is only "so far". */
  unfinished: boolean;
  /** Days of the week up to today, today included (7 for a finished week). */
  daysSoFar: number;
}

/** A run's dot on the pain chart. */
export interface PainPoint {
  runId: number;
  date: string;
  /** Its worst recorded pain, 0–10 (during or after, whichever is higher). */
  pain: number;
}

/** Both charts' data. */
export interface TrainingTimeline {
  axis: TimeAxis;
  /** Oldest first; the last is the week of today. */
  weeks: ChartWeek[];
  /** The runs inside the span, oldest first. */
  runs: JournalRun[];
  /** One per run in the span with a pain score; a run left blank has none (blank is not 0). */
  pains: PainPoint[];
  /** Runs in the span with no pain score, said in words since they are not drawn. */
  unscored: number;
}

/** How many weeks: a fixed number, or chosen from the data between a floor and a ceiling. */
export type TimelineSpan = { weeks: number } | { minWeeks: number; maxWeeks: number };

/** The weeks, runs and pain points of the charts ending with the week of `today`. */
export function trainingTimeline(
  runs: readonly JournalRun[],
  today: string,
  span: TimelineSpan,
): TrainingTimeline {
  const count =
    'weeks' in span ? span.weeks : weeksWithData(runs, today, span.minWeeks, span.maxWeeks);
  const totals = weeklyDistances(runs, today, count);
  const thisWeek = weekStart(today);
  const daysSoFar = dayNumber(today) - dayNumber(thisWeek) + 1;
  const weeks = totals.map((week) => ({
    ...week,
    unfinished: week.start === thisWeek,
    daysSoFar: week.start === thisWeek ? daysSoFar : 7,
  }));
  const first = weeks[0]?.start ?? thisWeek;
  const inSpan = byDate(runs.filter((run) => run.date >= first && run.date <= today));
  const pains: PainPoint[] = [];
  for (const run of inSpan) {
    const pain = peakPain(run);
    if (pain !== null) pains.push({ runId: run.id, date: run.date, pain });
  }
  return {
    axis: { startDay: dayNumber(first), days: weeks.length * 7 },
    weeks,
    runs: inSpan,
    pains,
    unscored: inSpan.length - pains.length,
  };
}

/**
 * Where a day's middle falls on an axis drawn from `left` over `width` (SVG units). Both charts
 * place everything through this one function, which is what keeps them aligned.
 */
export function dayPosition(axis: TimeAxis, date: string, left: number, width: number): number {
  return left + ((dayNumber(date) - axis.startDay + 0.5) / Math.max(1, axis.days)) * width;
}

/** The slot of the week starting `monday` on the same axis: its left edge and width. */
export function weekSlot(
  axis: TimeAxis,
  monday: string,
  left: number,
  width: number,
): { x: number; width: number } {
  const perDay = width / Math.max(1, axis.days);
  return { x: left + (dayNumber(monday) - axis.startDay) * perDay, width: 7 * perDay };
}
