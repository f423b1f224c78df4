/**
 * Saves text as a file through the browser's own download: a Blob, an object URL and a click on a
 * temporary link. No permission needed, and nothing leaves the machine.
 */

/** Offers `text` for download as `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started; free ours after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
