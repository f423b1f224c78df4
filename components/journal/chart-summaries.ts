/**
 * The charts in words: one short paragraph per chart, shown under it and read by screen readers
 * in place of the drawing. Pure functions of the same numbers the charts draw.
 */
import { formatShortDay as shortDate } from '../../knowledge/date-format';
import type { ShoeTotal, SurfacePain } from '../../knowledge/journal/stats';
import { MIN_RUNS_TO_COMPARE, roundKm } from '../../knowledge/journal/stats';
import type {
  ChartWeek,
  PainPoint,
  TrainingTimeline,
} from '../../knowledge/journal/training-timeline';
import { SURFACE_LABELS } from '../../knowledge/journal/types';
import { type DistanceUnit, formatDistance } from '../../knowledge/journal/units';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "Worst pain per run ranged from 2 to 6 out of 10", never "from 2 to 2". */
function painRange(pains: readonly number[]): string {
  const low = Math.min(...pains);
  const high = Math.max(...pains);
  if (pains.length === 1) return `Worst pain was ${high} out of 10`;
  if (low === high) return `Worst pain was ${high} out of 10 on each run`;
  return `Worst pain per run ranged from ${low} to ${high} out of 10`;
}

/** "over the last 12 weeks (from 8 Sep)": the span both time charts share. */
function spanWords(timeline: TrainingTimeline): string {
  const first = timeline.weeks[0];
  return `the last ${plural(timeline.weeks.length, 'week')}${first ? ` (from ${shortDate(first.start)})` : ''}`;
}

/**
 * The distance chart in words: the total, the busiest full week, and the week of today as "so
 * far" (it is drawn hatched, so it is never called the busiest or the quietest week).
 */
export function distanceSummary(timeline: TrainingTimeline, unit: DistanceUnit = 'km'): string {
  const { weeks, runs } = timeline;
  if (runs.length === 0) return `No runs logged in ${spanWords(timeline)}.`;
  const total = roundKm(weeks.reduce((sum, week) => sum + week.distanceKm, 0));
  const full = weeks.filter((week) => !week.unfinished);
  const busiest = full.reduce<ChartWeek | null>(
    (best, week) => (best === null || week.distanceKm > best.distanceKm ? week : best),
    null,
  );
  const current = weeks.find((week) => week.unfinished);
  const parts = [
    `Over ${spanWords(timeline)} you ran ${formatDistance(total, unit, 1)} in ${plural(runs.length, 'run')}.`,
    busiest === null || busiest.distanceKm === 0
      ? 'No runs in the full weeks shown.'
      : `The most in a full week was ${formatDistance(busiest.distanceKm, unit, 1)}, in the week of ${shortDate(busiest.start)}.`,
  ];
  if (current) {
    parts.push(
      `This week so far (${current.daysSoFar} of 7 days): ${formatDistance(current.distanceKm, unit, 1)} in ${plural(current.runs, 'run')}.`,
    );
  }
  return parts.join(' ');
}

