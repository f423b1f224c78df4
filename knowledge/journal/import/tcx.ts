/**
 * TCX (Garmin Training Center XML v2): each `<Activity>` is one activity, including each leg of a
 * `<MultiSportSession>`. Its laps carry the totals (`TotalTimeSeconds`, `DistanceMeters`); where a
 * lap has no distance, the track's cumulative `DistanceMeters` stands in. Its `<Id>` is its start.
 */
import {
  ActivityFileProblem,
  type ActivitySummary,
  activitySummary,
  type LocalDateOf,
  runtimeLocalDate,
} from './activity';
import { tcxSport } from './sport';
import { ClimbCounter } from './track';
import { scanXml } from './xml-scan';

interface ActivityState {
  sport: string | undefined;
  id: number | null;
  firstLapStart: number | null;
  lapSeconds: number;
  lapMetres: number;
  lapsWithDistance: number;
  furthestTrackMetres: number;
  climb: ClimbCounter;
}

/** Reads a TCX document's text into its activities. Throws `ActivityFileProblem`. */
export function readTcx(
  xml: string,
  localDateOf: LocalDateOf = runtimeLocalDate,
): ActivitySummary[] {
  const activities: ActivityState[] = [];
  let activity: ActivityState | null = null;

  scanXml(xml, {
    root: { name: 'TrainingCenterDatabase', otherwise: 'is not a TCX file.' },
    open(name, attributes) {
      if (name === 'Activity') {
        activity = {
          sport: attributes.Sport,
          id: null,
          firstLapStart: null,
          lapSeconds: 0,
          lapMetres: 0,
          lapsWithDistance: 0,
          furthestTrackMetres: 0,
          climb: new ClimbCounter(),
        };
      } else if (name === 'Lap' && activity && activity.firstLapStart === null) {
        const start = Date.parse(attributes.StartTime ?? '');
        if (Number.isFinite(start)) activity.firstLapStart = start;
      }
    },
    close(name) {
      if (name === 'Activity' && activity) {
        activities.push(activity);
        activity = null;
      }
    },
    text(value, path) {
      if (!activity) return;
      const parent = path.at(-1);
      const grandparent = path.at(-2);
      if (parent === 'Id' && grandparent === 'Activity') {
        const ms = Date.parse(value);
        if (Number.isFinite(ms)) activity.id = ms;
      } else if (grandparent === 'Lap' && parent === 'TotalTimeSeconds') {
        activity.lapSeconds += Number(value) || 0;
      } else if (grandparent === 'Lap' && parent === 'DistanceMeters') {
        activity.lapMetres += Number(value) || 0;
        activity.lapsWithDistance++;
      } else if (grandparent === 'Trackpoint' && parent === 'DistanceMeters') {
        activity.furthestTrackMetres = Math.max(activity.furthestTrackMetres, Number(value) || 0);
      } else if (grandparent === 'Trackpoint' && parent === 'AltitudeMeters') {
        activity.climb.add(Number(value));
      }
    },
  });

  if (activities.length === 0) {
    throw new ActivityFileProblem('has no activity in it (it may be a course or a workout plan).');
  }
  const dated = activities.filter(
    (candidate) => (candidate.id ?? candidate.firstLapStart) !== null,
  );
  if (dated.length === 0) {
    throw new ActivityFileProblem(
      'has activities without a start time, so their day is not known.',
    );
  }
  return dated.map((candidate) => {
    const sport = tcxSport(candidate.sport);
    const startedAt = candidate.id ?? candidate.firstLapStart ?? 0;
    const metres =
      candidate.lapsWithDistance > 0 ? candidate.lapMetres : candidate.furthestTrackMetres;
    return activitySummary({
      sport,
      startedAt,
      date: localDateOf(startedAt),
      metres: metres > 0 ? metres : null,
      seconds: candidate.lapSeconds > 0 ? candidate.lapSeconds : null,
      elevationGainM: candidate.climb.gainM,
      source: 'tcx',
    });
  });
}
