/**
 * Injury episodes: a stretch of running with pain, from the first painful run after a pain-free
 * stretch to the last painful run before the next one. The journal starts one by itself when pain
 * appears; the runner can then set its dates and write what helped. And the look back a runner
 * and a clinician need when pain starts: what changed in the three weeks before it began
 * (distance week by week, single runs much longer than the month's longest, new surfaces and new
 * shoes). Pure: no DOM, no browser.
 *
 * A pain score left blank is "not recorded": a run with no score is neither painful nor pain-free.
 */
import { type RunSpike, spikeOf } from './rules';
import { addDays, byDate, dayNumber, peakPain, roundKm } from './stats';
import { isCalendarDate, type JournalRun, type SurfaceId } from './types';

/** The numbers episodes are built on. */
export const EPISODE_RULES = {
  /**
   * Days without a painful run that end an episode: two weeks, the span over which the
   * pain-monitoring model expects pain from too much load to have settled (Silbernagel et al.,
   * Am J Sports Med 2007). A painful run after that starts a new episode.
   */
  painFreeDays: 14,
  /** How far back "what changed before the pain" looks: three weeks. */
  lookBackWeeks: 3,
  /** Further back than the look-back, what counts as "usual" surfaces and shoes: six weeks. */
  usualDays: 42,
} as const;

/** An episode as the runner describes it. */
export interface EpisodeFields {
  /** The day the pain began (`YYYY-MM-DD`). */
  start: string;
  /** The day it ended; null while it goes on. */
  end: string | null;
  /**
   * Days of other exercise instead of running (cycling, swimming…), counted by the runner; null
   * until they say (an episode starts by itself with a painful run, and 0 would be a guess).
   */
  crossTrainingDays: number | null;
  whatHelped: string;
  notes: string;
}

/** A stored episode. */
export interface JournalEpisode extends EpisodeFields {
  id: number;
  createdAt: number;
  updatedAt: number;
}

/** Limits of an episode's fields, shared by the form and the backup check. */
export const EPISODE_LIMITS = { maxTextLength: 2000, maxCrossTrainingDays: 366 } as const;

/** Whether a run hurt: its worst recorded pain is above 0. */
export function isPainful(run: JournalRun): boolean {
  return (peakPain(run) ?? 0) > 0;
}

/**
 * Episodes found in the runs alone: each begins with a painful run that had no painful run in the
 * 14 days before it and ends with the last painful run before 14 pain-free days, or goes on
 * (`end` null) while today is within 14 days of that run.
 */
export function detectEpisodes(runs: readonly JournalRun[], today: string): EpisodeFields[] {
  const painful = byDate(runs.filter(isPainful));
  const episodes: EpisodeFields[] = [];
  let start: string | null = null;
  let last: string | null = null;
  const close = () => {
    if (start === null || last === null) return;
    const over = dayNumber(today) - dayNumber(last) >= EPISODE_RULES.painFreeDays;
    episodes.push({
      start,
      end: over ? last : null,
      crossTrainingDays: null,
      whatHelped: '',
      notes: '',
    });
  };
  for (const run of painful) {
    if (last === null || dayNumber(run.date) - dayNumber(last) >= EPISODE_RULES.painFreeDays) {
      close();
      start = run.date;
    }
    last = run.date;
  }
  close();
  return episodes;
}

/** Whether `date` falls inside `episode` (an open one runs to any later date). */
export function episodeCovers(episode: EpisodeFields, date: string): boolean {
  return episode.start <= date && (episode.end === null || episode.end >= date);
}

/**
 * The episode to start when `run` is saved: one beginning on its date when it hurt, no stored
 * episode covers it, and no painful run came in the 14 days before it (pain that never went away
 * belongs to the episode already under way, even if the runner closed it early). Null otherwise.
 */
