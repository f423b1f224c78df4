/**
 * Restoring a backup file in the journal's Backup tab, as a runner does: pick the file, choose
 * "Replace with backup", and wait for the journal to say it was restored.
 */
import type { Page } from 'playwright-core';

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
