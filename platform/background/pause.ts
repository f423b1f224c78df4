/**
 * Pausing every mark and card at once, in one place for every way to ask: the tick box in the
 * toolbar button's own context menu, the keyboard command, and the sidebar's header button and
 * settings switch (which send `sidebar→background:set-paused`). The background saves the pause,
 * because it outlives the sidebar: a save is a read, a lock and a write, and a sidebar closed
 * right after the click used to take an unfinished save with it, leaving every page paused while
 * the switch had said "resumed". The pause is a setting (storage.local), so it survives a
 * restart, and every open page follows it at once through `watchSettings`.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../knowledge/preferences';
import { updateSettings } from '../settings';

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

/** Pauses (`paused` true) or resumes; resolves the new settings. */
export function setPaused(paused: boolean): Promise<Settings> {
  return updateSettings({ paused });
}

/** Pauses when running, resumes when paused; resolves the new settings. */
export function togglePause(): Promise<Settings> {
  // A function of the settings as stored when the save runs, not of a copy read before it.
  return updateSettings(({ paused }) => ({ paused: !paused }));
}
