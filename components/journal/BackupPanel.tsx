/**
 * Backup and sharing: export everything as a JSON backup or the runs as CSV, restore a backup,
 * and open the printable summary for a clinician. A restore merges by default: the file is
 * checked, what it would add and update is shown ("12 runs to add, 2 to update…"), and after the
 * merge "Undo restore" puts back what it replaced (kept in memory until the panel closes).
 * Replacing everything stays an explicit choice: confirmed with every count it replaces, a copy
 * of what is stored now downloaded first, then applied in one transaction. A backup without
 * symptom checks keeps the check history unless the runner chooses to replace everything.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  backupFileName,
  type JournalBackup,
  readBackupFile,
  runsToCsv,
} from '../../knowledge/journal/backup';
import {
  describeMerge,
  type MergePlan,
  mergeChangesNothing,
} from '../../knowledge/journal/backup-merge';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { DistanceUnit } from '../../knowledge/journal/units';
import type { MergeUndo, StoredCounts } from '../../platform/pages/journal';
import { downloadText } from './download-file';
import type { JournalModel } from './use-journal';

/** What the panel needs from the journal. */
export type BackupActions = Pick<
  JournalModel,
  'counts' | 'exportBackup' | 'importBackup' | 'planMerge' | 'mergeBackup' | 'undoMerge'
>;

