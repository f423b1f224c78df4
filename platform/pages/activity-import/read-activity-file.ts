/**
 * One activity file's bytes to its activities: unpacks gzip (`.fit.gz`, `.gpx.gz`, `.tcx.gz`, as
 * Strava exports them) with the browser's `DecompressionStream`, then reads FIT, GPX or TCX. Runs
 * in the import worker (and in Node for tests and the benchmark): no DOM.
 */
import {
  ActivityFileProblem,
  type FileReading,
  type LocalDateOf,
  runtimeLocalDate,
} from '../../../knowledge/journal/import/activity';
import { readFitMessages } from '../../../knowledge/journal/import/fit';
import { readGpx } from '../../../knowledge/journal/import/gpx';
import { readTcx } from '../../../knowledge/journal/import/tcx';
import { decodeFit } from './decode-fit';

/** Names of files we read: `.fit`, `.gpx`, `.tcx`, each optionally gzipped. */
export const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;

/** Refused before reading: far beyond any real activity (a 24-hour run at 1 s is ~10 MB). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    // Our bytes always sit in a plain ArrayBuffer (from a File or fflate), never a shared one.
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new ActivityFileProblem('is a damaged or cut-short compressed (.gz) file.');
  }
}

function xmlText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads one file; never throws for a bad file (the reading says why). */
export async function readActivityFile(
  name: string,
  bytes: Uint8Array,
  localDateOf: LocalDateOf = runtimeLocalDate,
): Promise<FileReading> {
  const format = ACTIVITY_FILE.exec(name);
  if (!format) {
    return {
      ok: false,
      error:
        'This is not an activity file. Choose .fit, .gpx or .tcx files (gzipped too), or a Strava export .zip.',
    };
  }
  try {
    if (bytes.length === 0) throw new ActivityFileProblem('is empty.');
    if (bytes.length > MAX_FILE_BYTES)
      throw new ActivityFileProblem('is too big to be an activity.');
    const plain = format[2] ? await gunzip(bytes) : bytes;
    const kind = format[1]?.toLowerCase();
    const activities =
      kind === 'fit'
        ? readFitMessages(decodeFit(plain), localDateOf)
        : kind === 'gpx'
          ? readGpx(xmlText(plain), localDateOf)
          : readTcx(xmlText(plain), localDateOf);
    return { ok: true, activities };
  } catch (error) {
    if (error instanceof ActivityFileProblem)
      return { ok: false, error: `This file ${error.message}` };
    // A reader bug, not a bad file: still this file's failure only, with what went wrong.
    return {
      ok: false,
      error: `This file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
