/**
 * Numbers drawn from the journal: calendar weeks and their distance, each pair of shoes' total,
 * pain by surface and by shoe. Pure functions of runs and `YYYY-MM-DD` dates (calendar dates, no
 * clock or time zone involved), shared by the rules, the charts and the clinician summary.
 * A pain score left blank is `null`, "not recorded": every average here leaves it out, never
 * counts it as 0.
 */
import type { JournalRun, JournalShoe, RunFields, SurfaceId } from './types';
import { SURFACE_IDS } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC arithmetic: no daylight-saving jumps). */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The Monday that starts `date`'s week (ISO 8601 weeks start on Monday). */
export function weekStart(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return dateOfDay(day - weekday);
}

/** A local `Date` as `YYYY-MM-DD`, the runner's own calendar day. */
export function localDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The worst pain of a run: the higher of during and after (before is the baseline), from the
 * scores recorded; null when neither was.
 */
export function peakPain(run: Pick<RunFields, 'pain'>): number | null {
  const { during, after } = run.pain;
  if (during === null) return after;
  if (after === null) return during;
  return Math.max(during, after);
}

/** Runs oldest first; runs of the same day in the order they were logged. */
export function byDate<T extends Pick<JournalRun, 'date' | 'createdAt'>>(runs: readonly T[]): T[] {
  return [...runs].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
}

/** A calendar week's running. */
export interface WeekTotal {
  /** The week's Monday. */
  start: string;
  distanceKm: number;
  runs: number;
}

/**
 * Distance per week for `weeks` weeks ending with the week of `today`, oldest first, weeks without
 * runs included as zero.
 */
export function weeklyDistances(
  runs: readonly Pick<RunFields, 'date' | 'distanceKm'>[],
  today: string,
  weeks: number,
): WeekTotal[] {
  const lastStart = weekStart(today);
  const totals: WeekTotal[] = [];
  const byStart = new Map<string, WeekTotal>();
  for (let index = weeks - 1; index >= 0; index--) {
    const week = { start: addDays(lastStart, -7 * index), distanceKm: 0, runs: 0 };
    totals.push(week);
    byStart.set(week.start, week);
  }
  for (const run of runs) {
    const week = byStart.get(weekStart(run.date));
    if (!week) continue;
    week.distanceKm = roundKm(week.distanceKm + run.distanceKm);
    week.runs += 1;
  }
  return totals;
}

/** Rounds to 0.1 km, the precision a runner logs (and hides floating-point dust). */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

/** A pair of shoes with what it has done. */
export interface ShoeTotal {
  shoe: JournalShoe;
  /** Distance when added plus every logged run in them. */
  totalKm: number;
  runs: number;
  /** How many of those runs have a pain score recorded (the base of `meanPain`). */
  painRuns: number;
  /** Mean peak pain over the runs in them with pain recorded, or null without any. */
  meanPain: number | null;
}

/** Each pair's running total, in the order given. */
export function shoeTotals(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
): ShoeTotal[] {
  return shoes.map((shoe) => {
    const inShoe = runs.filter((run) => run.shoeId === shoe.id);
    const runKm = inShoe.reduce((sum, run) => sum + run.distanceKm, 0);
    return {
      shoe,
      totalKm: roundKm(shoe.startKm + runKm),
      runs: inShoe.length,
      painRuns: recorded(inShoe.map(peakPain)).length,
      meanPain: mean(inShoe.map(peakPain)),
    };
  });
}

/**
 * Runs with a pain score that a surface or a pair of shoes needs before the journal says anything
 * about its pain next to another's. Below that a single bad day moves an average by a point or
 * more, and a runner could change surface or shoes over noise; the journal says plainly that
 * there are too few runs yet instead.
 */
export const MIN_RUNS_TO_COMPARE = 10;

/** Pain on one surface. */
export interface SurfacePain {
  surface: SurfaceId;
  /** Runs on it with a pain score recorded (the base of `meanPain`). */
  runs: number;
  distanceKm: number;
  /** Mean peak pain on it. */
  meanPain: number;
}

/**
 * Mean peak pain per surface, over the runs with pain recorded, for the surfaces that have such
 * runs, in the surfaces' order.
 */
export function painBySurface(runs: readonly JournalRun[]): SurfacePain[] {
  return SURFACE_IDS.flatMap((surface) => {
    const on = runs.filter((run) => run.surface === surface && peakPain(run) !== null);
    const meanPain = mean(on.map(peakPain));
    if (meanPain === null) return [];
    const distanceKm = roundKm(on.reduce((sum, run) => sum + run.distanceKm, 0));
    return [{ surface, runs: on.length, distanceKm, meanPain }];
  });
}

/** The values that were recorded, blanks (null) left out. */
export function recorded(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

/**
 * Mean to one decimal of the recorded values, or null when none was recorded. A blank (null) is
 * left out, never counted as 0.
 */
export function mean(values: readonly (number | null)[]): number | null {
  const known = recorded(values);
  if (known.length === 0) return null;
  return Math.round((known.reduce((sum, value) => sum + value, 0) / known.length) * 10) / 10;
}

/** The highest recorded value, or null when none was recorded (a blank is never read as 0). */
export function highest(values: readonly (number | null)[]): number | null {
  const known = recorded(values);
  return known.length === 0 ? null : Math.max(...known);
}

/**
 * How many weeks a weekly chart should span: back to the week of the oldest run, at least `min`
 * (a chart needs some breadth) and at most `max`. Three runs in the last fortnight make a 4-week
 * chart, not three bars squeezed into the end of twelve empty weeks.
 */
export function weeksWithData(
  runs: readonly Pick<RunFields, 'date'>[],
  today: string,
  min: number,
  max: number,
): number {
  const oldest = runs.reduce<string | null>(
    (first, run) => (first === null || run.date < first ? run.date : first),
    null,
  );
  if (oldest === null) return min;
  const spanned = Math.floor((dayNumber(weekStart(today)) - dayNumber(weekStart(oldest))) / 7) + 1;
  return Math.min(max, Math.max(min, spanned));
}

/**
 * The run whose next-morning pain is due this morning: the last run logged for yesterday, if its
 * next-morning score is still blank. Only yesterday's: a morning recalled days later is a guess.
 */
export function runAwaitingMorning(
  runs: readonly JournalRun[],
  today: string,
): JournalRun | undefined {
  const yesterday = addDays(today, -1);
  const last = byDate(runs.filter((run) => run.date === yesterday)).at(-1);
  return last?.pain.nextMorning === null ? last : undefined;
}
