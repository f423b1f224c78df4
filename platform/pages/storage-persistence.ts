/**
 * Asking the browser to keep the extension's storage. Without it, a browser short of disk space
 * may clear IndexedDB ("best-effort" storage) and the journal would be gone without a word. The
 * request is made when the journal or history first stores something; the settings view says
 * whether storage is persistent.
 */
import { logError } from '../log';

/** Whether the browser has agreed to keep our storage; null where it cannot say. */
export async function isStoragePersistent(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return null;
  try {
    return await navigator.storage.persisted();
  } catch (error) {
    logError('pages: ask whether storage is persistent', error);
    return null;
  }
}

/**
 * Asks the browser to keep our storage, once it is not already persistent. Resolves the answer
 * (null where the browser cannot say). Chromium decides without a prompt; Firefox may ask.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const persistent = await isStoragePersistent();
  if (persistent !== false || !navigator.storage.persist) return persistent;
  try {
    return await navigator.storage.persist();
  } catch (error) {
    logError('pages: ask the browser to keep storage', error);
    return null;
  }
}
