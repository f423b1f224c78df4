/**
 * Distance per week and pain per run: two charts stacked on one time axis. Both draw through the
 * same scale (`dayPosition`, `weekSlot`) with the same side margins, so a week's bar sits exactly
 * above the dots of its runs; the dates are written once, under the pain chart. The week of today
 * is hatched inside a dashed outline and labelled "this week so far", since its total will grow.
 * Each chart has its summary in words below it, read by screen readers in place of the drawing
 * and written from the same numbers (`trainingTimeline`).
 *
 * Hand-drawn SVG rather than uPlot: at sidebar width we draw a dozen bars and a few dozen dots,
 * and SVG takes its colours from CSS variables, so both themes (and the theme switch) work with no
 * redraw; it prints sharply on the clinician summary, renders under happy-dom in unit tests, and
 * adds nothing to the bundle.
 */
import type { JSX, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatShortDay as shortDate } from '../../knowledge/date-format';
import {
  dayPosition,
  type TrainingTimeline,
  weekSlot,
} from '../../knowledge/journal/training-timeline';
import { type DistanceUnit, fromKm, UNIT_ABBREVIATIONS } from '../../knowledge/journal/units';
import { distanceSummary, painSummary } from './chart-summaries';

/**
 * Shared by both charts: the same width and side margins keep their time axes aligned. The width
 * is the charts' real width in CSS pixels (one SVG unit per pixel), so the axis text is 11 px at
 * any width and grows with the browser's zoom, as the rest of the text does; before it is
 * measured (and where nothing is laid out) it is the sidebar's usual 320.
 */
const DEFAULT_WIDTH = 320;
const LEFT = 30;
const RIGHT = 10;

/**
 * The two charts have the same height as well as the same width, so any scaling a page applies
 * (the printed clinician summary caps their height) scales both alike and keeps them aligned.
 * The distance chart has a strip on top for the "this week so far" label; the pain chart has the
 * dates under it.
 */
const FULL = { km: { height: 120, top: 18, bottom: 4 }, pain: { height: 120, top: 8, bottom: 22 } };
/** Shorter plots, same text size: for the one-page clinician summary. */
const COMPACT = {
  km: { height: 84, top: 16, bottom: 2 },
  pain: { height: 84, top: 6, bottom: 20 },
};
type Box = { height: number; top: number; bottom: number };

/**
 * The gap either side of a bar, as a share of its week. Under half a day (1/14 of a week), so a
 * Monday's or a Sunday's dot still falls within its week's bar.
 */
const BAR_INSET = 0.06;

/** A round top for the distance axis: 10, 20, 30, 40, 50, 60, 80, 100, 150… */
function niceMax(value: number): number {
  const steps = [10, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500];
  return steps.find((step) => step >= value) ?? Math.ceil(value / 100) * 100;
}

/** The element's width in CSS pixels, followed as it changes (zoom, a resized sidebar). */
function useWidth(): [number, RefObject<HTMLDivElement>] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      // Nothing laid out (a hidden tab, a test without layout): keep the last width.
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, ref];
}

/** Room a date label needs ("Sep 14", "14 Sept" at 11 px), with a gap. */
const LABEL_ROOM = 56;

/** Which weeks get a date and a grid line: at most four, and never closer than a label's width. */
function labelledWeeks(timeline: TrainingTimeline, plotWidth: number): string[] {
  const fit = Math.max(1, Math.min(4, Math.floor(plotWidth / LABEL_ROOM)));
  const every = Math.max(1, Math.ceil(timeline.weeks.length / fit));
  return timeline.weeks.filter((_, index) => index % every === 0).map((week) => week.start);
}

/** Light vertical lines at the labelled Mondays, drawn in both charts so they visibly line up. */
function WeekLines(props: {
  timeline: TrainingTimeline;
  plotWidth: number;
  top: number;
  bottom: number;
}) {
  return (
    <>
      {labelledWeeks(props.timeline, props.plotWidth).map((monday) => {
        const { x } = weekSlot(props.timeline.axis, monday, LEFT, props.plotWidth);
        return (
          <line
            key={monday}
            class="j-grid j-week-line"
            x1={x}
            x2={x}
            y1={props.top}
            y2={props.bottom}
          />
        );
      })}
    </>
  );
}

