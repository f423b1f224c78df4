/**
 * The run and pain journal's data: what a logged run and a pair of shoes look like, the fixed
 * choices (surfaces, pain character) with their labels, and the field checks that both the log
 * form and a backup import apply, so that nothing invalid is ever stored. Pure: no DOM, no browser.
 *
 * Distances are kilometres only. One canonical unit keeps stored runs, backups, CSV and the
 * thresholds of the rules (shoe life, weekly load) unambiguous; a miles display can come later as
 * a setting without touching stored data.
 */
import { ZONES } from '../symptoms/evidence';
import { ZONE_IDS, type ZoneId } from '../types';
import type { ActivitySource } from './import/activity';

/** Surfaces a run can be on. Ids are stored: never rename one. */
export const SURFACE_IDS = ['road', 'asphalt', 'track', 'trail', 'grass', 'treadmill'] as const;
/** One surface's id. */
export type SurfaceId = (typeof SURFACE_IDS)[number];

/** Short labels for surfaces, for forms, charts and CSV. */
export const SURFACE_LABELS: Readonly<Record<SurfaceId, string>> = {
  road: 'Road or concrete',
  asphalt: 'Asphalt',
  track: 'Track',
  trail: 'Trail',
  grass: 'Grass',
  treadmill: 'Treadmill',
};

/** What the pain felt like during the run. Ids are stored: never rename one. */
export const PAIN_CHARACTER_IDS = ['none', 'ache', 'sharp', 'ache-to-sharp'] as const;
/** One pain character's id. */
export type PainCharacter = (typeof PAIN_CHARACTER_IDS)[number];

/** Labels for the pain character choice. */
export const PAIN_CHARACTER_LABELS: Readonly<Record<PainCharacter, string>> = {
  none: 'No pain',
  ache: 'Dull ache',
  sharp: 'Sharp',
  'ache-to-sharp': 'Started as an ache, turned sharp',
};

/** The label of each checker zone ("Groin / inner hip"), shared with the hip map. */
export const ZONE_LABELS: Readonly<Record<ZoneId, string>> = Object.fromEntries(
  ZONES.map((zone) => [zone.id, zone.label]),
) as Record<ZoneId, string>;

/**
 * Pain on a 0–10 scale at four moments. `null` means "not recorded", never "no pain": a runner who
 * skips a box has told us nothing, so nothing downstream (rules, charts, CSV, summary) may read it
 * as 0. The next morning is usually filled in later. Runs stored before blanks were allowed carry
 * numbers in every field except the next morning; they stay valid as they are.
 */
export interface PainScores {
  before: number | null;
  during: number | null;
  after: number | null;
  nextMorning: number | null;
}

/** The pain scores' keys, in the order a run goes: before, during, after, next morning. */
export const PAIN_MOMENTS = ['before', 'during', 'after', 'nextMorning'] as const;
/** One moment a pain score belongs to. */
export type PainMoment = (typeof PAIN_MOMENTS)[number];

/** A run as the runner describes it, before it gets an id. */
export interface RunFields {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  distanceKm: number;
  /** Minutes, when the runner gave it. */
  durationMin: number | null;
  /** Null when the runner did not say (never guessed as road): runs logged before, and imports. */
  surface: SurfaceId | null;
  shoeId: number | null;
  warmedUp: boolean;
  stretchedAfter: boolean;
  /** Did the runner limp during or after the run? */
  limp: boolean;
  /** What the pain felt like; null when the runner did not say (not "no pain"). */
  painCharacter: PainCharacter | null;
  pain: PainScores;
  /** Where it hurt; empty when it did not. */
  zones: ZoneId[];
  notes: string;
  /** Set on a run read from an activity file (a watch or Strava): see `ImportedFrom`. */
  imported?: ImportedFrom;
  /** Metres climbed, when an activity file gave it. */
  elevationGainM?: number;
}

/**
 * Where an imported run came from. Its start time makes importing the same activity again (from
 * the same file, another export, or the watch's other format) add nothing.
 */
export interface ImportedFrom {
  /** The activity's start, ms since the epoch. */
  startedAt: number;
  /** The format of the file it was read from. */
  source: ActivitySource;
}