/** The pain chart in words: the range, the latest score, the trend, and what is not drawn. */
export function painSummary(timeline: TrainingTimeline): string {
  const { runs, pains, unscored } = timeline;
  if (runs.length === 0) return `No runs logged in ${spanWords(timeline)}.`;
  if (pains.length === 0) {
    return `No pain scores recorded yet for the ${plural(runs.length, 'run')} in ${spanWords(timeline)}.`;
  }
  // Runs without a pain score say nothing about pain: they are not drawn, never read as 0.
  const scores = pains.map((point) => point.pain);
  const latest = pains[pains.length - 1] as PainPoint;
  const recent = scores.slice(-4);
  const trend =
    recent.length < 2
      ? ''
      : (recent[recent.length - 1] ?? 0) > (recent[0] ?? 0)
        ? ` Pain has risen over the last ${recent.length} runs with a score.`
        : (recent[recent.length - 1] ?? 0) < (recent[0] ?? 0)
          ? ` Pain has eased over the last ${recent.length} runs with a score.`
          : ` Pain has held steady over the last ${recent.length} runs with a score.`;
  const blanks =
    unscored === 0
      ? ''
      : ` ${unscored === 1 ? '1 run has' : `${unscored} runs have`} no pain score and ${unscored === 1 ? 'is' : 'are'} not drawn.`;
  return (
    `Over ${spanWords(timeline)}, ${lowerFirst(painRange(scores))}; ` +
    `on your latest run with a score (${shortDate(latest.date)}) it was ${latest.pain}.${trend}${blanks}`
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "3 runs on road or concrete". */
function surfaceCount(item: SurfacePain): string {
  return `${plural(item.runs, 'run')} on ${SURFACE_LABELS[item.surface].toLowerCase()}`;
}

/** Whether a surface or a pair has enough scored runs for its pain to be compared. */
export function enoughToCompare(runsWithPain: number): boolean {
  return runsWithPain >= MIN_RUNS_TO_COMPARE;
}

/**
 * Mean pain by surface, compared only between surfaces with at least 10 runs with a pain score
 * (`MIN_RUNS_TO_COMPARE`); below that the summary says there are too few runs yet. Surfaces with
 * the same average are named together, so it never calls one surface highest and another lowest
 * at the same figure.
 */
export function surfaceSummary(surfaces: readonly SurfacePain[]): string {
  // Only runs with both a surface and a pain score count: a run whose surface was not said is
  // on none of them, so "all your runs" is said of runs with a surface.
  if (surfaces.length === 0) {
    return 'No run has both a surface and a pain score yet, so nothing to compare.';
  }
  const describe = (item: SurfacePain) =>
    `${SURFACE_LABELS[item.surface].toLowerCase()} (average ${item.meanPain} out of 10 over ${plural(item.runs, 'run')})`;
  const listed = (items: readonly SurfacePain[]) => joinWithAnd(items.map(describe));
  const enough = surfaces.filter((item) => enoughToCompare(item.runs));
  const few = surfaces.filter((item) => !enoughToCompare(item.runs));
  const waitFor = `the journal compares a surface once it has ${MIN_RUNS_TO_COMPARE} runs with a pain score`;
  if (surfaces.length === 1) {
    const [only] = surfaces as [SurfacePain];
    return enoughToCompare(only.runs)
      ? `All your runs with a surface and a pain score were on ${listed(surfaces)}.`
      : `${only.runs === 1 ? 'Your one run' : `All your ${only.runs} runs`} with a surface and a pain score so far ${only.runs === 1 ? 'was' : 'were'} on ${SURFACE_LABELS[only.surface].toLowerCase()}: too few runs yet to say anything about surfaces.`;
  }
  if (enough.length < 2) {
    // The one surface with enough runs keeps its average, as its bar shows it.
    const soFar = surfaces.map((item) =>
      enoughToCompare(item.runs) ? describe(item) : surfaceCount(item),
    );
    return `Too few runs yet to compare surfaces: ${waitFor}. So far: ${joinWithAnd(soFar)}.`;
  }
  const fewNote =
    few.length === 0
      ? ''
      : ` Too few runs yet to compare ${joinWithAnd(few.map(surfaceCount))} (${waitFor}).`;
  const top = Math.max(...enough.map((item) => item.meanPain));
  const bottom = Math.min(...enough.map((item) => item.meanPain));
  // Averages less than a point apart on the 0–10 scale are not called higher and lower: a
  // runner scores in whole points, so such a gap is within one score's difference.
  if (top - bottom < 1) {
    return `Pain was about the same on each surface: ${listed(enough)}.${fewNote}`;
  }
  const highestOn = enough.filter((item) => item.meanPain === top);
  const lowestOn = enough.filter((item) => item.meanPain === bottom);
  return `Pain was highest on ${listed(highestOn)} and lowest on ${listed(lowestOn)}.${fewNote}`;
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Distance by pair of shoes, with a pair's mean pain only once it has at least 10 runs with a
 * pain score (`MIN_RUNS_TO_COMPARE`); before that it says there are too few runs yet.
 */
export function shoeSummary(totals: readonly ShoeTotal[], unit: DistanceUnit = 'km'): string {
  if (totals.length === 0) return 'No shoes added yet. Add a pair when you log a run.';
  return totals
    .map(
      (total) =>
        `${total.shoe.name}: ${formatDistance(total.totalKm, unit, 1)}` +
        (total.meanPain !== null && enoughToCompare(total.painRuns)
          ? `, average pain ${total.meanPain} out of 10 over ${plural(total.painRuns, 'run')}.`
          : total.painRuns > 0
            ? `, ${plural(total.painRuns, 'run')} with a pain score: too few yet to say anything about pain in them.`
            : total.runs > 0
              ? ', no pain scores recorded in them yet.'
              : ', no runs logged in them yet.'),
    )
    .join(' ');
}
