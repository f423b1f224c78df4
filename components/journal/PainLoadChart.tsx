/**
 * Pain over time against weekly distance: a bar per week (km, left axis) and a dot per run for
 * its worst pain (0–10, right axis), joined by a line.
 *
 * Hand-drawn SVG rather than uPlot: at sidebar width we draw a dozen bars and a few dozen dots,
 * and SVG takes its colours from CSS variables, so both themes (and the theme switch) work with no
 * redraw; it prints sharply on the clinician summary, renders under happy-dom in unit tests, and
 * adds nothing to the bundle. uPlot's strengths (canvas speed for thousands of points, zoom, live
 * cursors) do not serve a chart this size.
 */
import type { JSX } from 'preact';
import { formatShortDay as shortDate } from '../../knowledge/date-format';
import { byDate, dayNumber, peakPain, type WeekTotal } from '../../knowledge/journal/stats';
import type { JournalRun } from '../../knowledge/journal/types';
import { type DistanceUnit, fromKm, UNIT_ABBREVIATIONS } from '../../knowledge/journal/units';
import { painLoadSummary } from './chart-summaries';

const WIDTH = 320;
const HEIGHT = 170;
const PAD = { left: 28, right: 22, top: 8, bottom: 20 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/** A round top for the km axis: 10, 20, 30, 40, 50, 60, 80, 100, 150… */
function niceMax(value: number): number {
  const steps = [10, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500];
  return steps.find((step) => step >= value) ?? Math.ceil(value / 100) * 100;
}

/** The chart for `weeks` (oldest first) and the runs in them. */
export function PainLoadChart(props: {
  runs: readonly JournalRun[];
  weeks: readonly WeekTotal[];
  id: string;
  unit?: DistanceUnit;
}): JSX.Element {
  const unit = props.unit ?? 'km';
  const { weeks, id } = props;
  const first = weeks[0];
  const startDay = first ? dayNumber(first.start) : 0;
  const days = weeks.length * 7;
  const runs = byDate(props.runs.filter((run) => first && run.date >= first.start));
  const kmMax = niceMax(Math.max(0, ...weeks.map((week) => fromKm(week.distanceKm, unit))));
  const slot = PLOT_W / Math.max(1, weeks.length);
  const x = (day: number) => PAD.left + ((day - startDay + 0.5) / days) * PLOT_W;
  const yKm = (km: number) => PAD.top + PLOT_H - (km / kmMax) * PLOT_H;
  const yPain = (pain: number) => PAD.top + PLOT_H - (pain / 10) * PLOT_H;
  // A run without a pain score has no point: blank is not 0.
  const points = runs.flatMap((run) => {
    const pain = peakPain(run);
    return pain === null ? [] : [{ x: x(dayNumber(run.date)), y: yPain(pain) }];
  });
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 4));

  return (
    <figure class="j-chart">
      <figcaption>
        <h3 id={`${id}-title`}>Pain and weekly distance</h3>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-describedby={`${id}-summary`}
        data-chart="pain-load"
      >
        <title>Pain and weekly distance, last {weeks.length} weeks</title>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              class="j-grid"
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={PAD.top + PLOT_H * (1 - share)}
              y2={PAD.top + PLOT_H * (1 - share)}
            />
            <text
              class="j-axis"
              x={PAD.left - 4}
              y={PAD.top + PLOT_H * (1 - share) + 3}
              text-anchor="end"
            >
              {Math.round(kmMax * share)}
            </text>
            <text class="j-axis" x={WIDTH - PAD.right + 4} y={PAD.top + PLOT_H * (1 - share) + 3}>
              {10 * share}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const barX = PAD.left + index * slot + slot * 0.15;
          const top = yKm(fromKm(week.distanceKm, unit));
          return (
            <g key={week.start} data-week={week.start}>
              <rect
                class="j-km-bar"
                x={barX}
                y={top}
                width={slot * 0.7}
                height={PAD.top + PLOT_H - top}
                rx={1.5}
              />
              {index % labelEvery === 0 && (
                <text class="j-axis" x={barX} y={HEIGHT - 6}>
                  {shortDate(week.start)}
                </text>
              )}
            </g>
          );
        })}
        {points.length > 1 && (
          <polyline class="j-pain-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((point, index) => (
          <circle key={runs[index]?.id} class="j-pain-dot" cx={point.x} cy={point.y} r={3.5} />
        ))}
      </svg>
      <ul class="j-legend" aria-hidden="true">
        <li>
          <span class="j-swatch j-swatch-km" />
          {UNIT_ABBREVIATIONS[unit]} per week (left)
        </li>
        <li>
          <span class="j-swatch j-swatch-pain" />
          worst pain per run, 0–10 (right)
        </li>
      </ul>
      <p class="j-summary" id={`${id}-summary`}>
        {painLoadSummary(props.runs, weeks, unit)}
      </p>
    </figure>
  );
}
