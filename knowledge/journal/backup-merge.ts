/**
 * Restoring a backup by merging it into the journal instead of replacing it: which records the
 * backup would add, which it would update, and which are already there as they are, said in
 * words before anything is written ("12 runs to add, 2 to update, 0 shoes…"), and the records an
 * undo needs. Pure: the repository applies a plan; nothing here touches storage.
 *
 * Ids in a backup are renumbered when it is read, so records are matched by what never changes
 * once a record exists: a run by the start of the activity it was imported from, else by when it
 * was created; shoes and episodes by when they were created; symptom checks by when they were made.
 * Cross-training days by their date, and the activities in them by their start, as an import
 * matches them: a day gains the backup's activities it lacks and never loses one it has.
 */
import type { SavedCheck } from '../symptoms/check-record';
import type { JournalBackup } from './backup';
import { addCrossTraining, type CrossTrainingDay } from './cross-training';
import type { JournalEpisode } from './episodes';
import type { JournalRun, JournalShoe } from './types';

/** What a restore merges into: everything stored now. */
export interface StoredJournal {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  checks: readonly SavedCheck[];
  episodes: readonly JournalEpisode[];
  crossTraining: readonly CrossTrainingDay[];
}

/** One kind of record in a merge: new ones, changed ones (stored beside incoming), unchanged. */
export interface MergePart<T> {
  add: T[];
  update: { stored: T; incoming: T }[];
  unchanged: number;
}

/** What merging a backup would do. */
export interface MergePlan {
  shoes: MergePart<JournalShoe>;
  /** Runs as in the backup; their `shoeId` is the backup's, mapped by `shoeIdOf` when applied. */
  runs: MergePart<JournalRun>;
  checks: MergePart<SavedCheck>;
  episodes: MergePart<JournalEpisode>;
  /**
   * Days the backup has and the journal does not (`add`), and stored days the backup brings new
   * activities to (`update`: `incoming` is the stored day with them added, never fewer).
   */
  crossTraining: MergePart<CrossTrainingDay>;
  /** A backup shoe id → the stored pair it matches (pairs to add get ids when applied). */
  storedShoeIds: ReadonlyMap<number, number>;
}

function runKey(run: JournalRun): string {
  return run.imported ? `imported:${run.imported.startedAt}` : `created:${run.createdAt}`;
}

/** A record's content, without what differs between two copies of the same record. */
function content(record: object, drop: readonly string[]): string {
  const kept = Object.entries(record)
    .filter(([key]) => !drop.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(kept);
}

function part<T extends object>(
  stored: readonly T[],
  incoming: readonly T[],
  key: (record: T) => string,
  same: (stored: T, incoming: T) => boolean,
): MergePart<T> {
  const byKey = new Map(stored.map((record) => [key(record), record]));
  const result: MergePart<T> = { add: [], update: [], unchanged: 0 };
  for (const record of incoming) {
    const match = byKey.get(key(record));
    if (!match) result.add.push(record);
    else if (same(match, record)) result.unchanged += 1;
    else result.update.push({ stored: match, incoming: record });
  }
  return result;
}

/** What merging `backup` into `stored` would add and update. */
export function planMerge(stored: StoredJournal, backup: JournalBackup): MergePlan {
  const ignore = ['id', 'rev'];
  const shoes = part(
    stored.shoes,
    backup.shoes,
    (shoe) => String(shoe.createdAt),
    (a, b) => content(a, ignore) === content(b, ignore),
  );
  const storedShoeIds = new Map<number, number>();
  const shoeByCreated = new Map(stored.shoes.map((shoe) => [shoe.createdAt, shoe.id]));
  for (const shoe of backup.shoes) {
    const match = shoeByCreated.get(shoe.createdAt);
    if (match !== undefined) storedShoeIds.set(shoe.id, match);
  }
  const runs = part(stored.runs, backup.runs, runKey, (a, b) => {
    // The same pair, by the stored id the backup's pair maps to.
    const sameShoe =
      b.shoeId === null ? a.shoeId === null : storedShoeIds.get(b.shoeId) === a.shoeId;
    return sameShoe && content(a, [...ignore, 'shoeId']) === content(b, [...ignore, 'shoeId']);
  });
  const checks = part(
    stored.checks,
    backup.checks,
    (check) => String(check.at),
    (a, b) => content(a, ignore) === content(b, ignore),
  );
  const episodes = part(
    stored.episodes,
    backup.episodes ?? [],
    (episode) => String(episode.createdAt),
    (a, b) => content(a, ignore) === content(b, ignore),
  );
  return {
    shoes,
    runs,
    checks,
    episodes,
    crossTraining: crossTrainingPart(stored.crossTraining, backup.crossTraining ?? []),
    storedShoeIds,
  };
}

/**
 * The backup's cross-training days, matched as an import matches them: an activity starting
 * within two minutes of a stored one is that activity, so merging twice adds nothing.
 */
function crossTrainingPart(
  stored: readonly CrossTrainingDay[],
  incoming: readonly CrossTrainingDay[],
): MergePart<CrossTrainingDay> {
  const { changed } = addCrossTraining(
    stored,
    incoming.flatMap((day) => day.activities.map((activity) => ({ date: day.date, activity }))),
  );
  const byDate = new Map(stored.map((day) => [day.date, day]));
  const result: MergePart<CrossTrainingDay> = {
    add: [],
    update: [],
    unchanged: incoming.length - changed.length,
  };
  for (const day of changed) {
    const match = byDate.get(day.date);
    if (match) result.update.push({ stored: match, incoming: day });
    else result.add.push(day);
  }
  return result;
}

function count(number: number, one: string, many: string): string {
  return `${number} ${number === 1 ? one : many}`;
}

/**
 * "12 runs to add, 2 to update; 0 pairs of shoes to add, 0 to update; …" before a merge, or
 * "12 runs added, 2 updated; …" once it is done.
 */
export function describeMerge(plan: MergePlan, when: 'before' | 'done' = 'before'): string {
  const [added, updated] = when === 'done' ? ['added', 'updated'] : ['to add', 'to update'];
  const line = (merge: MergePart<unknown>, one: string, many: string) =>
    `${count(merge.add.length, one, many)} ${added}, ${merge.update.length} ${updated}`;
  return [
    line(plan.runs, 'run', 'runs'),
    line(plan.shoes, 'pair of shoes', 'pairs of shoes'),
    line(plan.checks, 'symptom check', 'symptom checks'),
    line(plan.episodes, 'episode', 'episodes'),
    line(plan.crossTraining, 'cross-training day', 'cross-training days'),
  ].join('; ');
}

/** Whether merging would change nothing at all. */
export function mergeChangesNothing(plan: MergePlan): boolean {
  return [plan.runs, plan.shoes, plan.checks, plan.episodes, plan.crossTraining].every(
    (merge) => merge.add.length === 0 && merge.update.length === 0,
  );
}
