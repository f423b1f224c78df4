/**
 * Distance and climbing from recorded points, for files that carry points but no totals (GPX,
 * and TCX laps without a distance).
 */

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two points (haversine, mean Earth radius). */
export function metresBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Climbing is counted in steps of at least this many metres, so that the jitter of a GPS or
 * barometric altimeter (a metre or two up and down on flat ground) does not add up to a hill.
 */
export const CLIMB_STEP_M = 3;

/** Adds up climbing from altitudes in order, ignoring jitter smaller than `CLIMB_STEP_M`. */
export class ClimbCounter {
  #low: number | null = null;
  #gain = 0;
  #seen = false;

  add(altitude: number): void {
    if (!Number.isFinite(altitude)) return;
    this.#seen = true;
    if (this.#low === null || altitude < this.#low) this.#low = altitude;
    else if (altitude - this.#low >= CLIMB_STEP_M) {
      this.#gain += altitude - this.#low;
      this.#low = altitude;
    }
  }

  /** Metres climbed, or null when no altitude was given. */
  get gainM(): number | null {
    return this.#seen ? Math.round(this.#gain) : null;
  }
}
