import { describe, expect, it } from 'vitest';
import { utcDate } from '../../../../../knowledge/journal/import/activity';
import { readGpx } from '../../../../../knowledge/journal/import/gpx';
import { readTcx } from '../../../../../knowledge/journal/import/tcx';
import { gpxTrack, pointsNorth, tcxFile } from '../../../../support/activity-files';

describe('readGpx', () => {
  it('measures distance along the track, elapsed time, climbing and the sport', () => {
    // 501 points 10 m apart = 5 km; one every 10 s = 5000 s; a 5 m bump every 10 points.
    const [run, ...rest] = readGpx(
      gpxTrack(pointsNorth(501, 10, '2025-05-12T06:30:00Z'), 'running'),
      utcDate,
    );
    expect(rest).toEqual([]);
    expect(run).toMatchObject({
      kind: 'run',
      sportLabel: 'Run',
      date: '2025-05-12',
      startedAt: Date.parse('2025-05-12T06:30:00Z'),
      distanceKm: 5,
      durationMin: 5000 / 60,
      elevationGainM: 250,
      source: 'gpx',
    });
    expect(run?.note).toBeUndefined();
  });

  it('dates a run by the local day it started on', () => {
    const xml = gpxTrack(pointsNorth(3, 10, '2025-05-12T23:30:00Z'), 'running');
    const plusTwoHours = (ms: number) => utcDate(ms + 2 * 3600_000);
    expect(readGpx(xml, plusTwoHours)[0]?.date).toBe('2025-05-13');
  });

  it('takes a file that names no sport as a run, and says so', () => {
    const [run] = readGpx(gpxTrack(pointsNorth(3, 10, '2025-05-12T06:30:00Z')), utcDate);
    expect(run?.kind).toBe('run');
    expect(run?.note).toMatch(/does not say which sport/);
  });

  it('makes a ride a cross-training day', () => {
    const [ride] = readGpx(gpxTrack(pointsNorth(3, 10, '2025-05-12T06:30:00Z'), 'cycling'));
    expect(ride).toMatchObject({ kind: 'cross-training', sportLabel: 'Cycling' });
  });

  it('refuses a GPX with no track points, a route, points without times and non-GPX XML', () => {
    expect(() => readGpx(gpxTrack([]))).toThrow('has no track points');
    expect(() => readGpx('<gpx><rte><rtept lat="1" lon="2"/></rte></gpx>')).toThrow(
      'is a planned route',
    );
    expect(() =>
      readGpx(
        gpxTrack([
          { lat: 51, lon: 0 },
          { lat: 51.1, lon: 0 },
        ]),
      ),
    ).toThrow('without times');
    expect(() => readGpx('<kml></kml>')).toThrow('is not a GPX file');
  });
});

describe('readTcx', () => {
  it('reads the laps’ totals, the start and climbing', () => {
    const [run] = readTcx(
      tcxFile([
        {
          sport: 'Running',
          startIso: '2025-05-12T06:30:00Z',
          metres: 8046.7,
          seconds: 2400,
          altitudes: [10, 11, 10, 14, 20, 18, 25],
        },
      ]),
      utcDate,
    );
    expect(run).toMatchObject({
      kind: 'run',
      date: '2025-05-12',
      distanceKm: 8.05,
      durationMin: 40,
      // 10 → 20 and 18 → 25; the 1 m wobble at the start is jitter.
      elevationGainM: 17,
      source: 'tcx',
    });
  });

  it('keeps only the running legs of a multisport session as runs', () => {
    const legs = readTcx(
      tcxFile(
        [
          { sport: 'Running', startIso: '2025-06-01T08:00:00Z', metres: 5000, seconds: 1500 },
          { sport: 'Biking', startIso: '2025-06-01T08:27:00Z', metres: 20000, seconds: 2400 },
          { sport: 'Running', startIso: '2025-06-01T09:10:00Z', metres: 2500, seconds: 800 },
        ],
        true,
      ),
      utcDate,
    );
    expect(legs.map((leg) => `${leg.kind} ${leg.distanceKm}`)).toEqual([
      'run 5',
      'cross-training 20',
      'run 2.5',
    ]);
  });

  it('refuses a TCX with no activity, and one cut short', () => {
    expect(() => readTcx(tcxFile([]))).toThrow('has no activity');
    const full = tcxFile([
      { sport: 'Running', startIso: '2025-05-12T06:30:00Z', metres: 5000, seconds: 1500 },
    ]);
    expect(() => readTcx(full.slice(0, full.length / 2))).toThrow('damaged or cut short');
  });
});
