/**
 * The charts in words: one short paragraph per chart, shown under it and read by screen readers
 * in place of the drawing. Pure functions of the same numbers the charts draw.
 */
import { formatShortDay as shortDate } from '../../knowledge/date-format';
import type { ShoeTotal, SurfacePain, WeekTotal } from '../../knowledge/journal/stats';
import { byDate, peakPain, recorded, roundKm } from '../../knowledge/journal/stats';
import { type JournalRun, SURFACE_LABELS } from '../../knowledge/journal/types';
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

/** Pain over time against weekly distance, for the weeks shown. */
export function painLoadSummary(
  runs: readonly JournalRun[],
  weeks: readonly WeekTotal[],
  unit: DistanceUnit = 'km',
): string {
  const first = weeks[0];
  const inRange = byDate(runs.filter((run) => first && run.date >= first.start));
  if (!first || inRange.length === 0) {
    return `No runs logged in the last ${plural(weeks.length, 'week')}.`;
  }
  const total = roundKm(weeks.reduce((sum, week) => sum + week.distanceKm, 0));
  const busiest = weeks.reduce((best, week) => (week.distanceKm > best.distanceKm ? week : best));
  // Runs without a pain score say nothing about pain: they are left out, never read as 0.
  const pains = recorded(inRange.map(peakPain));
  const latest = inRange[inRange.length - 1] as JournalRun;
  const latestPain = peakPain(latest);
  const recent = pains.slice(-4);
  const trend =
    recent.length < 2
      ? ''
      : (recent[recent.length - 1] ?? 0) > (recent[0] ?? 0)
        ? ` Pain has risen over the last ${recent.length} runs.`
        : (recent[recent.length - 1] ?? 0) < (recent[0] ?? 0)
          ? ` Pain has eased over the last ${recent.length} runs.`
          : ` Pain has held steady over the last ${recent.length} runs.`;
  return (
    `In the last ${plural(weeks.length, 'week')} you ran ${formatDistance(total, unit, 1)} in ${plural(inRange.length, 'run')}; ` +
    `the most was ${formatDistance(busiest.distanceKm, unit, 1)} in the week of ${shortDate(busiest.start)}. ` +
    (pains.length === 0
      ? 'No pain scores recorded for these runs.'
      : `${painRange(pains)}; ` +
        `on your latest run (${shortDate(latest.date)}) it was ` +
        `${latestPain === null ? 'not recorded' : latestPain}.${trend}`)
  );
}

/**
 * Mean pain by surface. Surfaces with the same average are named together, so the summary never
 * calls one surface highest and another lowest at the same figure.
 */
export function surfaceSummary(surfaces: readonly SurfacePain[]): string {
  if (surfaces.length === 0) return 'No runs logged yet.';
  const describe = (item: SurfacePain) =>
    `${SURFACE_LABELS[item.surface].toLowerCase()} (average ${item.meanPain} out of 10 over ${plural(item.runs, 'run')})`;
  const listed = (items: readonly SurfacePain[]) => joinWithAnd(items.map(describe));
  if (surfaces.length === 1) return `All your runs were on ${listed(surfaces)}.`;
  const top = Math.max(...surfaces.map((item) => item.meanPain));
  const bottom = Math.min(...surfaces.map((item) => item.meanPain));
  if (top === bottom) return `Pain was about the same on each surface: ${listed(surfaces)}.`;
  const highestOn = surfaces.filter((item) => item.meanPain === top);
  const lowestOn = surfaces.filter((item) => item.meanPain === bottom);
  return `Pain was highest on ${listed(highestOn)} and lowest on ${listed(lowestOn)}.`;
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Mean pain and distance by pair of shoes. */
export function shoeSummary(totals: readonly ShoeTotal[], unit: DistanceUnit = 'km'): string {
  if (totals.length === 0) return 'No shoes added yet. Add a pair when you log a run.';
  return totals
    .map(
      (total) =>
        `${total.shoe.name}: ${formatDistance(total.totalKm, unit, 1)}` +
        (total.meanPain !== null
          ? `, average pain ${total.meanPain} out of 10 over ${plural(total.painRuns, 'run')}.`
          : total.runs > 0
            ? ', no pain scores recorded in them yet.'
            : ', no runs logged in them yet.'),
    )
    .join(' ');
}
