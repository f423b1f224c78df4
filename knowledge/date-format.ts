/**
 * The one way the guide writes dates and times: in the reader's locale ("12 May 2025" in the UK,
 * "May 12, 2025" in the US), never a fixed English format. Pure: Intl only, no DOM. Journal
 * dates are calendar days ("2025-05-12") and are formatted in UTC, so no time zone moves them.
 */

/** `undefined` is the reader's locale; tests pass one to get a fixed result. */
type Locale = string | undefined;

function dayOf(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** A calendar day in full: "12 May 2025"; with `weekday`, "Mon, 12 May 2025". */
export function formatDay(date: string, options: { weekday?: boolean; locale?: Locale } = {}) {
  return dayOf(date).toLocaleDateString(options.locale, {
    weekday: options.weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A calendar day without its year, for lists and chart labels: "12 May". */
export function formatShortDay(date: string, locale?: Locale): string {
  return dayOf(date).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/**
 * Whether `at` is a time a `Date` can hold. A check imported by an older version without the
 * backup's date check may hold one that is not (1e300), which made formatting throw.
 */
function isTime(at: number): boolean {
  return Number.isFinite(new Date(at).getTime());
}

/** A moment (ms since the epoch) with its time, in the reader's time zone: "12 May 2025, 14:02". */
export function formatMoment(at: number, locale?: Locale): string {
  if (!isTime(at)) return 'an unknown date';
  return new Date(at).toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** The day of a moment, in the reader's time zone: "12 May 2025". */
export function formatMomentDay(at: number, locale?: Locale): string {
  if (!isTime(at)) return 'an unknown date';
  return new Date(at).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** The same moment for `<time datetime>`; empty when `at` is not a time. */
export function machineTime(at: number): string {
  return isTime(at) ? new Date(at).toISOString() : '';
}
