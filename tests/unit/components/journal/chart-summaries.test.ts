/**
 * The charts in words: what the distance and pain summaries say about the numbers drawn (the
 * unfinished week as "so far", blanks never read as 0), and the rule that no surface or pair of
 * shoes is compared on fewer than 10 runs with a pain score.
 */
import { describe, expect, it } from 'vitest';
import {
  distanceSummary,
  painSummary,
  shoeSummary,
  surfaceSummary,
} from '../../../../components/journal/chart-summaries';
import { formatShortDay as day } from '../../../../knowledge/date-format';
import { highest, type SurfacePain } from '../../../../knowledge/journal/stats';
import { trainingTimeline } from '../../../../knowledge/journal/training-timeline';
import { sampleRun, sampleShoe } from '../../knowledge/journal/sample';

const WEDNESDAY = '2025-05-14';
const surface = (id: SurfacePain['surface'], runs: number, meanPain: number): SurfacePain => ({
  surface: id,
  runs,
  distanceKm: runs * 5,
  meanPain,
});

describe('the pain-by-surface summary', () => {
  it('says plainly that there are too few runs yet, below 10 runs on a surface', () => {
    const text = surfaceSummary([surface('road', 3, 6), surface('trail', 1, 2)]);
    expect(text).toBe(
      'Too few runs yet to compare surfaces: the journal compares a surface once it has 10 runs ' +
        'with a pain score. So far: 3 runs on road or concrete and 1 run on trail.',
    );
    expect(text).not.toMatch(/highest|lowest/);
  });

  it('draws no conclusion from one surface with a few runs', () => {
    expect(surfaceSummary([surface('road', 4, 5)])).toBe(
      'All your 4 runs with a surface and a pain score so far were on road or concrete: too few runs yet to say anything about surfaces.',
    );
  });

  it('compares surfaces with 10 runs each, and sets aside the one with fewer', () => {
    const text = surfaceSummary([
      surface('road', 12, 6),
      surface('trail', 10, 2),
      surface('track', 2, 9),
    ]);
    expect(text).toBe(
      'Pain was highest on road or concrete (average 6 out of 10 over 12 runs) and lowest on ' +
        'trail (average 2 out of 10 over 10 runs). Too few runs yet to compare 2 runs on track ' +
        '(the journal compares a surface once it has 10 runs with a pain score).',
    );
  });

  it('keeps the average of the one surface with enough runs, as its bar shows it', () => {
    expect(surfaceSummary([surface('road', 15, 4), surface('trail', 2, 8)])).toBe(
      'Too few runs yet to compare surfaces: the journal compares a surface once it has 10 runs ' +
        'with a pain score. So far: road or concrete (average 4 out of 10 over 15 runs) and 2 runs on trail.',
    );
  });

  it('never says pain was highest on one surface and lowest on another at the same average', () => {
    const text = surfaceSummary([surface('road', 10, 5), surface('trail', 11, 5)]);
    expect(text).toMatch(/^Pain was about the same on each surface: road or concrete \(average 5/);
    // Less than a point apart is within one whole-point score: not "highest" and "lowest".
    expect(surfaceSummary([surface('road', 20, 3.1), surface('trail', 20, 3)])).toMatch(
      /^Pain was about the same on each surface/,
    );
    const ids = ['road', 'trail', 'track'] as const;
    for (let a = 0; a <= 10; a += 5)
      for (let b = 0; b <= 10; b += 5)
        for (let c = 0; c <= 10; c += 5) {
          const mixed = surfaceSummary(
            [a, b, c].map((meanPain, i) => surface(ids[i] ?? 'road', 10, meanPain)),
          );
          const figures = mixed.match(/highest on .*?average (\d+).* lowest on .*?average (\d+)/);
          if (figures) expect(figures[1], mixed).not.toBe(figures[2]);
        }
  });
});

describe('the pain-by-shoe summary', () => {
  const total = (painRuns: number, meanPain: number | null) => ({
    shoe: sampleShoe(1, { name: 'Blue Pegasus' }),
    totalKm: 120,
    runs: painRuns + 1,
    painRuns,
    meanPain,
  });

  it('gives no average for a pair with fewer than 10 runs with a pain score', () => {
    expect(shoeSummary([total(3, 3.3)])).toBe(
      'Blue Pegasus: 120 km, 3 runs with a pain score: too few yet to say anything about pain in them.',
    );
  });

  it('gives the average from 10 runs on', () => {
    expect(shoeSummary([total(10, 2.5)], 'mi')).toBe(
      'Blue Pegasus: 74.6 mi, average pain 2.5 out of 10 over 10 runs.',
    );
  });
});

describe('the distance summary', () => {
  const runs = [
    sampleRun('2025-04-22', { distanceKm: 8 }),
    sampleRun('2025-04-29', { distanceKm: 12.5 }),
    sampleRun('2025-05-01', { distanceKm: 6 }),
    sampleRun('2025-05-13', { distanceKm: 30 }),
  ];
  const timeline = trainingTimeline(runs, WEDNESDAY, { minWeeks: 4, maxWeeks: 12 });

  it('calls the week of today "so far", never the busiest week, and adds up what is drawn', () => {
    const text = distanceSummary(timeline);
    expect(text).toBe(
      `Over the last 4 weeks (from ${day('2025-04-21')}) you ran 56.5 km in 4 runs. The most in a full week was ` +
        `18.5 km, in the week of ${day('2025-04-28')}. This week so far (3 of 7 days): 30 km in 1 run.`,
    );
    // The same figures as the bars.
    const drawn = timeline.weeks.reduce((sum, week) => sum + week.distanceKm, 0);
    expect(text).toContain(`${drawn} km in ${timeline.runs.length} runs`);
  });

  it('speaks in miles when the runner does', () => {
    expect(distanceSummary(timeline, 'mi')).toContain('This week so far (3 of 7 days): 18.6 mi');
  });

  it('says when the span holds no runs', () => {
    expect(distanceSummary(trainingTimeline([], WEDNESDAY, { weeks: 8 }))).toBe(
      `No runs logged in the last 8 weeks (from ${day('2025-03-24')}).`,
    );
  });
});

describe('the pain summary', () => {
  it('never says pain "ranged from 2 to 2", and names the runs not drawn', () => {
    const timeline = trainingTimeline(
      [
        sampleRun('2025-05-12', { pain: { during: 2 } }),
        sampleRun('2025-05-13', { pain: { during: 2 } }),
        sampleRun('2025-05-14', { pain: { during: null, after: null } }),
      ],
      WEDNESDAY,
      { weeks: 4 },
    );
    const text = painSummary(timeline);
    expect(text).toBe(
      `Over the last 4 weeks (from ${day('2025-04-21')}), worst pain was 2 out of 10 on each run; on your ` +
        `latest run with a score (${day('2025-05-13')}) it was 2. Pain has held steady over the last 2 runs ` +
        'with a score. 1 run has no pain score and is not drawn.',
    );
    expect(text).not.toMatch(/from (\d+) to \1\b/);
  });

  it('says there are no scores rather than reading blanks as 0', () => {
    const timeline = trainingTimeline(
      [sampleRun('2025-05-13', { pain: { during: null, after: null } })],
      WEDNESDAY,
      { weeks: 4 },
    );
    expect(painSummary(timeline)).toBe(
      `No pain scores recorded yet for the 1 run in the last 4 weeks (from ${day('2025-04-21')}).`,
    );
  });
});

describe("the clinician summary's worst pain of a week", () => {
  it('is the highest score recorded, not an average, and a blank is not a 0', () => {
    expect(highest([2, 7, null, 4])).toBe(7);
    expect(highest([null, null])).toBeNull();
  });
});
