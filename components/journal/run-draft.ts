/**
 * The log form's model: what the fields hold while the runner types (strings, so that "5,2" or an
 * empty box can be shown as typed), turned into a run, or into one message per wrong field. Pure:
 * no DOM, so it is tested without rendering.
 */
import {
  checkRunFields,
  checkShoeFields,
  type JournalRun,
  type PainCharacter,
  RUN_LIMITS,
  type RunFields,
  type RunProblems,
  type ShoeFields,
  SURFACE_LABELS,
  type SurfaceId,
} from '../../knowledge/journal/types';
import {
  type DistanceUnit,
  distanceIn,
  fromKm,
  toKm,
  UNIT_ABBREVIATIONS,
} from '../../knowledge/journal/units';
import type { ZoneId } from '../../knowledge/types';

/** The shoe choice: none, a pair's id, or a new pair named in the form. */
export type ShoeChoice = 'none' | 'new' | `${number}`;

/** The form's fields as typed. */
export interface RunDraft {
  date: string;
  distance: string;
  duration: string;
  /** Null until the runner picks one: never guessed. */
  surface: SurfaceId | null;
  shoe: ShoeChoice;
  newShoeName: string;
  newShoeKm: string;
  warmedUp: boolean;
  stretchedAfter: boolean;
  limp: boolean;
  /** Null until the runner picks one: nothing is pre-chosen, "No pain" included. */
  painCharacter: PainCharacter | null;
  painBefore: string;
  painDuring: string;
  painAfter: string;
  painNextMorning: string;
  zones: ZoneId[];
  notes: string;
}

/** Form fields that can carry an error message. */
export type DraftField = keyof RunProblems | 'newShoeName' | 'newShoeKm';

/** The result of reading the form. */
export type DraftReading =
  | { ok: true; fields: RunFields; newShoe?: ShoeFields }
  | { ok: false; problems: Partial<Record<DraftField, string>> };

/**
 * A fresh form: today's date and nothing else. Distance, surface and shoes start blank: the last
 * run's are offered as a suggestion the runner taps (`suggestionFrom`), never filled in for them.
 * Every pain box is blank and no pain character chosen: a blank saves as "not recorded", never as
 * 0 or "no pain".
 */
export function emptyDraft(today: string): RunDraft {
  return {
    date: today,
    distance: '',
    duration: '',
    surface: null,
    shoe: 'none',
    newShoeName: '',
    newShoeKm: '',
    warmedUp: false,
    stretchedAfter: false,
    limp: false,
    painCharacter: null,
    painBefore: '',
    painDuring: '',
    painAfter: '',
    painNextMorning: '',
    zones: [],
    notes: '',
  };
}

/** "Same as last run": the fields it fills, and the words on its tick box. */
export interface LastRunSuggestion {
  distance: string;
  surface: SurfaceId | null;
  shoe: ShoeChoice;
  /** "8 km, road or concrete, Pegasus 40". */
  label: string;
}

/**
 * The last run's distance, surface and shoes as a suggestion; its shoes only while the pair can
 * still be picked (`pickable` pairs: not retired).
 */
export function suggestionFrom(
  lastRun: JournalRun,
  unit: DistanceUnit,
  pickable: ReadonlyMap<number, string>,
): LastRunSuggestion {
  const shoeName = lastRun.shoeId === null ? undefined : pickable.get(lastRun.shoeId);
  const distance = String(distanceIn(lastRun.distanceKm, unit));
  const label = [
    `${distance} ${UNIT_ABBREVIATIONS[unit]}`,
    lastRun.surface === null ? null : SURFACE_LABELS[lastRun.surface].toLowerCase(),
    shoeName ?? null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    distance,
    surface: lastRun.surface,
    shoe: shoeName === undefined || lastRun.shoeId === null ? 'none' : `${lastRun.shoeId}`,
    label,
  };
}

/** Whether the draft holds the suggestion's distance, surface and shoes. */
export function usesSuggestion(draft: RunDraft, suggestion: LastRunSuggestion): boolean {
  return (
    draft.distance.trim() === suggestion.distance &&
    draft.surface === suggestion.surface &&
    draft.shoe === suggestion.shoe
  );
}

/** The draft with the suggestion taken (`true`) or taken back to blank (`false`). */
export function applySuggestion(
  draft: RunDraft,
  suggestion: LastRunSuggestion,
  take: boolean,
): RunDraft {
  return take
    ? {
        ...draft,
        distance: suggestion.distance,
        surface: suggestion.surface,
        shoe: suggestion.shoe,
      }
    : { ...draft, distance: '', surface: null, shoe: 'none' };
}

