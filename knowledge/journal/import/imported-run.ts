/**
 * An imported run as a journal entry: the numbers from the file, and everything only the runner
 * knows left blank (pain, what it felt like, where it hurt), to be added from the runs list.
 * Blank is "not recorded", never "no pain", so rules and charts leave these runs' pain out.
 */
import type { RunFields } from '../types';
import type { ActivitySummary } from './activity';

/** The journal entry for an imported run; `distanceKm` must be known (the plan checks it). */
export function importedRunFields(activity: ActivitySummary): RunFields {
  const fields: RunFields = {
    date: activity.date,
    distanceKm: activity.distanceKm ?? 0,
    durationMin: activity.durationMin,
    surface: activity.surface,
    shoeId: null,
    warmedUp: false,
    stretchedAfter: false,
    limp: false,
    painCharacter: null,
    pain: { before: null, during: null, after: null, nextMorning: null },
    zones: [],
    notes: '',
    imported: { startedAt: activity.startedAt, source: activity.source },
  };
  if (activity.elevationGainM !== null) fields.elevationGainM = activity.elevationGainM;
  return fields;
}

/** Whether a run came from a file and the runner has not yet said anything about pain. */
export function awaitsPain(run: RunFields): boolean {
  return (
    run.imported !== undefined &&
    run.painCharacter === null &&
    Object.values(run.pain).every((score) => score === null)
  );
}
