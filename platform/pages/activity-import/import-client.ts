/**
 * The page's side of an import: starts the import worker with the picked files, passes its
 * progress on, and resolves what it read. `cancel()` stops the worker at once.
 */
import type { ImportWorkerMessage } from './import-protocol';
import type { ImportProgress, ImportReading } from './read-import';

/** A running import. */
export interface ImportJob {
  /** Resolves what was read; rejects with `ImportCancelled` or an `Error` worded for the runner. */
  done: Promise<ImportReading>;
  cancel(): void;
}

/** The runner cancelled the import. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** Starts reading `files` in a worker. */
export type StartImport = (
  files: File[],
  onProgress: (progress: ImportProgress) => void,
) => ImportJob;

/** Reads files in a dedicated module worker (bundled by Vite from `import.worker.ts`). */
export const startImport: StartImport = (files, onProgress) => {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  const done = new Promise<ImportReading>((resolve, reject) => {
    const finish = () => worker.terminate();
    cancel = () => {
      finish();
      reject(new ImportCancelled('The import was cancelled. Nothing was added.'));
    };
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') {
        finish();
        resolve(message.reading);
      } else {
        finish();
        reject(new Error(message.error));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(
        new Error(
          `The import stopped with an error (${event.message || 'the reader could not start'}). Nothing was added.`,
        ),
      );
    });
  });
  worker.postMessage({ type: 'read', files });
  return { done, cancel: () => cancel() };
};