/** A stored run. */
export interface JournalRun extends RunFields {
  id: number;
  /** ms since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** A pair of shoes the runner tracks. */
export interface ShoeFields {
  name: string;
  /** Distance the pair had already done when it was added, in km. */
  startKm: number;
  /** Retired pairs stay for the history but leave the shoe list and the shoe warning. */
  retired: boolean;
  /**
   * The distance at which the runner means to replace this pair, in km; absent means the usual
   * 500 miles or 800 km (`defaultRetireKm`). Used by the worn-shoes warning.
   */
  retireKm?: number;
}

/** A stored pair of shoes. */
export interface JournalShoe extends ShoeFields {
  id: number;
  createdAt: number;
}

/** Limits of the fields, shared by the form, the import check and the tests. */
export const RUN_LIMITS = {
  /** The longest single run we accept: a long ultra. */
  maxDistanceKm: 300,
  /** Two days, in minutes. */
  maxDurationMin: 48 * 60,
  maxNotesLength: 2000,
  maxShoeNameLength: 60,
  /** A pair that arrives with more than this is a typo. */
  maxShoeStartKm: 5000,
  /** The range a pair's retirement distance may be chosen in (about 60 to 3,100 miles). */
  minShoeRetireKm: 100,
  maxShoeRetireKm: 5000,
  earliestDate: '2000-01-01',
} as const;

/** A field of a run that can be wrong, for error messages placed next to that field. */
export type RunField =
  | 'date'
  | 'distanceKm'
  | 'durationMin'
  | 'surface'
  | 'shoeId'
  | 'painBefore'
  | 'painDuring'
  | 'painAfter'
  | 'painNextMorning'
  | 'painCharacter'
  | 'zones'
  | 'notes';

/** Problems with a run, one message per field. Empty when the run is valid. */
export type RunProblems = Partial<Record<RunField, string>>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isPainScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

// Each score's message when it is out of range (a blank is always fine: "not recorded").
const PAIN_FIELDS = [
  ['before', 'painBefore', 'Pain before the run must be a whole number from 0 to 10.'],
  ['during', 'painDuring', 'Pain during the run must be a whole number from 0 to 10.'],
  ['after', 'painAfter', 'Pain after the run must be a whole number from 0 to 10.'],
  [
    'nextMorning',
    'painNextMorning',
    'Next-morning pain must be a whole number from 0 to 10, or empty.',
  ],
] as const;

/**
 * Checks a run's fields; `today` (`YYYY-MM-DD`) rules out future dates and `shoeIds` (when given)
 * the shoes that do not exist. Messages say what to change, in the runner's words.
 */
export function checkRunFields(
  run: RunFields,
  today: string,
  shoeIds?: ReadonlySet<number>,
): RunProblems {
  const problems: RunProblems = {};
  if (!isCalendarDate(run.date)) problems.date = 'Enter the date of the run.';
  else if (run.date > today) problems.date = 'The date cannot be in the future.';
  else if (run.date < RUN_LIMITS.earliestDate) problems.date = 'The date is too far in the past.';

  if (!Number.isFinite(run.distanceKm) || run.distanceKm <= 0) {
    problems.distanceKm = 'Enter the distance in km, more than 0.';
  } else if (run.distanceKm > RUN_LIMITS.maxDistanceKm) {
    problems.distanceKm = `The distance must be at most ${RUN_LIMITS.maxDistanceKm} km.`;
  }

  if (
    run.durationMin !== null &&
    (!Number.isFinite(run.durationMin) ||
      run.durationMin <= 0 ||
      run.durationMin > RUN_LIMITS.maxDurationMin)
  ) {
    problems.durationMin = 'Enter the time in minutes (more than 0), or leave it empty.';
  }

  if (run.surface !== null && !SURFACE_IDS.includes(run.surface)) {
    problems.surface = 'Choose a surface from the list, or none.';
  }
  if (run.shoeId !== null && shoeIds && !shoeIds.has(run.shoeId)) {
    problems.shoeId = 'Choose one of your shoes, or none.';
  }

  for (const [key, field, message] of PAIN_FIELDS) {
    const score = run.pain[key];
    if (score !== null && !isPainScore(score)) problems[field] = message;
  }
  if (run.painCharacter !== null && !PAIN_CHARACTER_IDS.includes(run.painCharacter)) {
    problems.painCharacter = 'Choose what the pain felt like.';
  }
  if (!run.zones.every((zone) => ZONE_IDS.includes(zone))) {
    problems.zones = 'Choose where it hurt from the list.';
  }
  if (run.notes.length > RUN_LIMITS.maxNotesLength) {
    problems.notes = `Notes can be at most ${RUN_LIMITS.maxNotesLength} characters.`;
  }
  return problems;
}

/** Checks a pair of shoes' fields; empty when valid. */
export function checkShoeFields(
  shoe: ShoeFields,
): Partial<Record<'name' | 'startKm' | 'retireKm', string>> {
  const problems: Partial<Record<'name' | 'startKm' | 'retireKm', string>> = {};
  if (
    shoe.retireKm !== undefined &&
    (!Number.isFinite(shoe.retireKm) ||
      shoe.retireKm < RUN_LIMITS.minShoeRetireKm ||
      shoe.retireKm > RUN_LIMITS.maxShoeRetireKm)
  ) {
    problems.retireKm = `Enter a distance to replace them at, ${RUN_LIMITS.minShoeRetireKm} to ${RUN_LIMITS.maxShoeRetireKm} km.`;
  }
  const name = shoe.name.trim();
  if (name.length === 0) problems.name = 'Give the pair a name, such as "Blue Pegasus".';
  else if (name.length > RUN_LIMITS.maxShoeNameLength) {
    problems.name = `The name can be at most ${RUN_LIMITS.maxShoeNameLength} characters.`;
  }
  if (
    !Number.isFinite(shoe.startKm) ||
    shoe.startKm < 0 ||
    shoe.startKm > RUN_LIMITS.maxShoeStartKm
  ) {
    problems.startKm = `Enter the distance already run in them, 0 to ${RUN_LIMITS.maxShoeStartKm} km.`;
  }
  return problems;
}
