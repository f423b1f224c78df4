/**
 * Sample journal data for the journal's unit tests: a run, a pair of shoes and a backup with
 * sensible defaults, overridden per test so each test shows only what matters to it.
 */
import type { JournalBackup } from '../../../../knowledge/journal/backup';
import type {
  JournalRun,
  JournalShoe,
  PainScores,
  RunFields,
} from '../../../../knowledge/journal/types';

let nextId = 1;

/** A painless 5 km road run on `date`, with `changes` applied (pain merges field by field). */
export function sampleRun(
  date: string,
  changes: Partial<Omit<JournalRun, 'pain'>> & { pain?: Partial<PainScores> } = {},
): JournalRun {
  const id = changes.id ?? nextId++;
  const { pain, ...rest } = changes;
  return {
    id,
    date,
    distanceKm: 5,
    durationMin: null,
    surface: 'trail',
    shoeId: null,
    warmedUp: true,
    stretchedAfter: true,
    limp: false,
    painCharacter: 'none',
    pain: { before: 0, during: 0, after: 0, nextMorning: null, ...pain },
    zones: [],
    notes: '',
    createdAt: Date.UTC(2025, 0, 1) + id,
    updatedAt: Date.UTC(2025, 0, 1) + id,
    ...rest,
  };
}

/** What the log form gives for `sampleRun(date, changes)`: the run without its id and times. */
export function sampleRunFields(
  date: string,
  changes: Parameters<typeof sampleRun>[1] = {},
): RunFields {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = sampleRun(date, changes);
  return fields;
}

/** A backup exported on 14 May 2025 with nothing in it, with `changes` applied. */
export function sampleBackup(changes: Partial<JournalBackup> = {}): JournalBackup {
  return {
    format: 'hip-pain-guide-backup',
    formatVersion: 1,
    exportedAt: '2025-05-14T08:00:00.000Z',
    runs: [],
    shoes: [],
    checks: [],
    ...changes,
  };
}

/** A pair of shoes. */
export function sampleShoe(id: number, changes: Partial<JournalShoe> = {}): JournalShoe {
  return {
    id,
    name: `Pair ${id}`,
    startKm: 0,
    retired: false,
    createdAt: Date.UTC(2025, 0, 1),
    ...changes,
  };
}

/** `count` runs of `km` each, one every `everyDays` days, ending on or before `lastDate`. */
export function steadyRuns(
  lastDate: string,
  count: number,
  everyDays: number,
  km: number,
): JournalRun[] {
  const last = Date.parse(`${lastDate}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(last - (count - 1 - index) * everyDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return sampleRun(date, { distanceKm: km });
  });
}