export function episodeToStart(
  run: JournalRun,
  runs: readonly JournalRun[],
  episodes: readonly EpisodeFields[],
): EpisodeFields | null {
  if (!isPainful(run) || episodes.some((episode) => episodeCovers(episode, run.date))) return null;
  const since = addDays(run.date, -EPISODE_RULES.painFreeDays);
  const recentPain = runs.some(
    (other) =>
      other.id !== run.id && other.date > since && other.date < run.date && isPainful(other),
  );
  if (recentPain) return null;
  return { start: run.date, end: null, crossTrainingDays: null, whatHelped: '', notes: '' };
}

/** How an episode's days were spent. */
export interface EpisodeDays {
  /** Calendar days from the start to the end (or today), both included. */
  days: number;
  /** Days with at least one run logged. */
  runDays: number;
  /**
   * Days of cross-training: the more of the runner's own count and the days with another sport
   * imported (without a run), so a count the runner typed that already includes the imported
   * days is not added twice. Until the runner counts, the imported days alone.
   */
  crossTrainingDays: number;
  /** Of those, days with another sport imported from an activity file and no run. */
  importedCrossTrainingDays: number;
  /**
   * The other days: no run logged and no cross-training; null until the runner counts their
   * other exercise (a day with nothing logged could be either).
   */
  restDays: number | null;
}

/**
 * Counts an episode's running, cross-training and rest days up to its end, or today.
 * `crossTrainingDates` are the days with another sport stored from imports.
 */
export function episodeDays(
  episode: EpisodeFields,
  runs: readonly JournalRun[],
  today: string,
  crossTrainingDates: readonly string[] = [],
): EpisodeDays {
  const last = episode.end ?? today;
  const days = Math.max(0, dayNumber(last) - dayNumber(episode.start) + 1);
  const inEpisode = (date: string) => date >= episode.start && date <= last;
  const ranOn = new Set(runs.filter((run) => inEpisode(run.date)).map((run) => run.date));
  const runDays = ranOn.size;
  const importedCrossTrainingDays = new Set(
    crossTrainingDates.filter((date) => inEpisode(date) && !ranOn.has(date)),
  ).size;
  // Without the runner's count, a day with nothing logged could be rest or other exercise.
  if (episode.crossTrainingDays === null) {
    const crossTrainingDays = Math.min(importedCrossTrainingDays, days - runDays);
    return { days, runDays, crossTrainingDays, importedCrossTrainingDays, restDays: null };
  }
  const crossTrainingDays = Math.min(
    Math.max(episode.crossTrainingDays, importedCrossTrainingDays),
    days - runDays,
  );
  return {
    days,
    runDays,
    crossTrainingDays,
    importedCrossTrainingDays,
    restDays: days - runDays - crossTrainingDays,
  };
}

/** One of the three weeks before the pain: the seven days ending `end`. */
export interface WeekBefore {
  start: string;
  end: string;
  distanceKm: number;
  runs: number;
}

/** Something new in the three weeks before the pain, and the first day it was used. */
export interface FirstUse<T> {
  value: T;
  date: string;
}

/** What changed in the three weeks before an episode began. */
export interface BeforeThePain {
  /** Oldest first; the last ends the day before the pain began. */
  weeks: WeekBefore[];
  /** Runs in those weeks (or on the first painful day) more than 10% longer than the month's longest. */
  spikes: RunSpike[];
  /** Surfaces run on then but not in the six weeks before; empty when those weeks have no runs. */
  newSurfaces: FirstUse<SurfaceId>[];
  /** Pairs of shoes run in then but not in the six weeks before (a pair's first runs included). */
  newShoes: FirstUse<number>[];
  /** Whether anything was logged in the six weeks before: without it nothing can look "new". */
  hasUsualRuns: boolean;
}

function firstUses<T>(
  runs: readonly JournalRun[],
  usual: readonly JournalRun[],
  pick: (run: JournalRun) => T | null,
): FirstUse<T>[] {
  const known = new Set(usual.map(pick));
  const found = new Map<T, string>();
  for (const run of runs) {
    const value = pick(run);
    if (value !== null && !known.has(value) && !found.has(value)) found.set(value, run.date);
  }
  return [...found].map(([value, date]) => ({ value, date }));
}

