import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { utcDate } from '../../../../../knowledge/journal/import/activity';
import { readActivityFile } from '../../../../../platform/pages/activity-import/read-activity-file';
import {
  cutShortFit,
  damagedFit,
  fitActivity,
  fitRun,
  gpxTrack,
  pointsNorth,
  tcxFile,
} from '../../../../support/activity-files';

const text = (value: string) => new TextEncoder().encode(value);

describe('readActivityFile: FIT', () => {
  it('reads a run: distance, moving time, climbing, start', async () => {
    const reading = await readActivityFile(
      'Morning_Run.fit',
      fitRun('2025-05-12T06:30:00Z', 10_012, 3125, 87),
      utcDate,
    );
    expect(reading).toEqual({
      ok: true,
      activities: [
        {
          kind: 'run',
          sportLabel: 'Run',
          surface: null, // a plain run: the file does not say road
          startedAt: Date.parse('2025-05-12T06:30:00Z'),
          date: '2025-05-12',
          distanceKm: 10.01,
          durationMin: 3125 / 60,
          elevationGainM: 87,
          source: 'fit',
        },
      ],
    });
  });

  it("dates a run by the watch's own time zone", async () => {
    // 23:30 UTC in Sydney (+10) is the next morning there.
    const bytes = fitActivity(
      [
        {
          sport: 'running',
          startTime: new Date('2025-05-12T23:30:00Z'),
          distance: 5000,
          timerTime: 1500,
        },
      ],
      10,
    );
    const reading = await readActivityFile('run.fit', bytes, utcDate);
    expect(reading.ok && reading.activities[0]?.date).toBe('2025-05-13');
  });

  it('keeps the running legs of a multisport file as runs and the rest as cross-training', async () => {
    const at = (iso: string) => new Date(iso);
    const bytes = fitActivity([
      { sport: 'swimming', startTime: at('2025-06-01T07:00:00Z'), distance: 1500, timerTime: 1800 },
      { sport: 'transition', startTime: at('2025-06-01T07:30:00Z'), timerTime: 120 },
      { sport: 'cycling', startTime: at('2025-06-01T07:32:00Z'), distance: 40000, timerTime: 4200 },
      { sport: 'running', startTime: at('2025-06-01T08:45:00Z'), distance: 10000, timerTime: 2700 },
    ]);
    const reading = await readActivityFile('tri.fit', bytes, utcDate);
    expect(
      reading.ok && reading.activities.map((a) => `${a.kind} ${a.sportLabel} ${a.distanceKm}`),
    ).toEqual(['cross-training Swimming 1.5', 'cross-training Cycling 40', 'run Run 10']);
  });

  it('refuses a FIT whose checksum does not match, and one cut short', async () => {
    const good = fitRun('2025-05-12T06:30:00Z', 5000, 1500);
    expect(await readActivityFile('bad.fit', damagedFit(good))).toEqual({
      ok: false,
      error: 'This file is damaged: its checksum does not match its contents.',
    });
    const cut = await readActivityFile('cut.fit', cutShortFit(good));
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toMatch(/^This file is cut short/);
  });

  it('refuses a FIT with no activity in it, and a file that is not FIT', async () => {
    const noSession = fitActivity([]);
    expect(await readActivityFile('settings.fit', noSession)).toEqual({
      ok: false,
      error: 'This file has no activity in it.',
    });
    expect(await readActivityFile('photo.fit', text('JFIF not a fit file at all'))).toEqual({
      ok: false,
      error: 'This file is not a FIT file.',
    });
  });
});

describe('readActivityFile: gzip, GPX, TCX and other files', () => {
  const gpx = gpxTrack(pointsNorth(101, 10, '2025-05-12T06:30:00Z'), 'running');

  it('unpacks .gz files (as Strava exports them) before reading', async () => {
    const fit = await readActivityFile(
      '123.fit.gz',
      gzipSync(fitRun('2025-05-12T06:30:00Z', 5000, 1500)),
    );
    expect(fit.ok && fit.activities[0]?.distanceKm).toBe(5);
    const gpxGz = await readActivityFile('123.gpx.gz', gzipSync(text(gpx)));
    expect(gpxGz.ok && gpxGz.activities[0]?.distanceKm).toBe(1);
    const tcx = tcxFile([
      { sport: 'Running', startIso: '2025-05-12T06:30:00Z', metres: 3000, seconds: 900 },
    ]);
    const tcxGz = await readActivityFile('123.tcx.gz', gzipSync(text(tcx)));
    expect(tcxGz.ok && tcxGz.activities[0]?.distanceKm).toBe(3);
  });

  it('refuses a damaged .gz, an empty file and a file of another kind', async () => {
    const gz = gzipSync(text(gpx));
    expect(await readActivityFile('a.gpx.gz', gz.slice(0, gz.length / 2))).toEqual({
      ok: false,
      error: 'This file is a damaged or cut-short compressed (.gz) file.',
    });
    expect(await readActivityFile('empty.gpx', new Uint8Array())).toEqual({
      ok: false,
      error: 'This file is empty.',
    });
    const photo = await readActivityFile('IMG_0001.jpg', text('x'));
    expect(!photo.ok && photo.error).toMatch(/not an activity file/);
  });
});
