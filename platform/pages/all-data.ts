/**
 * Everything the extension keeps about a reader, counted and deleted in one place: the saved
 * symptom checks, the journal's runs and shoes (IndexedDB), and the settings (storage.local).
 * "Delete all my data" in the settings uses it; after it the extension is as on a fresh install.
 */
import { browser } from 'wxt/browser';
import { matchPatternsForSite } from '../../knowledge/running-sites';
import { loadSettings } from '../settings';
import { syncUserSiteScripts } from '../site-access';
import { DATABASE_NAME, explainStorageFailure, openDatabase } from './database';

/** How much is kept, for the confirmation to say what will go. */
export interface DataCounts {
  checks: number;
  runs: number;
  shoes: number;
}

/** Counts the saved checks, runs and shoes. Rejects with a `StorageError` fit to show. */
export async function countAllData(databaseName = DATABASE_NAME): Promise<DataCounts> {
  const db = await openDatabase(databaseName);
  try {
    const [checks, runs, shoes] = await Promise.all([
      db.count('checks'),
      db.count('runs'),
      db.count('shoes'),
    ]);
    return { checks, runs, shoes };
  } catch (error) {
    throw explainStorageFailure(error);
  } finally {
    db.close();
  }
}

/**
 * Empties the checks and the whole journal (runs, shoes, injury episodes, cross-training days) in
 * one transaction (all or nothing), then the
 * settings and anything else in extension storage, and gives back the access to the reader's own
 * sites. Rejects with a `StorageError` fit to show.
 */
export async function deleteAllData(databaseName = DATABASE_NAME): Promise<void> {
  const { userSites } = await loadSettings();
  const db = await openDatabase(databaseName);
  try {
    const stores = ['checks', 'runs', 'shoes', 'episodes', 'crossTraining'] as const;
    const tx = db.transaction([...stores], 'readwrite');
    await Promise.all([...stores.map((store) => tx.objectStore(store).clear()), tx.done]);
  } catch (error) {
    throw explainStorageFailure(error);
  } finally {
    db.close();
  }
  await browser.storage.local.clear();
  // The sidebar's hand-over of a route waits here; nothing of the reader's own stays behind.
  await browser.storage.session?.clear();
  // The reader's own sites are gone from the settings: stop the script there, give access back.
  await syncUserSiteScripts();
  if (userSites.length > 0) {
    await browser.permissions.remove({ origins: userSites.flatMap(matchPatternsForSite) });
  }
}
