// @vitest-environment happy-dom
/**
 * The import panel with the worker replaced by a controllable fake: progress and Cancel (nothing
 * saved), the results grouped with problems first, a failed save that adds nothing, and the
 * wording of the summary.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../../components/journal/ImportPanel';
import { longDate, resultSummary } from '../../../../components/journal/import-results';
import {
  browserPlatform,
  ImportCancelled,
  type ImportProgress,
  PlatformContext,
} from '../../../../components/platform-context';
import type { ActivitySummary } from '../../../../knowledge/journal/import/activity';
import type { ImportReading } from '../../../../platform/pages/activity-import/read-import';
import { viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();

const RUN: ActivitySummary = {
  kind: 'run',
  sportLabel: 'Run',
  surface: 'road',
  startedAt: Date.UTC(2025, 4, 12, 6, 30),
  date: '2025-05-12',
  distanceKm: 10,
  durationMin: 50,
  elevationGainM: 40,
  source: 'fit',
};

/** A worker stand-in: the test reports progress and finishes or fails it. */
function fakeWorker() {
  let finish: (reading: ImportReading) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let progress: (step: ImportProgress) => void = () => undefined;
  const cancelled = vi.fn();
  const startImport = vi.fn((_files: File[], onProgress: (step: ImportProgress) => void) => {
    progress = onProgress;
    const done = new Promise<ImportReading>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    return {
      done,
      cancel: () => {
        cancelled();
        fail(new ImportCancelled('The import was cancelled. Nothing was added.'));
      },
    };
  });
  return {
    startImport,
    cancelled,
    progress: (step: ImportProgress) => act(() => progress(step)),
    finish: async (reading: ImportReading) => {
      await act(async () => finish(reading));
    },
  };
}

function mount(
  worker: ReturnType<typeof fakeWorker>,
  onAdd = vi.fn(async (): Promise<number | null> => 1),
) {
  render(
    <PlatformContext.Provider value={{ ...browserPlatform, startImport: worker.startImport }}>
      <ImportPanel runs={[]} today="2025-06-01" unit="mi" onAdd={onAdd} />
    </PlatformContext.Provider>,
    container,
  );
  return onAdd;
}

function pick(names: string[]): void {
  const input = container.querySelector<HTMLInputElement>('#import-files');
  if (!input) throw new Error('no file input');
  const files = names.map((name) => new File(['x'], name));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;

describe('the import panel', () => {
  it('shows progress, and Cancel stops the reading and saves nothing', async () => {
    const worker = fakeWorker();
    const onAdd = mount(worker);
    pick(['a.fit']);
    worker.progress({ doneBytes: 25, totalBytes: 100, filesRead: 3 });
    expect(text('.j-import-progress label')).toBe('Reading: 3 activity files, 25%');
    expect(container.querySelector<HTMLInputElement>('#import-files')?.disabled).toBe(true);
    const cancel = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Cancel import',
    );
    await act(async () => cancel?.click());
    expect(worker.cancelled).toHaveBeenCalled();
    expect(text('[data-import-status]')).toBe('The import was cancelled. Nothing was added.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('adds the new runs and lists unreadable files first, by name and reason', async () => {
    const worker = fakeWorker();
    const onAdd = mount(worker);
    pick(['a.fit', 'bad.gpx']);
    await worker.finish({
      files: [
        { name: 'a.fit', reading: { ok: true, activities: [RUN] } },
        { name: 'bad.gpx', reading: { ok: false, error: 'This file has no track points.' } },
      ],
      skipped: [],
      notes: [],
    });
    await vi.waitFor(() => expect(text('.j-import-summary')).not.toBeNull());
    expect(onAdd).toHaveBeenCalledWith([expect.objectContaining({ distanceKm: 10 })], []);
    expect(
      [...container.querySelectorAll('[data-import-group]')].map((group) => group.textContent),
    ).toEqual([
      'Files that could not be read (nothing from them was added) (1)bad.gpx: This file has no track points.',
      `Runs added (1)Run, 6.21 mi on ${longDate('2025-05-12')} (a.fit)`,
    ]);
  });

  it('says nothing was added when saving fails', async () => {
    const worker = fakeWorker();
    mount(
      worker,
      vi.fn(async (): Promise<number | null> => null),
    );
    pick(['a.fit']);
    await worker.finish({
      files: [{ name: 'a.fit', reading: { ok: true, activities: [RUN] } }],
      skipped: [],
      notes: [],
    });
    await vi.waitFor(() =>
      expect(text('[data-import-status]')).toBe(
        'The activities could not be saved, so nothing was added. Your journal is unchanged.',
      ),
    );
    expect(container.querySelector('[data-import-results]')).toBeNull();
  });
});

describe('other sports in an import', () => {
  it('are saved as cross-training days and said to be so, not as runs', async () => {
    const worker = fakeWorker();
    const onAdd = mount(
      worker,
      vi.fn(async (): Promise<number | null> => 0),
    );
    pick(['ride.fit']);
    const ride: ActivitySummary = { ...RUN, kind: 'cross-training', sportLabel: 'Cycling' };
    await worker.finish({
      files: [{ name: 'ride.fit', reading: { ok: true, activities: [ride] } }],
      skipped: [],
      notes: [],
    });
    await vi.waitFor(() => expect(text('.j-import-summary')).not.toBeNull());
    expect(onAdd).toHaveBeenCalledWith(
      [],
      [{ date: '2025-05-12', activity: expect.objectContaining({ sport: 'Cycling' }) }],
    );
    expect(text('.j-import-summary')).toBe(
      'No new runs were added. 1 other activity (not running) saved as a cross-training day.',
    );
    expect(text('[data-import-group]')).toMatch(
      /^Saved as cross-training days: other sports, not runs \(1\)Cycling, /,
    );
  });
});

describe('resultSummary', () => {
  it('counts what happened in plain words', () => {
    const row = (status: 'added' | 'duplicate' | 'cross-training') => ({
      status,
      file: 'a.fit',
      activity: RUN,
    });
    expect(
      resultSummary(
        [
          row('added'),
          row('added'),
          row('duplicate'),
          row('cross-training'),
          { status: 'failed', file: 'b.fit', reason: 'damaged' },
        ],
        2,
      ),
    ).toBe(
      'Added 2 runs. 1 run was already in your journal. 1 other activity (not running) saved as a cross-training day. 1 file could not be read. Add how your hip felt with “Add pain” on each run.',
    );
    expect(resultSummary([row('duplicate')], 0)).toBe(
      'No new runs were added. 1 run was already in your journal.',
    );
  });
});
