/**
 * The messages between the journal page and the import worker, in one place for both ends.
 * Everything in them is plain data (structured-cloneable): `File`s in, summaries out.
 */
import type { ImportProgress, ImportReading } from './read-import';

/** Page → worker: read these files. */
export interface ReadFilesRequest {
  type: 'read';
  files: File[];
}

/** Worker → page. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; reading: ImportReading }
  | { type: 'failed'; error: string };
