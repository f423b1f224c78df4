/** How the sidebar writes the time of a saved check: "3 May 2025, 14:02", in the reader's locale. */

const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Whether `at` is a time a `Date` can hold. A check imported by an older version without the
 * backup's date check may hold one that is not (1e300), which made formatting throw.
 */
function isTime(at: number): boolean {
  return Number.isFinite(new Date(at).getTime());
}

/** The date and time of `at` (ms since the epoch), for people. */
export function formatCheckTime(at: number): string {
  return isTime(at) ? FORMAT.format(new Date(at)) : 'an unknown date';
}

/** The same moment for `<time datetime>`; empty when `at` is not a time. */
export function machineTime(at: number): string {
  return isTime(at) ? new Date(at).toISOString() : '';
}
