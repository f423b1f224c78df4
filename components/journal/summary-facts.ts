/**
 * The facts the clinician summary lists, drawn from runs and the latest symptom check: where it
 * hurts and how often, which red flags were reported, and the recent timeline. Pure.
 */

import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import { byDate, mean, peakPain } from '../../knowledge/journal/stats';
import { type JournalRun, ZONE_LABELS } from '../../knowledge/journal/types';
import { type RedFlag, type RedFlagId, ZONE_IDS } from '../../knowledge/types';

/** How often one zone hurt. */
export interface ZoneCount {
  label: string;
  runs: number;
  /** Mean worst pain on the runs where it hurt there. */
  meanPain: number | null;
}

/** Zones that hurt on any of `runs`, most frequent first. */
export function zoneCounts(runs: readonly JournalRun[]): ZoneCount[] {
  return ZONE_IDS.map((zone) => {
    const hurt = runs.filter((run) => run.zones.includes(zone));
    return { label: ZONE_LABELS[zone], runs: hurt.length, meanPain: mean(hurt.map(peakPain)) };
  })
    .filter((count) => count.runs > 0)
    .sort((a, b) => b.runs - a.runs);
}

/** The red flags split into those the runner reported and those they did not. */
export function redFlagAnswers(reported: readonly RedFlagId[]): {
  reported: RedFlag[];
  notReported: RedFlag[];
} {
  return {
    reported: RED_FLAGS.filter((flag) => reported.includes(flag.id)),
    notReported: RED_FLAGS.filter((flag) => !reported.includes(flag.id)),
  };
}

/** The most recent `limit` runs on or after `since`, oldest first (a timeline reads forwards). */
export function timeline(runs: readonly JournalRun[], since: string, limit: number): JournalRun[] {
  return byDate(runs.filter((run) => run.date >= since)).slice(-limit);
}
