/**
 * Activity files made for tests and the benchmark: FIT files written with Garmin's FIT SDK
 * encoder (as a watch would), and small GPX and TCX documents written by hand in the shape
 * Garmin Connect and Strava export them. Each maker says what the file holds, so a test states
 * its expectation next to its input.
 */
import { Encoder, type Mesg } from '@garmin/fitsdk';

/** Global message numbers from the FIT profile (the SDK types them as possibly undefined). */
const MESG = { fileId: 0, session: 18, record: 20, activity: 34 } as const;

/**
 * Writes one message. The SDK's message types spell enums as literal unions; fixtures pass plain
 * names ("running"), which the encoder maps the same way, so the fields go in as a `Mesg`.
 */
function write(encoder: Encoder, mesgNum: number, fields: Record<string, unknown>): void {
  encoder.onMesg(mesgNum, fields as Mesg);
}

/** One leg of a FIT activity. */
export interface FitLeg {
  sport: string;
  subSport?: string;
  startTime: Date;
  /** Metres. */
  distance?: number;
  /** Seconds of moving time. */
  timerTime: number;
  ascent?: number;
}

/**
 * A FIT activity file: file id, a few records per leg, one session per leg, the activity message.
 * `zoneOffsetHours` is the watch's time zone (written as the activity's local timestamp).
 */
export function fitActivity(legs: readonly FitLeg[], zoneOffsetHours = 0, records = 3): Uint8Array {
  const encoder = new Encoder();
  const first = legs[0]?.startTime ?? new Date('2025-05-12T06:30:00Z');
  write(encoder, MESG.fileId, {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    timeCreated: first,
    serialNumber: 1234,
  });
  let end = first;
  for (const leg of legs) {
    end = new Date(leg.startTime.getTime() + leg.timerTime * 1000);
    for (let index = 0; index < records; index++) {
      write(encoder, MESG.record, {
        timestamp: new Date(leg.startTime.getTime() + index * 1000),
        distance: ((leg.distance ?? 0) * index) / Math.max(1, records - 1),
        altitude: 100 + index,
        heartRate: 140,
      });
    }
    write(encoder, MESG.session, {
      timestamp: end,
      startTime: leg.startTime,
      sport: leg.sport,
      subSport: leg.subSport ?? 'generic',
      ...(leg.distance === undefined ? {} : { totalDistance: leg.distance }),
      totalTimerTime: leg.timerTime,
      totalElapsedTime: leg.timerTime + 30,
      ...(leg.ascent === undefined ? {} : { totalAscent: leg.ascent }),
    });
  }
  const fitEpochS = 631_065_600;
  write(encoder, MESG.activity, {
    timestamp: end,
    numSessions: legs.length,
    type: 'manual',
    localTimestamp: Math.round(end.getTime() / 1000) - fitEpochS + zoneOffsetHours * 3600,
  });
  return encoder.close();
}

/** A single run as a FIT file. */
export function fitRun(
  startIso: string,
  metres: number,
  seconds: number,
  ascent?: number,
): Uint8Array {
  return fitActivity([
    {
      sport: 'running',
      startTime: new Date(startIso),
      distance: metres,
      timerTime: seconds,
      ascent,
    },
  ]);
}

/** A FIT file whose checksum no longer matches (one byte changed in the middle). */
export function damagedFit(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const middle = Math.floor(copy.length / 2);
  copy[middle] = (copy[middle] ?? 0) ^ 0xff;
  return copy;
}

/** A FIT file cut short (its last 40 bytes missing). */
export function cutShortFit(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, bytes.length - 40);
}

/** A point for GPX and TCX makers. */
export interface TrackPoint {
  lat: number;
  lon: number;
  ele?: number;
  time?: string;
}

/** Points going north from (51.5, −0.1), `metresApart` apart, one every `secondsApart`. */
export function pointsNorth(
  count: number,
  metresApart: number,
  startIso: string,
  secondsApart = 10,
): TrackPoint[] {
  const degreesPerMetre = 1 / 111_195;
  const start = Date.parse(startIso);
  return Array.from({ length: count }, (_, index) => ({
    lat: 51.5 + index * metresApart * degreesPerMetre,
    lon: -0.1,
    ele: 20 + (index % 10 === 9 ? 5 : 0),
    time: new Date(start + index * secondsApart * 1000).toISOString().replace('.000', ''),
  }));
}

/** A GPX 1.1 file with one track (Strava and Garmin Connect write this shape). */
export function gpxTrack(points: readonly TrackPoint[], type?: string): string {
  const trkpts = points
    .map(
      (point) =>
        `      <trkpt lat="${point.lat}" lon="${point.lon}">` +
        (point.ele === undefined ? '' : `<ele>${point.ele}</ele>`) +
        (point.time === undefined ? '' : `<time>${point.time}</time>`) +
        '<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>' +
        '</trkpt>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><time>${points[0]?.time ?? ''}</time></metadata>
  <trk>
    <name>Morning Run &amp; coffee</name>
    ${type === undefined ? '' : `<type>${type}</type>`}
    <trkseg>
${trkpts}
    </trkseg>
  </trk>
</gpx>
`;
}

/** One TCX activity (Garmin Training Center v2): one lap with totals, and its track. */
export interface TcxActivity {
  sport: 'Running' | 'Biking' | 'Other';
  startIso: string;
  metres: number;
  seconds: number;
  altitudes?: readonly number[];
}

function tcxActivityXml(activity: TcxActivity): string {
  const trackpoints = (activity.altitudes ?? [])
    .map(
      (altitude, index) =>
        `<Trackpoint><Time>${new Date(Date.parse(activity.startIso) + index * 1000).toISOString()}</Time><AltitudeMeters>${altitude}</AltitudeMeters></Trackpoint>`,
    )
    .join('');
  return `<Activity Sport="${activity.sport}">
      <Id>${activity.startIso}</Id>
      <Lap StartTime="${activity.startIso}">
        <TotalTimeSeconds>${activity.seconds}</TotalTimeSeconds>
        <DistanceMeters>${activity.metres}</DistanceMeters>
        <Calories>300</Calories>
        <Track>${trackpoints}</Track>
      </Lap>
      <Creator xsi:type="Device_t"><Name>Forerunner</Name></Creator>
    </Activity>`;
}

/** A TCX file with the given activities. `multisport` wraps them as one multisport session. */
export function tcxFile(activities: readonly TcxActivity[], multisport = false): string {
  const body = multisport
    ? `<MultiSportSession><Id>${activities[0]?.startIso}</Id>${activities
        .map(
          (activity, index) =>
            `<${index === 0 ? 'FirstSport' : 'NextSport'}>${tcxActivityXml(activity)}</${index === 0 ? 'FirstSport' : 'NextSport'}>`,
        )
        .join('')}</MultiSportSession>`
    : activities.map(tcxActivityXml).join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Activities>
    ${body}
  </Activities>
</TrainingCenterDatabase>
`;
}

/** A Strava export's `activities.csv` (the columns we read, among others Strava writes). */
export function stravaCsv(rows: readonly { id: number; type: string; file: string }[]): string {
  const header =
    'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename';
  const lines = rows.map(
    (row) =>
      `${row.id},"May 12, 2025, 6:30:00 AM",Morning ${row.type},${row.type},"Easy, with a ""friend""\nand a dog",1800,5.00,${row.file}`,
  );
  return `${[header, ...lines].join('\n')}\n`;
}