/** The form filled with a stored run, for editing (the distance in the runner's unit). */
export function draftOfRun(run: JournalRun, unit: DistanceUnit = 'km'): RunDraft {
  return {
    date: run.date,
    distance: String(distanceIn(run.distanceKm, unit)),
    duration: run.durationMin === null ? '' : formatDuration(run.durationMin),
    surface: run.surface,
    shoe: run.shoeId === null ? 'none' : `${run.shoeId}`,
    newShoeName: '',
    newShoeKm: '',
    warmedUp: run.warmedUp,
    stretchedAfter: run.stretchedAfter,
    limp: run.limp,
    painCharacter: run.painCharacter,
    painBefore: painText(run.pain.before),
    painDuring: painText(run.pain.during),
    painAfter: painText(run.pain.after),
    painNextMorning: painText(run.pain.nextMorning),
    zones: [...run.zones],
    notes: run.notes,
  };
}

/** A number as typed, with a decimal comma allowed; NaN when it is not one. */
export function parseDecimal(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$|^\.\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Minutes from "45", "45.5", "45:30" (min:s) or "1:05:00" (h:min:s); NaN when unreadable. */
export function parseDuration(text: string): number {
  const parts = text.trim().split(':');
  if (parts.length === 1) return parseDecimal(text);
  if (parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) return Number.NaN;
  const [a = 0, b = 0, c = 0] = parts.map(Number);
  const minutes = parts.length === 3 ? a * 60 + b + c / 60 : a + b / 60;
  const lastTwoOk = parts.slice(1).every((part) => Number(part) < 60);
  return lastTwoOk ? Math.round(minutes * 100) / 100 : Number.NaN;
}

/** Minutes as the form shows them: "45" or "45:30". */
export function formatDuration(minutes: number): string {
  const whole = Math.floor(minutes);
  const seconds = Math.round((minutes - whole) * 60);
  return seconds === 0 ? String(whole) : `${whole}:${String(seconds).padStart(2, '0')}`;
}

/** A pain score as the form shows it: blank when not recorded. */
function painText(score: number | null): string {
  return score === null ? '' : String(score);
}

/** A pain box as typed: null when blank ("not recorded"), NaN when it is not a whole number. */
function painValue(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Reads the form: a run ready to save, or a message for each wrong field. */
export function readDraft(
  draft: RunDraft,
  today: string,
  shoeIds: ReadonlySet<number>,
  unit: DistanceUnit = 'km',
): DraftReading {
  const fields: RunFields = {
    date: draft.date,
    distanceKm: toKm(parseDecimal(draft.distance), unit),
    durationMin: draft.duration.trim() === '' ? null : parseDuration(draft.duration),
    surface: draft.surface,
    shoeId: draft.shoe === 'none' || draft.shoe === 'new' ? null : Number(draft.shoe),
    warmedUp: draft.warmedUp,
    stretchedAfter: draft.stretchedAfter,
    limp: draft.limp,
    painCharacter: draft.painCharacter,
    pain: {
      before: painValue(draft.painBefore),
      during: painValue(draft.painDuring),
      after: painValue(draft.painAfter),
      nextMorning: painValue(draft.painNextMorning),
    },
    zones: draft.zones,
    notes: draft.notes.trim(),
  };
  const problems: Partial<Record<DraftField, string>> = checkRunFields(fields, today, shoeIds);
  if (problems.distanceKm && unit === 'mi') {
    problems.distanceKm = `Enter the distance in miles, more than 0 and at most ${Math.floor(
      fromKm(RUN_LIMITS.maxDistanceKm, 'mi'),
    )}.`;
  }
  let newShoe: ShoeFields | undefined;
  if (draft.shoe === 'new') {
    newShoe = {
      name: draft.newShoeName.trim(),
      startKm: draft.newShoeKm.trim() === '' ? 0 : toKm(parseDecimal(draft.newShoeKm), unit),
      retired: false,
    };
    const shoeProblems = checkShoeFields(newShoe);
    if (shoeProblems.name) problems.newShoeName = shoeProblems.name;
    if (shoeProblems.startKm) {
      problems.newShoeKm =
        unit === 'mi'
          ? `Enter the distance already run in them, 0 to ${Math.floor(
              fromKm(RUN_LIMITS.maxShoeStartKm, 'mi'),
            )} miles.`
          : shoeProblems.startKm;
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return newShoe ? { ok: true, fields, newShoe } : { ok: true, fields };
}
