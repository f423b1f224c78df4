// @vitest-environment happy-dom
/**
 * The backup panel's restore in happy-dom, with the journal's actions faked: the confirmation
 * lists every count it replaces, a copy of what is stored is downloaded before anything is
 * replaced, a backup without symptom checks keeps the check history unless the runner chooses
 * to replace everything, and an oversized file is refused before it is read.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackupActions, BackupPanel } from '../../../../components/journal/BackupPanel';
import {
  createBackup,
  type JournalBackup,
  MAX_BACKUP_BYTES,
} from '../../../../knowledge/journal/backup';
import { sampleRun } from '../../knowledge/journal/sample';
import { viewContainerForEachTest } from '../view-container';

const downloads = vi.hoisted(() => [] as string[]);
vi.mock('../../../../components/journal/download-file', () => ({
  downloadText: (_text: string, fileName: string) => downloads.push(fileName),
}));

const TODAY = '2025-05-14';
const container = viewContainerForEachTest();

beforeEach(() => {
  downloads.length = 0;
});

/** Actions over a store that holds 42 runs, 3 pairs of shoes and 7 checks; records calls. */
function fakeActions(calls: string[]): BackupActions {
  const stored = createBackup({ runs: [], shoes: [], checks: [] }, new Date());
  return {
    counts: async () => ({ runs: 42, shoes: 3, checks: 7 }),
    exportBackup: async () => {
      calls.push('export');
      return stored;
    },
    importBackup: async (_backup: JournalBackup, options: { keepChecks: boolean }) => {
      calls.push(`import keepChecks=${options.keepChecks}`);
      return true;
    },
    // These tests replace; merging is tested with the real journal (tests/e2e/journal-quick-log.test.ts).
    planMerge: async () => null,
    mergeBackup: async () => null,
    undoMerge: async () => false,
  };
}

function chooseFile(file: { name: string; size: number; text(): Promise<string> }): void {
  const input = container.querySelector<HTMLInputElement>('#backup-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function backupText(withChecks: boolean): string {
  const check = {
    id: 1,
    at: Date.UTC(2025, 4, 10),
    answers: { zones: [], feelings: [], triggers: [], onset: null, redFlagAnswers: {}, text: '' },
    topConditions: [],
    redFlags: [],
  };
  return JSON.stringify(
    createBackup(
      { runs: [sampleRun('2025-05-12', { id: 1 })], shoes: [], checks: withChecks ? [check] : [] },
      new Date(Date.UTC(2025, 4, 14)),
    ),
  );
}

function fileOf(text: string) {
  return { name: 'backup.json', size: text.length, text: async () => text };
}

function panel(calls: string[]): void {
  render(
    <BackupPanel runs={[]} shoes={[]} today={TODAY} actions={fakeActions(calls)} />,
    container,
  );
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('restoring a backup', () => {
  it('lists what it replaces, keeps the checks a backup lacks, and saves a copy first', async () => {
    const calls: string[] = [];
    panel(calls);
    chooseFile(fileOf(backupText(false)));
    await vi.waitFor(() => expect(container.querySelector('#backup-confirm')).not.toBeNull());
    expect(container.querySelector('#backup-confirm')?.textContent).toContain(
      'This will replace 42 runs, 3 pairs of shoes and 0 symptom checks stored now. A copy of them is downloaded first.',
    );
    expect(container.querySelector('#backup-checks-note')?.textContent).toBe(
      'This backup has no symptom checks. Your 7 saved symptom checks will be kept.',
    );
    await act(async () => button('Replace with backup').click());
    await vi.waitFor(() => expect(calls).toEqual(['export', 'import keepChecks=true']));
    expect(downloads).toEqual([`hip-pain-guide-before-restore-${TODAY}.json`]);
    expect(container.querySelector('[role="status"]')?.textContent).toContain(
      'Your 7 saved symptom checks were kept.',
    );
  });

  it('deletes the stored checks only when the runner chooses to replace everything', async () => {
    const calls: string[] = [];
    panel(calls);
    chooseFile(fileOf(backupText(false)));
    const replaceAll = await vi.waitFor(() => {
      const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (!box) throw new Error('no checkbox');
      return box;
    });
    act(() => replaceAll.click());
    expect(container.querySelector('#backup-confirm')?.textContent).toContain(
      'This will replace 42 runs, 3 pairs of shoes and 7 symptom checks stored now.',
    );
    await act(async () => button('Replace with backup').click());
    await vi.waitFor(() => expect(calls).toEqual(['export', 'import keepChecks=false']));
  });

  it('replaces the checks with a backup that has its own, saying how many', async () => {
    const calls: string[] = [];
    panel(calls);
    chooseFile(fileOf(backupText(true)));
    await vi.waitFor(() => expect(container.querySelector('#backup-confirm')).not.toBeNull());
    expect(container.querySelector('#backup-confirm')?.textContent).toContain(
      'holds 1 run, 0 pairs of shoes and 1 symptom check. This will replace 42 runs, 3 pairs of shoes and 7 symptom checks stored now.',
    );
    expect(container.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('refuses an oversized file without reading it', async () => {
    const calls: string[] = [];
    panel(calls);
    const text = vi.fn(async () => '{}');
    chooseFile({ name: 'huge.json', size: MAX_BACKUP_BYTES + 1, text });
    await vi.waitFor(() =>
      expect(container.querySelector('#backup-file-error')?.textContent).toBe(
        'This file is too big to be a Hip Pain Guide backup. Nothing was changed.',
      ),
    );
    expect(text).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });
});
