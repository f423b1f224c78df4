/**
 * What extension pages' views need from the browser (settings, the sites the guide runs on, the
 * page in the active tab, the journal), behind one context. Views take these with `usePlatform()`
 * instead of importing `platform/`, so a view can be tested with plain functions in a
 * `PlatformContext.Provider`; without a provider they are the real ones.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { logError } from '../platform/log';
import { readPageTerms, showTermOnPage, watchActivePage } from '../platform/pages/active-tab';
import { startImport } from '../platform/pages/activity-import/import-client';
import { countAllData, deleteAllData } from '../platform/pages/all-data';
import { openJournal } from '../platform/pages/journal';
import { setPaused } from '../platform/pages/pause';
import { listShortcuts, readNextTermShortcut } from '../platform/pages/shortcuts';
import { currentWindowId, openSidebar } from '../platform/pages/sidebar-from-page';
import {
  requestSiteAccess,
  sitesWithoutAccess,
  watchSiteAccess,
} from '../platform/pages/site-permissions';
import {
  isStoragePersistent,
  requestPersistentStorage,
} from '../platform/pages/storage-persistence';
import { loadSettings, setTermMuted, updateSettings, watchSettings } from '../platform/settings';
import { switchSiteOff, switchSiteOn } from '../platform/site-access';

export type { PageTerm, PageTermsState } from '../platform/pages/active-tab';
export { ImportCancelled } from '../platform/pages/activity-import/import-client';
export type { ImportProgress } from '../platform/pages/activity-import/read-import';
export type { DataCounts } from '../platform/pages/all-data';
export type { JournalRepository } from '../platform/pages/journal';
export type { Shortcut } from '../platform/pages/shortcuts';

/** The browser as views see it. */
export interface Platform {
  loadSettings: typeof loadSettings;
  updateSettings: typeof updateSettings;
  /** Pauses or resumes every mark and card (saved by the background, which outlives the view). */
  setPaused: typeof setPaused;
  setTermMuted: typeof setTermMuted;
  watchSettings: typeof watchSettings;
  /** Asks for the site's permission where needed: call straight from the click. */
  switchSiteOn: typeof switchSiteOn;
  switchSiteOff: typeof switchSiteOff;
  readPageTerms: typeof readPageTerms;
  showTermOnPage: typeof showTermOnPage;
  watchActivePage: typeof watchActivePage;
  openJournal: typeof openJournal;
  /** Whether the browser keeps our storage (null: it cannot say), and asking it to. */
  isStoragePersistent: typeof isStoragePersistent;
  requestPersistentStorage: typeof requestPersistentStorage;
  /** Reads activity files in a worker, for the journal's import. */
  startImport: typeof startImport;
  /** The shortcut that steps through the marked words on a page, as the person has it set. */
  readNextTermShortcut: typeof readNextTermShortcut;
  /** Records an error a view could not show in words (with where it happened). */
  logError: typeof logError;
  /** Switched-on sites the browser holds no access to (Firefox lets readers withhold it). */
  sitesWithoutAccess: typeof sitesWithoutAccess;
  /** Asks for access to sites: call straight from the click. */
  requestSiteAccess: typeof requestSiteAccess;
  watchSiteAccess: typeof watchSiteAccess;
  /** The reader's keyboard shortcuts as the browser has them now. */
  listShortcuts: typeof listShortcuts;
  /** Opens the sidebar in a window: call straight from the click. */
  openSidebar: typeof openSidebar;
  /** The window of the page (read ahead of a click that opens the sidebar). */
  currentWindowId: typeof currentWindowId;
  countAllData: typeof countAllData;
  deleteAllData: typeof deleteAllData;
}

/** The real browser. */
export const browserPlatform: Platform = {
  loadSettings,
  updateSettings,
  setPaused,
  setTermMuted,
  watchSettings,
  switchSiteOn,
  switchSiteOff,
  readPageTerms,
  showTermOnPage,
  watchActivePage,
  openJournal,
  isStoragePersistent,
  requestPersistentStorage,
  startImport,
  readNextTermShortcut,
  logError,
  sitesWithoutAccess,
  requestSiteAccess,
  watchSiteAccess,
  listShortcuts,
  openSidebar,
  currentWindowId,
  countAllData,
  deleteAllData,
};

/** Provide another `Platform` (tests) around the views that should use it. */
export const PlatformContext = createContext<Platform>(browserPlatform);

/** The browser functions for this view. */
export function usePlatform(): Platform {
  return useContext(PlatformContext);
}
