import { describe, expect, it } from 'vitest';
import { painLoadSummary, surfaceSummary } from '../../../../components/journal/chart-summaries';
import { highest, weeklyDistances } from '../../../../knowledge/journal/stats';
import { sampleRun } from '../../knowledge/journal/sample';

describe('the pain-by-surface summary', () => {
  it('never says pain was highest on road and lowest on asphalt at the same average', () => {
    const text = surfaceSummary([
      { surface: 'road', runs: 2, distanceKm: 10, meanPain: 5 },
      { surface: 'trail', runs: 1, distanceKm: 5, meanPain: 5 },
    ]);
    expect(text).toBe(
      'Pain was about the same on each surface: road or concrete (average 5 out of 10 over 2 runs) and ' +
        'trail (average 5 out of 10 over 1 run).',
    );
  });

  it('names every surface tied at the top or the bottom', () => {
    const text = surfaceSummary([
      { surface: 'road', runs: 2, distanceKm: 10, meanPain: 6 },
      { surface: 'trail', runs: 1, distanceKm: 5, meanPain: 6 },
      { surface: 'track', runs: 1, distanceKm: 5, meanPain: 2 },
    ]);
    expect(text).toMatch(/^Pain was highest on road .* and trail .* and lowest on track /);
  });

  it('never states a highest and a lowest that are equal, whatever the figures', () => {
    const surfaces = ['road', 'trail', 'track', 'treadmill'] as const;
    for (let a = 0; a <= 10; a += 5)
      for (let b = 0; b <= 10; b += 5)
        for (let c = 0; c <= 10; c += 5) {
          const text = surfaceSummary(
            [a, b, c].map((meanPain, i) => ({
              surface: surfaces[i] ?? 'road',
              runs: 1,
              distanceKm: 5,
              meanPain,
            })),
          );
          const figures = text.match(/highest on .*?average (\d+).* lowest on .*?average (\d+)/);
          if (figures) expect(figures[1], text).not.toBe(figures[2]);
        }
  });
});

describe("the clinician summary's worst pain of a week", () => {
  it('is the highest score recorded, not an average, and a blank is not a 0', () => {
    expect(highest([2, 7, null, 4])).toBe(7);
    expect(highest([null, null])).toBeNull();
  });
});

describe('the pain and distance summary', () => {
  it('never says pain "ranged from 2 to 2"', () => {
    const runs = [
      sampleRun('2025-05-12', { pain: { during: 2 } }),
      sampleRun('2025-05-13', { pain: { during: 2 } }),
    ];
    const text = painLoadSummary(runs, weeklyDistances(runs, '2025-05-14', 4));
    expect(text).toContain('Worst pain was 2 out of 10 on each run;');
    expect(text).not.toMatch(/from (\d+) to \1\b/);
  });
});
