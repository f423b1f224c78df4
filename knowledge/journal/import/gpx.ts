/**
 * GPX (GPS Exchange Format 1.1, topografix.com/GPX/1/1): each `<trk>` with timed points is one
 * activity. Distance is measured along the points of each segment (a gap between segments, such
 * as a paused watch, adds nothing); the time is from the first point to the last; the sport is
 * the track's `<type>`, when there is one.
 */
import {
  ActivityFileProblem,
  type ActivitySummary,
  activitySummary,
  type LocalDateOf,
  runtimeLocalDate,
} from './activity';
import { namedSport } from './sport';
import { ClimbCounter, metresBetween } from './track';
import { scanXml } from './xml-scan';

interface TrackState {
  type: string | null;
  points: number;
  timedPoints: number;
  firstTime: number | null;
  lastTime: number | null;
  metres: number;
  climb: ClimbCounter;
  previous: { lat: number; lon: number } | null;
}

function newTrack(): TrackState {
  return {
    type: null,
    points: 0,
    timedPoints: 0,
    firstTime: null,
    lastTime: null,
    metres: 0,
    climb: new ClimbCounter(),
    previous: null,
  };
}

/** Reads a GPX document's text into its activities. Throws `ActivityFileProblem`. */
export function readGpx(
  xml: string,
  localDateOf: LocalDateOf = runtimeLocalDate,
): ActivitySummary[] {
  const tracks: TrackState[] = [];
  let track: TrackState | null = null;
  let point: { lat: number; lon: number } | null = null;
  let routePoints = 0;

  scanXml(xml, {
    root: { name: 'gpx', otherwise: 'is not a GPX file.' },
    open(name, attributes) {
      if (name === 'trk') track = newTrack();
      else if (name === 'trkseg' && track) track.previous = null;
      else if (name === 'trkpt' && track) {
        const lat = Number(attributes.lat);
        const lon = Number(attributes.lon);
        point = Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
        if (point) {
          track.points++;
          if (track.previous) {
            track.metres += metresBetween(track.previous.lat, track.previous.lon, lat, lon);
          }
          track.previous = point;
        }
      } else if (name === 'rtept') routePoints++;
    },
    close(name) {
      if (name === 'trk' && track) {
        tracks.push(track);
        track = null;
      } else if (name === 'trkpt') point = null;
    },
    text(value, path) {
      const parent = path.at(-1);
      if (!track) return;
      if (parent === 'type' && path.at(-2) === 'trk') track.type = value;
      else if (point && parent === 'ele') track.climb.add(Number(value));
      else if (point && parent === 'time') {
        const ms = Date.parse(value);
        if (!Number.isFinite(ms)) return;
        track.timedPoints++;
        track.firstTime ??= ms;
        track.lastTime = ms;
      }
    },
  });

  const withPoints = tracks.filter((candidate) => candidate.points > 0);
  if (withPoints.length === 0) {
    throw new ActivityFileProblem(
      routePoints > 0
        ? 'is a planned route, not a recorded activity: it has no track points.'
        : 'has no track points, so there is no activity in it.',
    );
  }
  const timed = withPoints.filter((candidate) => candidate.firstTime !== null);
  if (timed.length === 0) {
    throw new ActivityFileProblem(
      'has track points without times, so the day of the activity is not known.',
    );
  }
  return timed.map((candidate) => {
    const sport = candidate.type === null ? null : namedSport(candidate.type);
    const startedAt = candidate.firstTime ?? 0;
    const seconds = ((candidate.lastTime ?? startedAt) - startedAt) / 1000;
    const summary = activitySummary({
      sport: sport ?? { kind: 'run', label: 'Run', surface: null },
      startedAt,
      date: localDateOf(startedAt),
      metres: candidate.points > 1 ? candidate.metres : null,
      seconds: seconds > 0 ? seconds : null,
      elevationGainM: candidate.climb.gainM,
      source: 'gpx',
    });
    if (!sport)
      summary.note = 'The file does not say which sport it was, so it was taken as a run.';
    return summary;
  });
}
