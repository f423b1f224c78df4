/**
 * Miles or kilometres. The journal stores kilometres only (backups, CSV and the rules' thresholds
 * stay unambiguous); these functions convert at the edges, where a runner reads or types a
 * distance. Pure: no locale lookups of its own (the caller passes the browser's language).
 */

/** The units a runner can choose. Stored in settings: never rename one. */
export const DISTANCE_UNITS = ['km', 'mi'] as const;
/** One unit. */
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

/** The international mile, exactly (NIST). */
export const KM_PER_MILE = 1.609344;

/** Short labels: "km", "mi". */
export const UNIT_ABBREVIATIONS: Readonly<Record<DistanceUnit, string>> = { km: 'km', mi: 'mi' };
/** Words for choices and headings. */
export const UNIT_NAMES: Readonly<Record<DistanceUnit, string>> = {
  km: 'kilometres',
  mi: 'miles',
};

/**
 * The unit a runner most likely uses, from the browser's language: runners in the United States
 * and the United Kingdom count in miles; everyone else in kilometres.
 */
export function defaultUnitForLocale(locale: string | undefined): DistanceUnit {
  return /^en-(US|GB)\b/i.test(locale ?? '') ? 'mi' : 'km';
}

/** A distance typed in `unit`, as kilometres (to the metre, which keeps two decimals of either). */
export function toKm(value: number, unit: DistanceUnit): number {
  const km = unit === 'mi' ? value * KM_PER_MILE : value;
  return Math.round(km * 1000) / 1000;
}

/** Kilometres shown in `unit` (unrounded). */
export function fromKm(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

/** A distance in `unit`, rounded to `decimals`, as a number (for charts and sums). */
export function distanceIn(km: number, unit: DistanceUnit, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(fromKm(km, unit) * factor) / factor;
}

/** "5.2 km", "3.23 mi": up to `decimals` decimals, without trailing zeros. */
export function formatDistance(km: number, unit: DistanceUnit, decimals = 2): string {
  return `${distanceIn(km, unit, decimals)} ${UNIT_ABBREVIATIONS[unit]}`;
}

/** Feet in a metre (the international foot is 0.3048 m exactly). */
const FEET_PER_METRE = 1 / 0.3048;

/** Climbing as runners who count in each unit say it: metres with km, feet with miles. */
export function formatClimb(metres: number, unit: DistanceUnit): string {
  return unit === 'mi'
    ? `${Math.round(metres * FEET_PER_METRE).toLocaleString('en-GB')} ft climbed`
    : `${Math.round(metres).toLocaleString('en-GB')} m climbed`;
}
