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

/** One of our commands with its current shortcut ('' when the reader removed it). */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** What the browser's own "open the sidebar" commands do, in words (they carry no description). */
const BUILT_IN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  _execute_action: 'Open Hip Pain Guide',
  _execute_sidebar_action: 'Open Hip Pain Guide',
};

/** Every command of ours with its shortcut, the sidebar's first (the welcome page lists them). */
export async function listShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((command) => command.name)
    .map((command) => {
      const name = command.name ?? '';
      return {
        name,
        description: command.description || BUILT_IN_DESCRIPTIONS[name] || name,
        shortcut: command.shortcut ?? '',
      };
    })
    .sort((a, b) => Number(b.name.startsWith('_')) - Number(a.name.startsWith('_')));
}
