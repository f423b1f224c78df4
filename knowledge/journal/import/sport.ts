/**
 * Which activities are runs. Files name sports in their own vocabularies (FIT's enum, TCX's
 * `Sport` attribute, GPX's free-text `<type>`, Strava's activity types); each maps here to a run
 * (with a surface where the name implies one) or to a cross-training day with a readable label.
 * A plain "Run" has no surface: the file does not say road, so the journal does not either.
 */
import type { SurfaceId } from '../types';
import type { ActivityKind } from './activity';

/** A sport as the journal understands it. */
export interface SportReading {
  kind: ActivityKind;
  label: string;
  /** Null when the name implies none. */
  surface: SurfaceId | null;
}

const run = (label: string, surface: SurfaceId | null = null): SportReading => ({
  kind: 'run',
  label,
  surface,
});
const other = (label: string): SportReading => ({ kind: 'cross-training', label, surface: null });

/** "trailRunning", "trail_running", "Trail Run" → "trail running". */
function words(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sub-sports and words that place a run on a surface. */
function surfaceOf(name: string): SurfaceId | null {
  if (/treadmill|indoor|virtual/.test(name)) return 'treadmill';
  if (/\btrack\b/.test(name)) return 'track';
  if (/trail|mountain|ultra|fell|cross country|obstacle/.test(name)) return 'trail';
  return null;
}

/**
 * A FIT session's sport and sub-sport (as the FIT SDK names them: "running", "trail"). Transition
 * legs of a multisport file are neither: `null`.
 */
export function fitSport(sport: unknown, subSport: unknown): SportReading | null {
  const main = typeof sport === 'string' ? words(sport) : '';
  const sub = typeof subSport === 'string' ? words(subSport) : '';
  if (main === 'transition') return null;
  if (main === 'running') {
    const surface = surfaceOf(sub);
    return run(surface === null ? 'Run' : `${capitalised(sub)} run`, surface);
  }
  if (main === '' || main === 'generic') return other('Activity of an unnamed sport');
  return other(capitalised(main));
}

/** TCX's `Sport` attribute: Running, Biking or Other. */
export function tcxSport(sport: string | undefined): SportReading {
  if (sport === 'Running') return run('Run');
  if (sport === 'Biking') return other('Cycling');
  return other('Activity of an unnamed sport');
}

/**
 * Strava's activity type names ("Run", "Trail Run", "Virtual Run", "Ride"), and the free text of
 * a GPX `<type>` (Garmin writes "running" or "trail_running"; Strava writes "running", "cycling"
 * or, in older files, a number where 9 is a run).
 */
export function namedSport(name: string): SportReading {
  const text = words(name);
  if (text === '9') return run('Run');
  if (/^\d+$/.test(text)) return other('Activity of an unnamed sport');
  if (/\b(run|running|jog|jogging)\b/.test(text) && !/wheelchair/.test(text)) {
    const surface = surfaceOf(text);
    return run(surface === null ? 'Run' : capitalised(text.replace(/running/, 'run')), surface);
  }
  if (/ride|cycl|bik/.test(text)) return other('Cycling');
  return other(capitalised(text) || 'Activity of an unnamed sport');
}
