/** How the sidebar writes the time of a saved check: "3 May 2025, 14:02", in the reader's locale. */

const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The date and time of `at` (ms since the epoch), for people. */
export function formatCheckTime(at: number): string {
  return FORMAT.format(new Date(at));
}

/** The same moment for `<time datetime>`. */
export function machineTime(at: number): string {
  return new Date(at).toISOString();
}
