/**
 * Backup and sharing: export everything as a JSON backup or the runs as CSV, import a backup
 * (checked first, then confirmed, then applied in one transaction), and open the printable
 * summary for a clinician.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  backupFileName,
  type JournalBackup,
  readBackup,
  runsToCsv,
} from '../../knowledge/journal/backup';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import { downloadText } from './download-file';

/** What the panel needs from the journal. */
export interface BackupActions {
  exportBackup(): Promise<JournalBackup | null>;
  importBackup(backup: JournalBackup): Promise<boolean>;
}

function count(value: number, word: string): string {
  return `${value} ${word}${value === 1 ? '' : 's'}`;
}

/** The backup panel. */
export function BackupPanel(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  actions: BackupActions;
}): JSX.Element {
  const [pending, setPending] = useState<{ backup: JournalBackup; fileName: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportBackup = async () => {
    const backup = await props.actions.exportBackup();
    if (!backup) return;
    downloadText(
      JSON.stringify(backup, null, 2),
      backupFileName(props.today, 'backup'),
      'application/json',
    );
    setNotice(
      `Backup saved: ${count(backup.runs.length, 'run')}, ${count(backup.shoes.length, 'pair')} of shoes, ${count(backup.checks.length, 'symptom check')}.`,
    );
  };

  const exportCsv = () => {
    // A byte-order mark so that spreadsheets read accents and emoji as UTF-8.
    downloadText(
      `\uFEFF${runsToCsv(props.runs, props.shoes)}`,
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
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportError('This file could not be read. Nothing was changed.');
      return;
    }
    const reading = readBackup(text, props.today);
    if (!reading.ok) setImportError(`${reading.error} Nothing was changed.`);
    else setPending({ backup: reading.backup, fileName: file.name });
  };

  const confirmImport = async () => {
    if (!pending) return;
    const done = await props.actions.importBackup(pending.backup);
    if (done) {
      setNotice(`Backup imported: ${count(pending.backup.runs.length, 'run')}.`);
      setPending(null);
      if (fileInput.current) fileInput.current.value = '';
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
        <div class="j-actions">
          <button type="button" class="j-button" onClick={() => void exportBackup()}>
            Export backup (JSON)
          </button>
          <button
            type="button"
            class="j-button"
            onClick={exportCsv}
            disabled={props.runs.length === 0}
          >
            Export runs (CSV)
          </button>
        </div>
      </section>

      <section class="j-section" aria-labelledby="backup-import-title">
        <h2 id="backup-import-title">Restore a backup</h2>
        <p>Importing replaces your runs, shoes and symptom-check history with the backup's.</p>
        <div class="j-field">
          <label for="backup-file">Backup file</label>
          <input
            id="backup-file"
            ref={fileInput}
            class="j-file-input"
            type="file"
            accept="application/json,.json"
            onChange={(event) => void chooseFile(event)}
            aria-describedby={importError ? 'backup-file-error' : undefined}
            aria-invalid={importError ? 'true' : undefined}
          />
        </div>
        {importError && (
          <p class="j-error" id="backup-file-error" role="alert">
            {importError}
          </p>
        )}
        {pending && (
          <div class="j-banner">
            <p id="backup-confirm">
              “{pending.fileName}” holds {count(pending.backup.runs.length, 'run')},{' '}
              {count(pending.backup.shoes.length, 'pair')} of shoes and{' '}
              {count(pending.backup.checks.length, 'symptom check')}. Replace what is stored now (
              {count(props.runs.length, 'run')}) with it?
            </p>
            <div class="j-actions">
              <button
                type="button"
                class="j-button j-primary"
                aria-describedby="backup-confirm"
                onClick={() => void confirmImport()}
              >
                Replace with backup
              </button>
              <button type="button" class="j-button" onClick={cancelImport}>
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

      <p role="status" class="j-hint">
        {notice}
      </p>
    </div>
  );
}
