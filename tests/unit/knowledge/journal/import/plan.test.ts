import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../../../../knowledge/journal/import/activity';
import { type FileOutcome, planImport } from '../../../../../knowledge/journal/import/plan';

const START = Date.parse('2025-05-12T06:30:00Z');
const MINUTE = 60_000;

function activity(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  return {
    kind: 'run',
    sportLabel: 'Run',
    surface: 'road',
    startedAt: START,
    date: '2025-05-12',
    distanceKm: 5,
    durationMin: 25,
    elevationGainM: 10,
    source: 'fit',
    ...overrides,
  };
}

const file = (name: string, ...activities: ActivitySummary[]): FileOutcome => ({
  name,
  reading: { ok: true, activities },
});

const statuses = (files: FileOutcome[], existing: number[] = []) =>
  planImport(files, existing, '2025-06-01').rows.map((row) => `${row.file} ${row.status}`);

describe('planImport', () => {
  it('adds new runs, lists other sports as cross-training and failed files with the reason', () => {
    const plan = planImport(
      [
        file('a.fit', activity()),
        file('ride.fit', activity({ kind: 'cross-training', startedAt: START + 86_400_000 })),
        { name: 'bad.fit', reading: { ok: false, error: 'This file is damaged.' } },
      ],
      [],
      '2025-06-01',
    );
    expect(plan.toAdd).toEqual([activity()]);
    expect(plan.rows.map((row) => row.status)).toEqual(['added', 'cross-training', 'failed']);
    expect(plan.rows[2]).toEqual({
      status: 'failed',
      file: 'bad.fit',
      reason: 'This file is damaged.',
    });
  });

  it('treats a start within two minutes of an imported run as the same run', () => {
    expect(statuses([file('a.fit', activity({ startedAt: START + 2 * MINUTE }))], [START])).toEqual(
      ['a.fit duplicate'],
    );
    expect(statuses([file('a.fit', activity({ startedAt: START - 2 * MINUTE }))], [START])).toEqual(
      ['a.fit duplicate'],
    );
    expect(
      statuses([file('a.fit', activity({ startedAt: START + 2 * MINUTE + 1000 }))], [START]),
    ).toEqual(['a.fit added']);
  });

  it('adds the same activity once when two files of one import hold it', () => {
    expect(
      statuses([file('a.fit', activity()), file('a.gpx', activity({ startedAt: START + 30_000 }))]),
    ).toEqual(['a.fit added', 'a.gpx duplicate']);
  });

  it('does not add a run without a distance, or dated in the future', () => {
    const plan = planImport(
      [
        file('treadmill.fit', activity({ distanceKm: null })),
        file('clock.fit', activity({ date: '2030-01-01', startedAt: START + 9e9 })),
      ],
      [],
      '2025-06-01',
    );
    expect(plan.toAdd).toEqual([]);
    expect(plan.rows.map((row) => (row.status === 'not-added' ? row.reason : row.status))).toEqual([
      'The file has no distance for this run (a treadmill run without a foot pod?). Log it by hand with the distance.',
      "It starts in the future: the watch's clock may be wrong.",
    ]);
  });
});

describe('other sports in an import', () => {
  const ride = (overrides: Partial<ActivitySummary> = {}) =>
    activity({ kind: 'cross-training', sportLabel: 'Cycling', distanceKm: 30, ...overrides });

  it('are planned as cross-training days, never as runs', () => {
    const plan = planImport([file('ride.fit', ride())], [], '2025-06-01');
    expect(plan.toAdd).toEqual([]);
    expect(plan.crossTraining.map((item) => [item.date, item.sportLabel])).toEqual([
      ['2025-05-12', 'Cycling'],
    ]);
    expect(plan.rows.map((row) => row.status)).toEqual(['cross-training']);
  });

  it('are not saved again when already imported, nor when dated in the future', () => {
    const plan = planImport(
      [
        file('again.fit', ride({ startedAt: START + MINUTE })),
        file('future.fit', ride({ startedAt: START + 90 * 86_400_000, date: '2025-08-10' })),
      ],
      [START],
      '2025-06-01',
    );
    expect(plan.crossTraining).toEqual([]);
    expect(plan.rows.map((row) => `${row.file} ${row.status}`)).toEqual([
      'again.fit duplicate',
      'future.fit not-added',
    ]);
  });
});
