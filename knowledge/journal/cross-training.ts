/**
 * Cross-training days: days with another sport (cycling, swimming, a gym session…) read from the
 * runner's activity files. Stored one record per calendar day, so an injury episode can count the
 * days the runner kept fit without running. Pure: no DOM, no browser.
 */
import type { ActivitySummary } from './import/activity';
import { SAME_ACTIVITY_MS } from './import/plan';

/** One other-sport activity on a day. */
export interface CrossTrainingActivity {
  /** The sport in the runner's words ("Cycling"). */
  sport: string;
  /** Its start, ms since the epoch: importing it again adds nothing. */
  startedAt: number;
  durationMin: number | null;
  distanceKm: number | null;
}

/** A day with cross-training, keyed by its date. */
export interface CrossTrainingDay {
  /** `YYYY-MM-DD`, the day the activity started where it was recorded. */
  date: string;
  activities: CrossTrainingActivity[];
}

/** The activity to store for an imported other sport. */
export function crossTrainingActivity(activity: ActivitySummary): CrossTrainingActivity {
  return {
    sport: activity.sportLabel,
    startedAt: activity.startedAt,
    durationMin: activity.durationMin,
    distanceKm: activity.distanceKm,
  };
}

/**
 * `stored` days with `incoming` activities added (by date), leaving out any that starts within
 * two minutes of one already there. Returns only the days that changed, and how many activities
 * went in.
 */
export function addCrossTraining(
  stored: readonly CrossTrainingDay[],
  incoming: readonly { date: string; activity: CrossTrainingActivity }[],
): { changed: CrossTrainingDay[]; added: number } {
  const byDate = new Map(stored.map((day) => [day.date, day]));
  const starts = stored.flatMap((day) => day.activities.map((activity) => activity.startedAt));
  const changed = new Map<string, CrossTrainingDay>();
  let added = 0;
  for (const { date, activity } of incoming) {
    if (starts.some((start) => Math.abs(start - activity.startedAt) <= SAME_ACTIVITY_MS)) continue;
    starts.push(activity.startedAt);
    const day = changed.get(date) ?? {
      date,
      activities: [...(byDate.get(date)?.activities ?? [])],
    };
    day.activities.push(activity);
    changed.set(date, day);
    added++;
  }
  return { changed: [...changed.values()], added };
}

/** The start times of every stored cross-training activity (for an import's duplicate check). */
export function crossTrainingStarts(days: readonly CrossTrainingDay[]): number[] {
  return days.flatMap((day) => day.activities.map((activity) => activity.startedAt));
}