/** Weekly distance bars; the week of today hatched, outlined and labelled as unfinished. */
export function DistanceChart(props: {
  id: string;
  timeline: TrainingTimeline;
  unit: DistanceUnit;
  width: number;
  box?: Box;
}): JSX.Element {
  const { id, timeline, unit, width } = props;
  const KM = props.box ?? FULL.km;
  const plotW = width - LEFT - RIGHT;
  const plotH = KM.height - KM.top - KM.bottom;
  const base = KM.top + plotH;
  const max = niceMax(Math.max(0, ...timeline.weeks.map((week) => fromKm(week.distanceKm, unit))));
  const y = (value: number) => base - (value / max) * plotH;
  const abbreviation = UNIT_ABBREVIATIONS[unit];
  return (
    <figure class="j-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>Distance per week</h3>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${KM.height}`}
        width={width}
        height={KM.height}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-summary`}
        data-chart="distance"
      >
        <title id={`${id}-svg-title`}>
          Distance per week in {abbreviation}, last {timeline.weeks.length} weeks
        </title>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line class="j-hatch" x1="0" y1="0" x2="0" y2="5" />
          </pattern>
        </defs>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              class="j-grid"
              x1={LEFT}
              x2={width - RIGHT}
              y1={y(max * share)}
              y2={y(max * share)}
            />
            <text class="j-axis" x={LEFT - 4} y={y(max * share) + 3} text-anchor="end">
              {Math.round(max * share)}
            </text>
          </g>
        ))}
        <WeekLines timeline={timeline} plotWidth={plotW} top={KM.top} bottom={base} />
        {timeline.weeks.map((week) => {
          const slot = weekSlot(timeline.axis, week.start, LEFT, plotW);
          const top = y(fromKm(week.distanceKm, unit));
          const bar = (
            <rect
              class={week.unfinished ? 'j-km-bar j-km-bar-so-far' : 'j-km-bar'}
              x={slot.x + slot.width * BAR_INSET}
              y={top}
              width={slot.width * (1 - 2 * BAR_INSET)}
              height={base - top}
              // Inline, so the hatch wins over the bars' fill colour in the style sheet.
              style={week.unfinished ? { fill: `url(#${id}-hatch)` } : undefined}
            />
          );
          if (!week.unfinished) {
            return (
              <g key={week.start} data-week={week.start}>
                {bar}
              </g>
            );
          }
          // The unfinished week: a dashed frame over its whole slot (visible even at 0), the
          // hatched bar so far inside it, and the label in the strip above the plot.
          return (
            <g key={week.start} data-week={week.start} data-unfinished="true">
              <rect
                class="j-week-so-far"
                x={slot.x + slot.width * (BAR_INSET / 2)}
                y={KM.top}
                width={slot.width * (1 - BAR_INSET)}
                height={plotH}
              />
              {bar}
              <text
                class="j-axis j-so-far-label"
                x={slot.x + slot.width}
                y={KM.top - 6}
                text-anchor="end"
              >
                this week so far
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="j-legend" aria-hidden="true">
        <li>
          <span class="j-swatch j-swatch-km" />
          {abbreviation} per week
        </li>
        <li>
          <span class="j-swatch j-swatch-so-far" />
          this week so far, unfinished
        </li>
      </ul>
      <p class="j-summary" id={`${id}-summary`}>
        {distanceSummary(timeline, unit)}
      </p>
    </figure>
  );
}

/** A dot per run for its worst pain (0–10), on the distance chart's time axis. */
export function PainChart(props: {
  id: string;
  timeline: TrainingTimeline;
  width: number;
  box?: Box;
}): JSX.Element {
  const { id, timeline, width } = props;
  const PAIN = props.box ?? FULL.pain;
  const plotW = width - LEFT - RIGHT;
  const plotH = PAIN.height - PAIN.top - PAIN.bottom;
  const base = PAIN.top + plotH;
  const y = (pain: number) => base - (pain / 10) * plotH;
  const points = timeline.pains.map((point) => ({
    ...point,
    x: dayPosition(timeline.axis, point.date, LEFT, plotW),
    y: y(point.pain),
  }));
  return (
    <figure class="j-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>Worst pain per run</h3>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${PAIN.height}`}
        width={width}
        height={PAIN.height}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-summary`}
        data-chart="pain"
      >
        <title id={`${id}-svg-title`}>
          Worst pain of each run, 0 to 10, last {timeline.weeks.length} weeks
        </title>
        {[0, 5, 10].map((pain) => (
          <g key={pain}>
            <line class="j-grid" x1={LEFT} x2={width - RIGHT} y1={y(pain)} y2={y(pain)} />
            <text class="j-axis" x={LEFT - 4} y={y(pain) + 3} text-anchor="end">
              {pain}
            </text>
          </g>
        ))}
        <WeekLines timeline={timeline} plotWidth={plotW} top={PAIN.top} bottom={base} />
        {labelledWeeks(timeline, plotW).map((monday) => (
          <text
            key={monday}
            class="j-axis"
            x={weekSlot(timeline.axis, monday, LEFT, plotW).x}
            y={PAIN.height - 6}
          >
            {shortDate(monday)}
          </text>
        ))}
        {points.length > 1 && (
          <polyline class="j-pain-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((point) => (
          <circle
            key={point.runId}
            class="j-pain-dot"
            cx={point.x}
            cy={point.y}
            r={3}
            data-date={point.date}
          />
        ))}
      </svg>
      <ul class="j-legend" aria-hidden="true">
        <li>
          <span class="j-swatch j-swatch-pain" />
          worst pain of a run, 0–10 (runs without a score are not drawn)
        </li>
      </ul>
      <p class="j-summary" id={`${id}-summary`}>
        {painSummary(timeline)}
      </p>
    </figure>
  );
}

/** Both time charts, distance above pain, for one timeline. */
export function TrainingCharts(props: {
  id: string;
  timeline: TrainingTimeline;
  unit?: DistanceUnit;
  /** Shorter plots for the printed one-page summary. */
  compact?: boolean;
}): JSX.Element {
  const [width, ref] = useWidth();
  const boxes = props.compact ? COMPACT : FULL;
  return (
    <div class="j-timeline" data-weeks={props.timeline.weeks.length} ref={ref}>
      <DistanceChart
        id={`${props.id}-distance`}
        timeline={props.timeline}
        unit={props.unit ?? 'km'}
        width={width}
        box={boxes.km}
      />
      <PainChart id={`${props.id}-pain`} timeline={props.timeline} width={width} box={boxes.pain} />
    </div>
  );
}
