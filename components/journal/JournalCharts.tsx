/** The journal's charts: pain against weekly distance, pain by surface, pain by shoe. */
import type { JSX } from 'preact';
import {
  painBySurface,
  shoeTotals,
  weeklyDistances,
  weeksWithData,
} from '../../knowledge/journal/stats';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { PainByShoeChart, PainBySurfaceChart } from './PainBars';
import { PainLoadChart } from './PainLoadChart';

/** The most weeks the pain and distance chart shows: about a training block. */
export const CHART_WEEKS = 12;
/** The fewest: a new journal's runs get a chart with some breadth, not one bar. */
const MIN_CHART_WEEKS = 4;

/** All three charts, or a note when there is nothing to draw yet. */
export function JournalCharts(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  unit?: DistanceUnit;
}): JSX.Element {
  if (props.runs.length === 0) {
    return <p class="j-empty">Log a run or two and your charts will appear here.</p>;
  }
  return (
    <div class="j-charts">
      <PainLoadChart
        id="chart-pain-load"
        runs={props.runs}
        weeks={weeklyDistances(
          props.runs,
          props.today,
          weeksWithData(props.runs, props.today, MIN_CHART_WEEKS, CHART_WEEKS),
        )}
        unit={props.unit}
      />
      <PainBySurfaceChart id="chart-surface" surfaces={painBySurface(props.runs)} />
      <PainByShoeChart
        id="chart-shoe"
        totals={shoeTotals(props.runs, props.shoes)}
        unit={props.unit}
      />
    </div>
  );
}
