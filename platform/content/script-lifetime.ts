/**
 * How long this copy of the content script may act on its page, found out without telling the
 * page. A copy ends when a newer copy starts on the same page (after an install or update the
 * background starts one in every open tab), and it notices when its extension went away
 * (reloaded, updated, disabled or removed: Chrome leaves the old copy running, cut off, with
 * `runtime.id` gone).
 *
 * WXT's content-script context did the first by dispatching `<extension id>:<script>:wxt:
 * content-script-started` on `document` at every start, so any page that knows our public store
 * id could tell the extension was there, even on a site the reader switched off, and could stop
 * it. Here the newer copy dispatches an event named by a random key kept in `storage.local`,
 * which the older copy read when it started: a page cannot listen for a name it does not know
 * (a DOM listener needs the exact type, and the page cannot reach a content script's
 * `dispatchEvent` from its own world), nor send it.
 */
import { browser } from 'wxt/browser';

/** What `page/lifetime.ts` builds on (its `ParentLifetime`). */
export interface ScriptLifetime {
  readonly signal: AbortSignal;
  /** False once ended; reading it also notices an extension that went away. */
  readonly isValid: boolean;
}

/** Where the key is kept in `storage.local`. */
export const REPLACEMENT_KEY_STORAGE = 'contentScriptKey';
const KEY_PATTERN = /^[a-z0-9]{24,}$/;

/**
 * The random name under which a new copy of the content script stops the old one: made once and
 * kept in `storage.local` (so a copy of an updated extension finds the old copy's key). The
 * background makes it before it starts copies in open tabs, so that they all read the same one.
 */
export async function replacementKey(alreadyRead?: Record<string, unknown>): Promise<string> {
  const read: Record<string, unknown> =
    alreadyRead ?? (await browser.storage.local.get(REPLACEMENT_KEY_STORAGE));
  const stored = read[REPLACEMENT_KEY_STORAGE];
  if (typeof stored === 'string' && KEY_PATTERN.test(stored)) return stored;
  const key = Array.from(crypto.getRandomValues(new Uint32Array(6)), (n) =>
    n.toString(36).padStart(7, '0'),
  ).join('');
  await browser.storage.local.set({ [REPLACEMENT_KEY_STORAGE]: key });
  return key;
}

/**
 * Starts this copy's lifetime on `doc`, ending any older copy there first. `alreadyRead`: what
 * the caller read from `storage.local` at start, with `REPLACEMENT_KEY_STORAGE` among the keys
 * (the content script reads it with the settings: one trip to the browser fewer on every page).
 */
export async function startScriptLifetime(
  doc: Document,
  alreadyRead?: Record<string, unknown>,
): Promise<ScriptLifetime> {
  const controller = new AbortController();
  const { signal } = controller;
  const key = await replacementKey(alreadyRead);
  // Synchronous: the older copy has ended before this one listens, and this one never hears itself.
  doc.dispatchEvent(new Event(key));
  doc.addEventListener(key, () => controller.abort(), { once: true, signal });
  return {
    signal,
    get isValid() {
      // Chrome keeps an orphaned copy running with `runtime.id` gone; nothing else says so.
      if (!signal.aborted && browser.runtime?.id === undefined) controller.abort();
      return !signal.aborted;
    },
  };
}
