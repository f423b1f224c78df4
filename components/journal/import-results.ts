/**
 * The words of an import's results, from the plan: a one-line summary for the status region and
 * grouped rows, problems first. Pure, so the wording is tested without rendering.
 */
import { formatDay } from '../../knowledge/date-format';
import type { ActivitySummary } from '../../knowledge/journal/import/activity';
import type { ImportRow } from '../../knowledge/journal/import/plan';
import { type DistanceUnit, formatDistance } from '../../knowledge/journal/units';

/** A group of result rows, in the order the panel shows them. */
export interface ResultGroup {
  id: 'failed' | 'not-added' | 'added' | 'duplicate' | 'cross-training' | 'skipped';
  heading: string;
  lines: string[];
  /** Problems are shown open; the rest start folded when long. */
  problem: boolean;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "Mon, 12 May 2025" in the reader's locale. */
export function longDate(date: string): string {
  return formatDay(date, { weekday: true });
}

/** "Trail run, 10.01 km on Mon 12 May 2025". */
export function activityLine(activity: ActivitySummary, unit: DistanceUnit): string {
  const distance =
    activity.distanceKm === null ? '' : `, ${formatDistance(activity.distanceKm, unit)}`;
  return `${activity.sportLabel}${distance} on ${longDate(activity.date)}`;
}

/** The rows grouped, problems first; empty groups left out. */
export function resultGroups(
  rows: readonly ImportRow[],
  skipped: readonly string[],
  unit: DistanceUnit,
): ResultGroup[] {
  const lines = (status: ImportRow['status']) =>
    rows
      .filter((row) => row.status === status)
      .map((row) => {
        if (row.status === 'failed') return `${row.file}: ${row.reason}`;
        const what = activityLine(row.activity, unit);
        const from = ` (${row.file})`;
        if (row.status === 'not-added') return `${what}${from}: ${row.reason}`;
        const note = row.status === 'added' && row.activity.note ? ` ${row.activity.note}` : '';
        return `${what}${from}${note}`;
      });
  const groups: ResultGroup[] = [
    {
      id: 'failed',
      heading: 'Files that could not be read (nothing from them was added)',
      lines: lines('failed'),
      problem: true,
    },
    { id: 'not-added', heading: 'Not added', lines: lines('not-added'), problem: true },
    { id: 'added', heading: 'Runs added', lines: lines('added'), problem: false },
    {
      id: 'duplicate',
      heading: 'Already in your journal (not added again)',
      lines: lines('duplicate'),
      problem: false,
    },
    {
      id: 'cross-training',
      heading: 'Saved as cross-training days: other sports, not runs',
      lines: lines('cross-training'),
      problem: false,
    },
    {
      id: 'skipped',
      heading: 'Other files in the zip, not activities (skipped)',
      lines: [...skipped],
      problem: false,
    },
  ];
  return groups.filter((group) => group.lines.length > 0);
}

/** "Added 3 runs. 1 was already in your journal. 1 file could not be read." */
export function resultSummary(rows: readonly ImportRow[], added: number): string {
  const count = (status: ImportRow['status']) => rows.filter((row) => row.status === status).length;
  const parts = [added === 0 ? 'No new runs were added.' : `Added ${plural(added, 'run')}.`];
  const duplicates = count('duplicate');
  if (duplicates > 0) {
    parts.push(
      `${plural(duplicates, 'run')} ${duplicates === 1 ? 'was' : 'were'} already in your journal.`,
    );
  }
  const other = count('cross-training');
  if (other > 0) {
    parts.push(
      `${plural(other, 'other activity', 'other activities')} (not running) saved as ${other === 1 ? 'a cross-training day' : 'cross-training days'}.`,
    );
  }
  const notAdded = count('not-added');
  if (notAdded > 0) {
    parts.push(`${plural(notAdded, 'activity', 'activities')} could not be added.`);
  }
  const failed = count('failed');
  if (failed > 0) parts.push(`${plural(failed, 'file')} could not be read.`);
  if (added > 0) parts.push('Add how your hip felt with “Add pain” on each run.');
  return parts.join(' ');
}
