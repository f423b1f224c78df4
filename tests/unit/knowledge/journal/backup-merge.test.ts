/**
 * Merging a backup: records matched by what never changes (an imported run's start, else when a
 * record was created), so that a backup of the same journal adds nothing, an edited run counts as
 * one to update, a new run as one to add, and the preview says so in words.
 */
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../knowledge/journal/backup';
import {
  describeMerge,
  mergeChangesNothing,
  planMerge,
  type StoredJournal,
} from '../../../../knowledge/journal/backup-merge';
import type { CrossTrainingDay } from '../../../../knowledge/journal/cross-training';
import { sampleRun, sampleShoe } from './sample';

const STORED: StoredJournal = {
  runs: [
    sampleRun('2025-05-01', { id: 1, shoeId: 1, createdAt: 100 }),
    sampleRun('2025-05-03', { id: 2, createdAt: 200 }),
  ],
  shoes: [sampleShoe(1, { name: 'Blue Pegasus', createdAt: 50 })],
  checks: [],
  episodes: [],
  crossTraining: [],
};

describe('planning a merge', () => {
  it('adds nothing for a backup of the same journal, whatever its ids', () => {
    const backup = createBackup(
      {
        // Ids renumbered as a backup read from a file is: the pair is 7 there.
        runs: STORED.runs.map((run) => ({ ...run, id: run.id + 10, shoeId: run.shoeId && 7 })),
        shoes: STORED.shoes.map((shoe) => ({ ...shoe, id: 7 })),
        checks: [],
      },
      new Date(0),
    );
    const plan = planMerge(STORED, backup);
    expect(mergeChangesNothing(plan)).toBe(true);
    expect(plan.runs.unchanged).toBe(2);
  });

  it('counts new runs to add and edited ones to update, and says so', () => {
    const backup = createBackup(
      {
        runs: [
          { ...sampleRun('2025-05-01', { id: 1, shoeId: 1, createdAt: 100 }), notes: 'edited' },
          sampleRun('2025-05-03', { id: 2, createdAt: 200 }),
          sampleRun('2025-05-05', { id: 3, createdAt: 300 }),
          sampleRun('2025-05-06', { id: 4, createdAt: 400 }),
        ],
        shoes: [sampleShoe(1, { name: 'Blue Pegasus', createdAt: 50 })],
        checks: [],
      },
      new Date(0),
    );
    const plan = planMerge(STORED, backup);
    expect(plan.runs.add.map((run) => run.date)).toEqual(['2025-05-05', '2025-05-06']);
    expect(plan.runs.update.map(({ stored, incoming }) => [stored.id, incoming.notes])).toEqual([
      [1, 'edited'],
    ]);
    expect(describeMerge(plan)).toBe(
      '2 runs to add, 1 to update; 0 pairs of shoes to add, 0 to update; ' +
        '0 symptom checks to add, 0 to update; 0 episodes to add, 0 to update; ' +
        '0 cross-training days to add, 0 to update',
    );
    expect(describeMerge(plan, 'done')).toMatch(/^2 runs added, 1 updated; 0 pairs of shoes added/);
  });

  it('matches an imported run by its activity’s start, however it was created', () => {
    const imported = { startedAt: 1_700_000_000_000, source: 'fit' as const };
    const stored = { ...STORED, runs: [sampleRun('2025-05-01', { createdAt: 1, imported })] };
    const backup = createBackup(
      { runs: [sampleRun('2025-05-01', { createdAt: 2, imported })], shoes: [], checks: [] },
      new Date(0),
    );
    const plan = planMerge(stored, backup);
    expect(plan.runs.add).toEqual([]);
    expect(plan.runs.update).toHaveLength(1);
  });
});

describe('planning a merge of cross-training days', () => {
  const activity = (sport: string, start: string) => ({
    sport,
    startedAt: Date.parse(start),
    durationMin: 45,
    distanceKm: null,
  });
  const ride = activity('Cycling', '2025-05-10T07:00:00Z');
  const swim = activity('Swimming', '2025-05-10T18:00:00Z');
  const gym = activity('Gym', '2025-05-12T12:00:00Z');
  const backupWith = (crossTraining: CrossTrainingDay[]) =>
    createBackup({ runs: [], shoes: [], checks: [], crossTraining }, new Date(0));

  it('adds the days the journal lacks, and the preview says how many', () => {
    const stored = { ...STORED, runs: [], shoes: [] };
    const plan = planMerge(
      stored,
      backupWith([
        { date: '2025-05-10', activities: [ride, swim] },
        { date: '2025-05-12', activities: [gym] },
      ]),
    );
    expect(plan.crossTraining.add.map((day) => day.date)).toEqual(['2025-05-10', '2025-05-12']);
    expect(describeMerge(plan)).toMatch(/; 2 cross-training days to add, 0 to update$/);
    expect(describeMerge(plan, 'done')).toMatch(/; 2 cross-training days added, 0 updated$/);
  });

  it('gives a day the journal has only the activities it lacks, and keeps its own', () => {
    const stored = { ...STORED, crossTraining: [{ date: '2025-05-10', activities: [ride] }] };
    // The same ride, dated a minute later by another export, and a swim the journal lacks.
    const sameRide = { ...ride, startedAt: ride.startedAt + 60_000 };
    const plan = planMerge(
      stored,
      backupWith([{ date: '2025-05-10', activities: [sameRide, swim] }]),
    );
    expect(plan.crossTraining.add).toEqual([]);
    expect(plan.crossTraining.update).toEqual([
      {
        stored: { date: '2025-05-10', activities: [ride] },
        incoming: { date: '2025-05-10', activities: [ride, swim] },
      },
    ]);
    expect(describeMerge(plan)).toMatch(/; 0 cross-training days to add, 1 to update$/);
  });

  it('changes nothing for days the journal already has as they are', () => {
    const days = [{ date: '2025-05-10', activities: [ride, swim] }];
    const plan = planMerge(
      { ...STORED, runs: [], shoes: [], crossTraining: days },
      backupWith(days),
    );
    expect(mergeChangesNothing(plan)).toBe(true);
    expect(plan.crossTraining.unchanged).toBe(1);
  });
});
