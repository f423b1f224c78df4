/**
 * The import worker: reads the picked files off the page's main thread, so a five-year export
 * (thousands of activities, gigabytes of zip) never freezes the sidebar. Progress is posted at
 * most ten times a second; the page cancels by terminating the worker (nothing is saved until
 * the worker is done, so a cancel leaves the journal as it was).
 */
import type { ImportWorkerMessage, ReadFilesRequest } from './import-protocol';
import { readImport } from './read-import';

const PROGRESS_EVERY_MS = 100;

function post(message: ImportWorkerMessage): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ReadFilesRequest>) => {
  if (event.data?.type !== 'read') return;
  let lastPost = 0;
  readImport(event.data.files, (progress) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_EVERY_MS && progress.doneBytes < progress.totalBytes) return;
    lastPost = now;
    post({ type: 'progress', progress });
  })
    .then((reading) => post({ type: 'done', reading }))
    .catch((error: unknown) =>
      post({
        type: 'failed',
        error: `The files could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was added.`,
      }),
    );
});
