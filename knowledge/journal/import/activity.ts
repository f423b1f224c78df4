/**
 * What an imported activity file tells us, whatever its format: one summary per activity (a
 * multisport file gives one per leg), and the reasons a file could not be read. Pure data: the
 * parsers in this folder produce it, the import plan turns it into journal runs.
 */
import { localDate } from '../stats';
import type { SurfaceId } from '../types';
import type { SportReading } from './sport';

/** The file formats we read. Stored on imported runs: never rename one. */
export const ACTIVITY_SOURCES = ['fit', 'gpx', 'tcx'] as const;
/** One file format. */
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

/** Whether an activity is a run (a journal entry) or another sport (a cross-training day). */
export type ActivityKind = 'run' | 'cross-training';

/** One activity as read from a file. */
export interface ActivitySummary {
  kind: ActivityKind;
  /** The sport in the runner's words: "Run", "Trail run", "Cycling". */
  sportLabel: string;
  /** For runs: the surface the file implies (treadmill, track, trail), else null (not said). */
  surface: SurfaceId | null;
  /** When it started, ms since the epoch. */
  startedAt: number;
  /**
   * The calendar day it started, `YYYY-MM-DD`, in the time zone where it was recorded when the
   * file says (FIT), else in the browser's.
   */
  date: string;
  /** Null when the file has no distance (a treadmill run without a foot pod). */
  distanceKm: number | null;
  /** Moving time in minutes when the file has it, else elapsed time; null when unknown. */
  durationMin: number | null;
  /** Metres climbed; null when the file has no elevation. */
  elevationGainM: number | null;
  source: ActivitySource;
  /** Something the runner should know about how it was read ("no sport in the file: taken as a run"). */
  note?: string;
}

/** The result of reading one file. */
export type FileReading =
  | { ok: true; activities: ActivitySummary[] }
  | { ok: false; error: string };

/** A problem that makes a whole file unusable; its message completes "This file …". */
export class ActivityFileProblem extends Error {
  override name = 'ActivityFileProblem';
}

/** How to turn an instant into a local calendar date; the browser's zone unless a test says. */
export type LocalDateOf = (ms: number) => string;

/** `YYYY-MM-DD` of an instant in the zone of this runtime (the runner's own calendar). */
export function runtimeLocalDate(ms: number): string {
  return localDate(new Date(ms));
}

/** `YYYY-MM-DD` of an instant in UTC (for a time already shifted to local time). */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** What a format's reader measured of one activity, in the units its file uses. */
export interface MeasuredActivity {
  sport: SportReading;
  startedAt: number;
  /** See `ActivitySummary.date`. */
  date: string;
  /** Null when the file has no distance. */
  metres: number | null;
  /** Null when the file has no time. */
  seconds: number | null;
  elevationGainM: number | null;
  source: ActivitySource;
}

/** The summary of a measured activity, in the journal's units (km, minutes). */
export function activitySummary(measured: MeasuredActivity): ActivitySummary {
  const { sport, metres, seconds } = measured;
  return {
    kind: sport.kind,
    sportLabel: sport.label,
    surface: sport.surface,
    startedAt: measured.startedAt,
    date: measured.date,
    distanceKm: metres === null ? null : metresToKm(metres),
    durationMin: seconds === null ? null : secondsToMinutes(seconds),
    elevationGainM: measured.elevationGainM,
    source: measured.source,
  };
}

/** Metres to km, to the nearest 10 m (what a watch shows). */
function metresToKm(metres: number): number {
  return Math.round(metres / 10) / 100;
}

/** Seconds to minutes, to the nearest second. */
function secondsToMinutes(seconds: number): number {
  return Math.round(seconds) / 60;
}
