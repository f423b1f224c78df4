import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { utcDate } from '../../../../../knowledge/journal/import/activity';
import type { FileOutcome } from '../../../../../knowledge/journal/import/plan';
import {
  type ImportProgress,
  readImport,
} from '../../../../../platform/pages/activity-import/read-import';
import {
  damagedFit,
  fitRun,
  gpxTrack,
  pointsNorth,
  stravaCsv,
  tcxFile,
} from '../../../../support/activity-files';

const text = (value: string) => new TextEncoder().encode(value);

/** "name: run 5 km" / "name: failed …" per file, in order. */
function lines(files: readonly FileOutcome[]): string[] {
  return files.map(({ name, reading }) =>
    reading.ok
      ? `${name}: ${reading.activities.map((a) => `${a.kind} ${a.sportLabel} ${a.distanceKm} km`).join(', ')}`
      : `${name}: ${reading.error}`,
  );
}

/** A File of bytes (copied into a plain ArrayBuffer, as a browser's File holds them). */
const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

function stravaExport(): Uint8Array {
  const run = fitRun('2025-05-12T06:30:00Z', 5000, 1500);
  return zipSync({
    'activities.csv': text(
      stravaCsv([
        { id: 1, type: 'Run', file: 'activities/1.fit.gz' },
        { id: 2, type: 'Trail Run', file: 'activities/2.gpx' },
        { id: 3, type: 'Ride', file: 'activities/3.tcx.gz' },
        { id: 4, type: 'Run', file: 'activities/4.fit' },
        { id: 5, type: 'Run', file: '' },
      ]),
    ),
    activities: {
      '1.fit.gz': gzipSync(run),
      '2.gpx': text(gpxTrack(pointsNorth(201, 10, '2025-05-13T06:30:00Z'))),
      '3.tcx.gz': gzipSync(
        text(
          tcxFile([
            { sport: 'Biking', startIso: '2025-05-14T06:30:00Z', metres: 30000, seconds: 3600 },
          ]),
        ),
      ),
      '4.fit': damagedFit(run),
    },
    media: { 'photo.jpg': text('not an activity') },
    'profile.csv': text('Athlete ID\n1\n'),
  });
}

describe('readImport', () => {
  it("reads a Strava export: each activity file, with Strava's sport, and names what it skipped", async () => {
    const zip = stravaExport();
    const progress: ImportProgress[] = [];
    const reading = await readImport(
      [fileOf(zip, 'export_123.zip')],
      (step) => progress.push(step),
      utcDate,
    );
    expect(lines(reading.files)).toEqual([
      'export_123.zip › activities/1.fit.gz: run Run 5 km',
      'export_123.zip › activities/2.gpx: run Trail run 2 km',
      'export_123.zip › activities/3.tcx.gz: cross-training Cycling 30 km',
      'export_123.zip › activities/4.fit: This file is damaged: its checksum does not match its contents.',
    ]);
    // Strava's "Trail Run" replaces the GPX's silence about the sport, and its note.
    expect(reading.files[1]?.reading.ok && reading.files[1].reading.activities[0]?.note).toBe(
      undefined,
    );
    expect(reading.skipped).toEqual([
      'export_123.zip › media/photo.jpg',
      'export_123.zip › profile.csv',
    ]);
    expect(reading.notes).toEqual([
      'export_123.zip: 1 activity was typed in by hand on Strava, with no file to import.',
    ]);
    expect(progress.at(-1)).toEqual({
      doneBytes: zip.length,
      totalBytes: zip.length,
      filesRead: 4,
    });
  });

  it('reads loose files one by one, a bad one beside good ones', async () => {
    const reading = await readImport(
      [
        fileOf(fitRun('2025-05-12T06:30:00Z', 5000, 1500), 'a.fit'),
        new File([text('<gpx></gpx>')], 'empty.gpx'),
        new File([text('hello')], 'notes.txt'),
      ],
      undefined,
      utcDate,
    );
    expect(lines(reading.files)).toEqual([
      'a.fit: run Run 5 km',
      'empty.gpx: This file has no track points, so there is no activity in it.',
      'notes.txt: This is not an activity file. Choose .fit, .gpx or .tcx files (gzipped too), or a Strava export .zip.',
    ]);
  });

  it('reports a zip cut short, keeping what was read before the cut', async () => {
    const zip = stravaExport();
    const reading = await readImport([new File([zip.slice(0, zip.length / 2)], 'cut.zip')]);
    const last = reading.files.at(-1);
    expect(reading.files.length).toBeGreaterThan(1);
    expect(last?.name).toBe('cut.zip');
    expect(last?.reading.ok === false && last.reading.error).toMatch(/damaged or cut short/);
  });

  it('reports a zip with no activities in it', async () => {
    const zip = zipSync({ 'notes.txt': text('hello') });
    const reading = await readImport([fileOf(zip, 'photos.zip')]);
    expect(lines(reading.files)).toEqual([
      'photos.zip: This zip has no activity files (.fit, .gpx or .tcx) in it.',
    ]);
    expect(reading.skipped).toEqual(['photos.zip › notes.txt']);
  });
});
