/**
 * Reads everything the runner picked or dropped: loose activity files, and Strava bulk export
 * zips, streamed entry by entry with fflate (a five-year export is gigabytes; only one entry is
 * held at a time). Each file's result stands alone, so one bad file never stops the others.
 * Reports progress in bytes read. Used by the import worker; no DOM.
 */
import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import type { LocalDateOf } from '../../../knowledge/journal/import/activity';
import type { FileOutcome } from '../../../knowledge/journal/import/plan';
import {
  readStravaIndex,
  type StravaIndex,
  withStravaSport,
} from '../../../knowledge/journal/import/strava-csv';
import { ACTIVITY_FILE, readActivityFile } from './read-activity-file';

/** How far reading has got. */
export interface ImportProgress {
  doneBytes: number;
  totalBytes: number;
  /** Activity files read so far. */
  filesRead: number;
}

/** Everything read from one import. */
export interface ImportReading {
  files: FileOutcome[];
  /** Files inside zips that are not activities (photos, profile data), skipped. */
  skipped: string[];
  /** Things to tell the runner about the import as a whole. */
  notes: string[];
}

/** A file as the browser gives it (a `File`; Node's too). */
export type PickedFile = Pick<File, 'name' | 'size' | 'stream' | 'arrayBuffer'>;

/** Inside a zip: `export.zip › activities/123.fit.gz`. */
export function entryName(zipName: string, path: string): string {
  return `${zipName} › ${path}`;
}

/** Reads the picked files in order. `onProgress` is called after each activity file. */
export async function readImport(
  files: readonly PickedFile[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
  localDateOf?: LocalDateOf,
): Promise<ImportReading> {
  const reading: ImportReading = { files: [], skipped: [], notes: [] };
  const progress: ImportProgress = {
    doneBytes: 0,
    totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    filesRead: 0,
  };
  for (const file of files) {
    if (/\.zip$/i.test(file.name)) {
      await readZip(file, reading, progress, onProgress, localDateOf);
    } else {
      const bytes = new Uint8Array(await file.arrayBuffer());
      reading.files.push({
        name: file.name,
        reading: await readActivityFile(file.name, bytes, localDateOf),
      });
      progress.doneBytes += file.size;
      progress.filesRead++;
      onProgress({ ...progress });
    }
  }
  return reading;
}

interface ZipEntry {
  path: string;
  chunks: Uint8Array[];
  done: boolean;
  error: string | null;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Streams one zip. Entries are collected as fflate inflates them and read between chunks of the
 * zip, so memory holds one chunk's worth of entries. The Strava index may come anywhere in the
 * zip, so its sports are applied at the end.
 */
async function readZip(
  zip: PickedFile,
  reading: ImportReading,
  progress: ImportProgress,
  onProgress: (progress: ImportProgress) => void,
  localDateOf?: LocalDateOf,
): Promise<void> {
  const startBytes = progress.doneBytes;
  const entries: ZipEntry[] = [];
  const fromZip: (FileOutcome & { path: string })[] = [];
  let index: StravaIndex | null = null;
  let csvPaths = 0;
  let zipError: string | null = null;

  const unzip = new Unzip((file: UnzipFile) => {
    const path = file.name;
    const base = path.split('/').at(-1) ?? '';
    if (path.endsWith('/') || path.startsWith('__MACOSX/') || base.startsWith('._')) return;
    if (!ACTIVITY_FILE.test(path) && base !== 'activities.csv') {
      reading.skipped.push(entryName(zip.name, path));
      return;
    }
    const entry: ZipEntry = { path, chunks: [], done: false, error: null };
    entries.push(entry);
    file.ondata = (error, chunk, final) => {
      if (error) {
        entry.error = error.message;
        entry.done = true;
        return;
      }
      entry.chunks.push(chunk);
      if (final) entry.done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const readFinished = async () => {
    while (entries[0]?.done) {
      const entry = entries.shift() as ZipEntry;
      const name = entryName(zip.name, entry.path);
      if (entry.error !== null) {
        fromZip.push({
          name,
          path: entry.path,
          reading: {
            ok: false,
            error: `This file is damaged inside the zip (${entry.error}).`,
          },
        });
      } else if (entry.path.split('/').at(-1) === 'activities.csv') {
        csvPaths++;
        index = readStravaIndex(new TextDecoder().decode(joined(entry.chunks)));
      } else {
        const bytes = joined(entry.chunks);
        entry.chunks = [];
        fromZip.push({
          name,
          path: entry.path,
          reading: await readActivityFile(entry.path, bytes, localDateOf),
        });
        progress.filesRead++;
      }
    }
  };

  try {
    const reader = zip.stream().getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        unzip.push(new Uint8Array(0), true);
        break;
      }
      unzip.push(value);
      progress.doneBytes += value.length;
      await readFinished();
      onProgress({ ...progress });
    }
    await readFinished();
    if (entries.length > 0) throw new Error('the zip ends in the middle of a file');
  } catch (error) {
    zipError = error instanceof Error ? error.message : String(error);
  }
  progress.doneBytes = startBytes + zip.size;

  const stravaIndex = index as StravaIndex | null;
  for (const outcome of fromZip) {
    const type = stravaIndex?.typeByFile.get(outcome.path);
    reading.files.push({
      name: outcome.name,
      reading:
        outcome.reading.ok && type
          ? {
              ok: true,
              activities: outcome.reading.activities.map((a) => withStravaSport(a, type)),
            }
          : outcome.reading,
    });
  }
  if (zipError !== null) {
    reading.files.push({
      name: zip.name,
      reading: {
        ok: false,
        error: `This zip is damaged or cut short (${zipError}). The files listed above it were read; nothing after the damage was.`,
      },
    });
  }
  if (stravaIndex && stravaIndex.rowsWithoutFile > 0) {
    const count = stravaIndex.rowsWithoutFile;
    reading.notes.push(
      `${zip.name}: ${count} ${count === 1 ? 'activity was' : 'activities were'} typed in by hand on Strava, with no file to import.`,
    );
  }
  if (fromZip.length === 0 && csvPaths === 0 && zipError === null) {
    reading.files.push({
      name: zip.name,
      reading: { ok: false, error: 'This zip has no activity files (.fit, .gpx or .tcx) in it.' },
    });
  }
  onProgress({ ...progress });
}
