/**
 * Deciding what an import adds: every run read from the files that is not already in the journal
 * (the same start within two minutes: the same activity, whichever file or export it came from),
 * checked against the journal's limits. Other sports become cross-training days (stored per day,
 * never as runs), with the same duplicate and date checks. Files that could not be read are listed with the reason; they add nothing, and
 * the other files still go in.
 */
import { addDays } from '../stats';
import { RUN_LIMITS } from '../types';
import type { ActivitySummary, FileReading } from './activity';

/** Two starts this close are one activity (clocks and exports differ by seconds, not minutes). */
export const SAME_ACTIVITY_MS = 2 * 60_000;

/** One file's result from the reader, named as the runner will recognise it. */
export interface FileOutcome {
  /** The file's name; inside a zip, `export.zip › activities/123.fit.gz`. */
  name: string;
  reading: FileReading;
}

/** What became of one activity or one file. */
export type ImportRow =
  | { status: 'added' | 'duplicate' | 'cross-training'; file: string; activity: ActivitySummary }
  | { status: 'not-added'; file: string; activity: ActivitySummary; reason: string }
  | { status: 'failed'; file: string; reason: string };

/** The plan: runs to add, other sports to keep as cross-training days, and a row for everything read. */
export interface ImportPlan {
  toAdd: ActivitySummary[];
  crossTraining: ActivitySummary[];
  rows: ImportRow[];
}

/** Sorted start times, searched for one within `SAME_ACTIVITY_MS`. */
class StartTimes {
  readonly #sorted: number[];
  constructor(starts: Iterable<number>) {
    this.#sorted = [...starts].sort((a, b) => a - b);
  }

  has(start: number): boolean {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] ?? 0) < start - SAME_ACTIVITY_MS) low = middle + 1;
      else high = middle;
    }
    const nearest = sorted[low];
    return nearest !== undefined && nearest <= start + SAME_ACTIVITY_MS;
  }

  add(start: number): void {
    let at = this.#sorted.findIndex((existing) => existing > start);
    if (at === -1) at = this.#sorted.length;
    this.#sorted.splice(at, 0, start);
  }
}

/** Why an activity's date cannot be right, or null when it can. */
function dateProblem(activity: ActivitySummary, today: string): string | null {
  if (activity.date > today) {
    return "It starts in the future: the watch's clock may be wrong.";
  }
  if (activity.date < RUN_LIMITS.earliestDate) {
    return "It is dated before 2000: the watch's clock may be wrong.";
  }
  return null;
}

/** Why a run cannot be added as it is, or null when it can. */
function problemWith(activity: ActivitySummary, today: string): string | null {
  if (activity.distanceKm === null) {
    return 'The file has no distance for this run (a treadmill run without a foot pod?). Log it by hand with the distance.';
  }
  if (activity.distanceKm > RUN_LIMITS.maxDistanceKm) {
    return `Its distance is more than the journal's limit of ${RUN_LIMITS.maxDistanceKm} km.`;
  }
  return dateProblem(activity, today);
}

/**
 * Plans an import. `existingStarts` are the start times of activities already imported (runs and
 * cross-training); `today` is the
 * runner's `YYYY-MM-DD` (a day of slack is allowed for a watch in a time zone further east).
 */
export function planImport(
  files: readonly FileOutcome[],
  existingStarts: Iterable<number>,
  today: string,
): ImportPlan {
  const seen = new StartTimes(existingStarts);
  const toAdd: ActivitySummary[] = [];
  const crossTraining: ActivitySummary[] = [];
  const rows: ImportRow[] = [];
  const latestDate = addDays(today, 1);
  for (const { name, reading } of files) {
    if (!reading.ok) {
      rows.push({ status: 'failed', file: name, reason: reading.error });
      continue;
    }
    for (const activity of reading.activities) {
      if (seen.has(activity.startedAt)) {
        rows.push({ status: 'duplicate', file: name, activity });
        continue;
      }
      const problem =
        activity.kind === 'cross-training'
          ? dateProblem(activity, latestDate)
          : problemWith(activity, latestDate);
      if (problem) {
        rows.push({ status: 'not-added', file: name, activity, reason: problem });
        continue;
      }
      seen.add(activity.startedAt);
      if (activity.kind === 'cross-training') {
        crossTraining.push(activity);
        rows.push({ status: 'cross-training', file: name, activity });
        continue;
      }
      toAdd.push(activity);
      rows.push({ status: 'added', file: name, activity });
    }
  }
  return { toAdd, crossTraining, rows };
}
