// @vitest-environment happy-dom
/**
 * The two time charts as drawn: one axis (a run's dot sits under its week's bar), the unfinished
 * week hatched and labelled, each drawing described by its own summary, and the summary saying
 * the same as the drawing.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TrainingCharts } from '../../../../components/journal/TrainingCharts';
import { addDays } from '../../../../knowledge/journal/stats';
import { trainingTimeline } from '../../../../knowledge/journal/training-timeline';
import { sampleRun } from '../../knowledge/journal/sample';
import { viewContainerForEachTest } from '../view-container';

const WEDNESDAY = '2025-05-14';
const container = viewContainerForEachTest();

const runs = [
  sampleRun('2025-03-03', { distanceKm: 10, pain: { during: 2 } }),
  sampleRun('2025-03-09', { distanceKm: 21, pain: { during: 4 } }),
  sampleRun('2025-04-13', { distanceKm: 8, pain: { after: 6 } }),
  sampleRun('2025-04-14', { distanceKm: 5, pain: { during: null, after: null } }),
  sampleRun('2025-05-12', { distanceKm: 6, pain: { during: 3 } }),
];
const timeline = trainingTimeline(runs, WEDNESDAY, { minWeeks: 4, maxWeeks: 12 });

function draw(unit: 'km' | 'mi' = 'km') {
  render(<TrainingCharts id="chart" timeline={timeline} unit={unit} />, container);
  const distance = container.querySelector<SVGSVGElement>('svg[data-chart="distance"]');
  const pain = container.querySelector<SVGSVGElement>('svg[data-chart="pain"]');
  if (!distance || !pain) throw new Error('a chart is missing');
  return { distance, pain };
}

describe('the distance and pain charts', () => {
  it('share one time axis: every dot lies under the bar of its week', () => {
    const { distance, pain } = draw();
    expect(distance.getAttribute('viewBox')?.split(' ')[2]).toBe(
      pain.getAttribute('viewBox')?.split(' ')[2],
    );
    const dots = [...pain.querySelectorAll('circle')];
    expect(dots).toHaveLength(4); // the run with no score has no dot
    for (const dot of dots) {
      const date = dot.getAttribute('data-date') ?? '';
      const week = timeline.weeks.find((w) => w.start <= date && date < addDays(w.start, 7));
      const bar = distance.querySelector(`[data-week="${week?.start}"] rect.j-km-bar`);
      const left = Number(bar?.getAttribute('x'));
      const right = left + Number(bar?.getAttribute('width'));
      const cx = Number(dot.getAttribute('cx'));
      expect(cx, date).toBeGreaterThanOrEqual(left);
      expect(cx, date).toBeLessThanOrEqual(right);
    }
  });

  it('marks the week of today as unfinished, hatched and labelled "this week so far"', () => {
    const { distance } = draw();
    const unfinished = distance.querySelectorAll('[data-unfinished="true"]');
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0]?.getAttribute('data-week')).toBe('2025-05-12');
    expect(unfinished[0]?.textContent).toBe('this week so far');
    const bar = unfinished[0]?.querySelector<SVGRectElement>('rect.j-km-bar');
    expect(bar?.style.fill).toBe('url(#chart-distance-hatch)');
    expect(distance.querySelector('#chart-distance-hatch')).not.toBeNull();
  });

  it('spans the weeks the data needs (11 here), not a fixed twelve', () => {
    const { distance } = draw();
    expect(distance.querySelectorAll('[data-week]')).toHaveLength(11);
  });

  it('describes each drawing with its own summary, in the same numbers', () => {
    const { distance, pain } = draw('mi');
    expect(distance.getAttribute('aria-describedby')).toBe('chart-distance-summary');
    expect(pain.getAttribute('aria-describedby')).toBe('chart-pain-summary');
    const distanceText = container.querySelector('#chart-distance-summary')?.textContent ?? '';
    const painText = container.querySelector('#chart-pain-summary')?.textContent ?? '';
    // 50 km in 5 runs in miles; this week's bar is 6 km = 3.7 mi "so far".
    expect(distanceText).toContain('you ran 31.1 mi in 5 runs');
    expect(distanceText).toContain('This week so far (3 of 7 days): 3.7 mi in 1 run.');
    // Four dots, one run not drawn, and the range of the dots' heights.
    expect(painText).toContain('ranged from 2 to 6 out of 10');
    expect(painText).toContain('1 run has no pain score and is not drawn.');
    expect(container.querySelector('figure h3')?.textContent).toBe('Distance per week');
  });
});