/**
 * The three weeks before an episode that began on `start`: distance in each seven-day week, the
 * runs that were spikes by the journal's spike rule (the run on the day the pain began included,
 * since a long run can be the one that hurt), and surfaces and shoes new in those weeks.
 */
export function beforeThePain(runs: readonly JournalRun[], start: string): BeforeThePain {
  const days = EPISODE_RULES.lookBackWeeks * 7;
  const from = addDays(start, -days);
  const sorted = byDate(runs);
  const weeks = Array.from({ length: EPISODE_RULES.lookBackWeeks }, (_, index) => {
    const weekStart = addDays(from, index * 7);
    const weekEnd = addDays(weekStart, 6);
    const inWeek = sorted.filter((run) => run.date >= weekStart && run.date <= weekEnd);
    return {
      start: weekStart,
      end: weekEnd,
      distanceKm: roundKm(inWeek.reduce((sum, run) => sum + run.distanceKm, 0)),
      runs: inWeek.length,
    };
  });
  const window = sorted.filter((run) => run.date >= from && run.date <= start);
  const usualFrom = addDays(from, -EPISODE_RULES.usualDays);
  const usual = sorted.filter((run) => run.date >= usualFrom && run.date < from);
  const hasUsualRuns = usual.length > 0;
  return {
    weeks,
    spikes: window
      .map((run) => spikeOf(run, runs))
      .filter((spike): spike is RunSpike => spike !== null),
    newSurfaces: hasUsualRuns ? firstUses(window, usual, (run) => run.surface) : [],
    newShoes: hasUsualRuns ? firstUses(window, usual, (run) => run.shoeId) : [],
    hasUsualRuns,
  };
}

/** Problems with an episode's fields, by field; empty when it is valid. */
export type EpisodeProblems = Partial<Record<keyof EpisodeFields, string>>;

/** Checks an episode's fields (for the form and for a backup); `today` rules out future dates. */
export function checkEpisodeFields(episode: EpisodeFields, today: string): EpisodeProblems {
  const problems: EpisodeProblems = {};
  if (!isCalendarDate(episode.start)) problems.start = 'Enter the day the pain began.';
  else if (episode.start > today) problems.start = 'The start cannot be in the future.';
  if (episode.end !== null) {
    if (!isCalendarDate(episode.end)) problems.end = 'Enter the day it ended, or leave it empty.';
    else if (episode.end > today) problems.end = 'The end cannot be in the future.';
    else if (episode.end < episode.start) problems.end = 'The end cannot come before the start.';
  }
  if (
    episode.crossTrainingDays !== null &&
    (!Number.isInteger(episode.crossTrainingDays) ||
      episode.crossTrainingDays < 0 ||
      episode.crossTrainingDays > EPISODE_LIMITS.maxCrossTrainingDays)
  ) {
    problems.crossTrainingDays =
      'Enter the days of other exercise as a whole number, 0 or more, or leave it empty.';
  }
  for (const key of ['whatHelped', 'notes'] as const) {
    if (typeof episode[key] !== 'string' || episode[key].length > EPISODE_LIMITS.maxTextLength) {
      problems[key] = `This can be at most ${EPISODE_LIMITS.maxTextLength} characters.`;
    }
  }
  return problems;
}

/**
 * The episodes to show: the stored ones (the runner's word), then those found in the runs that
 * no stored episode covers (pain logged before episodes were stored, or in a restored journal).
 * Latest first.
 */
export function episodesToShow<T extends EpisodeFields>(
  stored: readonly T[],
  runs: readonly JournalRun[],
  today: string,
): (T | EpisodeFields)[] {
  const found = detectEpisodes(runs, today).filter(
    (episode) =>
      !stored.some(
        (known) => episodeCovers(known, episode.start) || episodeCovers(episode, known.start),
      ),
  );
  return [...stored, ...found].sort((a, b) => b.start.localeCompare(a.start));
}