function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`;
}

/** "42 runs, 3 pairs of shoes and 7 symptom checks". */
function describeCounts(counts: StoredCounts): string {
  return `${count(counts.runs, 'run')}, ${count(counts.shoes, 'pair')} of shoes and ${count(counts.checks, 'symptom check')}`;
}

function countsOf(backup: JournalBackup): StoredCounts {
  return { runs: backup.runs.length, shoes: backup.shoes.length, checks: backup.checks.length };
}

interface PendingRestore {
  backup: JournalBackup;
  fileName: string;
  /** Whether the file carries symptom checks (see `BackupReading`). */
  hasChecks: boolean;
  /** What is stored now, which the restore replaces. */
  stored: StoredCounts;
  /** What merging would do; null when it could not be worked out. */
  plan: MergePlan | null;
}

function downloadBackup(backup: JournalBackup, fileName: string): void {
  downloadText(JSON.stringify(backup, null, 2), fileName, 'application/json');
}

/** The backup panel. */
export function BackupPanel(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  actions: BackupActions;
  /** The CSV's distance unit (the backup itself is always in km). */
  unit?: DistanceUnit;
}): JSX.Element {
  const [pending, setPending] = useState<PendingRestore | null>(null);
  // For a backup without checks: also delete the stored checks (off unless the runner chooses).
  const [replaceChecks, setReplaceChecks] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The last merge's undo, while the panel is open.
  const [undo, setUndo] = useState<MergeUndo | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportBackup = async () => {
    const backup = await props.actions.exportBackup();
    if (!backup) return;
    downloadBackup(backup, backupFileName(props.today, 'backup'));
    setNotice(
      `Backup saved: ${count(backup.runs.length, 'run')}, ${count(backup.shoes.length, 'pair')} of shoes, ${count(backup.checks.length, 'symptom check')}.`,
    );
  };

  const exportCsv = () => {
    // A byte-order mark so that spreadsheets read accents and emoji as UTF-8.
    downloadText(
      `\uFEFF${runsToCsv(props.runs, props.shoes, props.unit)}`,
      backupFileName(props.today, 'csv'),
      'text/csv;charset=utf-8',
    );
    setNotice(`Runs saved as CSV: ${count(props.runs.length, 'run')}.`);
  };

  const chooseFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setNotice(null);
    setPending(null);
    setImportError(null);
    setReplaceChecks(false);
    setUndo(null);
    if (!file) return;
    // The size is checked before the file is read (readBackupFile).
    const reading = await readBackupFile(file, props.today);
    if (!reading.ok) {
      setImportError(`${reading.error} Nothing was changed.`);
      return;
    }
    const [stored, plan] = await Promise.all([
      props.actions.counts(),
      props.actions.planMerge(reading.backup),
    ]);
    // Null: the journal's error banner says why the counts could not be read.
    if (!stored) return;
    setPending({
      backup: reading.backup,
      fileName: file.name,
      hasChecks: reading.hasChecks,
      stored,
      plan,
    });
  };

  const keepsChecks = (restore: PendingRestore) =>
    !restore.hasChecks && restore.stored.checks > 0 && !replaceChecks;

  const confirmImport = async () => {
    if (!pending) return;
    const keepChecks = keepsChecks(pending);
    const { stored } = pending;
    let safetyCopy: string | null = null;
    if (stored.runs + stored.shoes + stored.checks > 0) {
      // A copy of everything stored now, downloaded before anything is replaced, so a restore
      // of the wrong file can itself be undone.
      const current = await props.actions.exportBackup();
      if (!current) return;
      safetyCopy = backupFileName(props.today, 'before-restore');
      downloadBackup(current, safetyCopy);
    }
    const done = await props.actions.importBackup(pending.backup, { keepChecks });
    if (done) {
      const restored = countsOf(pending.backup);
      setNotice(
        [
          `Backup restored: ${describeCounts(restored)}.`,
          keepChecks
            ? `Your ${count(stored.checks, 'saved symptom check')} ${stored.checks === 1 ? 'was' : 'were'} kept.`
            : '',
          safetyCopy ? `What was stored before was saved as ${safetyCopy}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      setPending(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const confirmMerge = async () => {
    if (!pending?.plan) return;
    const plan = pending.plan;
    const undone = await props.actions.mergeBackup(plan);
    if (!undone) return;
    setUndo(undone);
    setNotice(`Backup merged: ${describeMerge(plan, 'done')}.`);
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const undoRestore = async () => {
    if (!undo) return;
    if (await props.actions.undoMerge(undo)) {
      setUndo(null);
      setNotice('Restore undone: the journal is as it was before.');
    }
  };

  const cancelImport = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div>
      <section class="j-section" aria-labelledby="backup-export-title">
        <h2 id="backup-export-title">Save a copy</h2>
        <p>
          Your journal lives only in this browser. Save a backup now and then, and keep it safe.
        </p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void exportBackup()}>
            Export backup (JSON)
          </button>
          <button
            type="button"
            class="button"
            onClick={exportCsv}
            disabled={props.runs.length === 0}
          >
            Export runs (CSV)
          </button>
        </div>
      </section>

      <section class="j-section" aria-labelledby="backup-import-title">
        <h2 id="backup-import-title">Restore a backup</h2>
        <p>
          Restoring adds the backup's runs, shoes, symptom checks and episodes to your journal and
          updates those that differ; you see how many first, and can undo it. You can also replace
          everything instead (a copy of what is stored now is downloaded first).
        </p>
        <div class="field">
          <label for="backup-file">Backup file</label>
          <input
            id="backup-file"
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void chooseFile(event)}
            aria-describedby={importError ? 'backup-file-error' : undefined}
            aria-invalid={importError ? 'true' : undefined}
          />
        </div>
        {importError && (
          <p class="form-error" id="backup-file-error" role="alert">
            {importError}
          </p>
        )}
        {pending?.plan && (
          <div class="banner banner-info" data-merge-preview="">
            <p id="backup-merge-preview">
              Merge “{pending.fileName}” into your journal:{' '}
              {mergeChangesNothing(pending.plan)
                ? 'it holds nothing that is not already here.'
                : `${describeMerge(pending.plan)}.`}
            </p>
            <div class="button-row">
              <button
                type="button"
                class="button button-primary"
                aria-describedby="backup-merge-preview"
                disabled={mergeChangesNothing(pending.plan)}
                onClick={() => void confirmMerge()}
              >
                Merge into my journal
              </button>
            </div>
          </div>
        )}
        {pending && (
          <div class="banner banner-info">
            <p id="backup-confirm">
              Or replace everything. “{pending.fileName}” holds{' '}
              {describeCounts(countsOf(pending.backup))}. This will replace{' '}
              {describeCounts(
                keepsChecks(pending) ? { ...pending.stored, checks: 0 } : pending.stored,
              )}{' '}
              stored now.
              {pending.stored.runs + pending.stored.shoes + pending.stored.checks > 0 &&
                ' A copy of them is downloaded first.'}
            </p>
            {!pending.hasChecks && pending.stored.checks > 0 && (
              <>
                <p id="backup-checks-note">
                  This backup has no symptom checks. Your{' '}
                  {count(pending.stored.checks, 'saved symptom check')} will be kept.
                </p>
                <p class="j-check">
                  <label>
                    <input
                      type="checkbox"
                      checked={replaceChecks}
                      aria-describedby="backup-checks-note"
                      onChange={(event) => setReplaceChecks(event.currentTarget.checked)}
                    />{' '}
                    Replace everything: also delete my saved symptom checks
                  </label>
                </p>
              </>
            )}
            <div class="button-row">
              <button
                type="button"
                class="button button-primary"
                aria-describedby="backup-confirm"
                onClick={() => void confirmImport()}
              >
                Replace with backup
              </button>
              <button type="button" class="button" onClick={cancelImport}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>

      <section class="j-section" aria-labelledby="backup-print-title">
        <h2 id="backup-print-title">For your clinician</h2>
        <p>A one-page summary of your runs, pain and warning signs, to print or save as PDF.</p>
        <p>
          <a href="/journal-summary.html" target="_blank" rel="noopener">
            Open the printable summary
          </a>
        </p>
      </section>

      <p role="status" class="hint" data-backup-notice="">
        {notice}
      </p>
      {undo && (
        <div class="button-row">
          <button type="button" class="button" onClick={() => void undoRestore()}>
            Undo restore
          </button>
        </div>
      )}
    </div>
  );
}
