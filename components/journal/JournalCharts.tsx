/**
 * The journal's charts: distance per week and pain per run on one time axis, then pain by surface
 * and by shoe. The numbers are worked out once per change of runs, shoes, day or unit (memoised),
 * so switching tabs or re-rendering for an unrelated reason does not redo them over years of runs.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { painBySurface, shoeTotals } from '../../knowledge/journal/stats';
import { trainingTimeline } from '../../knowledge/journal/training-timeline';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { PainByShoeChart, PainBySurfaceChart } from './PainBars';
import { TrainingCharts } from './TrainingCharts';

/** The most weeks the time charts show: about a training block. */
export const CHART_WEEKS = 12;
/** The fewest: a new journal's runs get a chart with some breadth, not one bar. */
export const MIN_CHART_WEEKS = 4;

/** All the charts, or a note when there is nothing to draw yet. */
export function JournalCharts(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  unit?: DistanceUnit;
}): JSX.Element {
  const { runs, shoes, today } = props;
  const timeline = useMemo(
    () => trainingTimeline(runs, today, { minWeeks: MIN_CHART_WEEKS, maxWeeks: CHART_WEEKS }),
    [runs, today],
  );
  const surfaces = useMemo(() => painBySurface(runs), [runs]);
  const totals = useMemo(() => shoeTotals(runs, shoes), [runs, shoes]);
  if (runs.length === 0) {
    return <p class="j-empty">Log a run or two and your charts will appear here.</p>;
  }
  return (
    <div class="j-charts">
      <TrainingCharts id="chart" timeline={timeline} unit={props.unit} />
      <PainBySurfaceChart id="chart-surface" surfaces={surfaces} />
      <PainByShoeChart id="chart-shoe" totals={totals} unit={props.unit} />
    </div>
  );
}
