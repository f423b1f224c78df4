/**
 * Pausing every mark and card at once: a tick box in the toolbar button's own context menu and a
 * keyboard command, beside the sidebar header's button. The pause is a setting (storage.local),
 * so it survives a restart, and every open page follows it at once through `watchSettings`.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../knowledge/preferences';
import { loadSettings, updateSettings } from '../settings';

/** The menu item's id, and the keyboard command's name in the manifest. */
export const PAUSE_MENU_ID = 'pause-everywhere';
export const PAUSE_COMMAND = 'toggle-pause';

/** Creates the tick box on the toolbar button's menu (right-click on the button). */
export function createPauseMenuItem(settings: Settings): void {
  browser.contextMenus.create({
    id: PAUSE_MENU_ID,
    type: 'checkbox',
    title: 'Pause marks and cards on every site',
    contexts: ['action'],
    checked: settings.paused,
  });
}

/** Keeps the tick box in step with the setting (changed from the sidebar or the shortcut). */
export async function showPauseInMenu(settings: Settings): Promise<void> {
  await browser.contextMenus.update(PAUSE_MENU_ID, { checked: settings.paused });
}

/** Pauses when running, resumes when paused; resolves the new settings. */
export async function togglePause(): Promise<Settings> {
  const { paused } = await loadSettings();
  return updateSettings({ paused: !paused });
}
