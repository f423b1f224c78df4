/**
 * The keyboard shortcuts the person actually has: they can change or clear ours in the browser's
 * shortcut settings, so views read them instead of printing the defaults from the manifest.
 */
import { browser } from 'wxt/browser';

/** The manifest's command that steps through the marked words on a page. */
const NEXT_TERM_COMMAND = 'next-term';

/**
 * The shortcut for "explain the next hip-pain term" ("Alt+Shift+J"), or null when none is set
 * (or the browser cannot say: the sidebar then explains where to set one).
 */
export async function readNextTermShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === NEXT_TERM_COMMAND)?.shortcut || null;
}
