/**
 * The journal's Backup tab as a runner uses it: a button that downloads a file (a backup, the
 * runs as CSV, the copy saved before a restore), and restoring a backup file: pick the file,
 * choose "Replace with backup", and wait for the journal to say it was restored.
 */
import type { Download, Page } from 'playwright-core';

/** Presses the button named `name` and resolves the file it makes the browser download. */
export async function downloadFrom(page: Page, name: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return download;
}

/** A backup file as a test hands it to the file picker. */
export interface BackupFile {
  name: string;
  buffer: Buffer;
}

/**
 * Replaces the journal on `page` with `file`, and waits until the page says so: `restored` is
 * the start of that message ("Backup restored: 3 runs,"), to check what was restored as well.
 */
export async function restoreBackup(
  page: Page,
  file: BackupFile,
  restored = 'Backup restored:',
): Promise<void> {
  await page.getByRole('tab', { name: 'Backup' }).click();
  await page.setInputFiles('#backup-file', { ...file, mimeType: 'application/json' });
  await page.getByRole('button', { name: 'Replace with backup' }).click();
  await page.getByText(restored).waitFor();
}
