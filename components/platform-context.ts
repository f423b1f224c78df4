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
import { openJournal } from '../platform/pages/journal';
import { readNextTermShortcut } from '../platform/pages/shortcuts';
import {
  isStoragePersistent,
  requestPersistentStorage,
} from '../platform/pages/storage-persistence';
import { loadSettings, setTermMuted, updateSettings, watchSettings } from '../platform/settings';
import { switchSiteOff, switchSiteOn } from '../platform/site-access';

export type { PageTerm, PageTermsState } from '../platform/pages/active-tab';
export { ImportCancelled } from '../platform/pages/activity-import/import-client';
export type { ImportProgress } from '../platform/pages/activity-import/read-import';
export type { JournalRepository } from '../platform/pages/journal';

/** The browser as views see it. */
export interface Platform {
  loadSettings: typeof loadSettings;
  updateSettings: typeof updateSettings;
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
}

/** The real browser. */
export const browserPlatform: Platform = {
  loadSettings,
  updateSettings,
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
};

/** Provide another `Platform` (tests) around the views that should use it. */
export const PlatformContext = createContext<Platform>(browserPlatform);

/** The browser functions for this view. */
export function usePlatform(): Platform {
  return useContext(PlatformContext);
}
