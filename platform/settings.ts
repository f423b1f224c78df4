/**
 * User settings, kept in `browser.storage.local` so that content scripts read them too and follow
 * changes at once. Whatever is stored is validated on read: a missing, old or damaged value falls
 * back to its safe default instead of breaking the page or the sidebar.
 */
import { browser } from 'wxt/browser';
import { isOneOf } from '../knowledge/known-ids';
import {
  CARD_DELAY_RANGE,
  MARK_STYLES,
  type MarkStyle,
  type Settings,
  THEMES,
} from '../knowledge/preferences';
import { DEFAULT_RUNNING_SITES, hostBelongsToSite, isSiteName } from '../knowledge/running-sites';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  userSites: [],
  cardDelayMs: 400,
  // A shaded mark, not an underline: Chromium re-measures every underlined text node whenever the
  // page changes (README, Measured), which on a very long page cost ~80 ms a frame.
  markStyle: 'background',
  theme: 'auto',
});

const KEY = 'settings';

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value
    .filter((site): site is string => typeof site === 'string')
    .map((site) => site.trim().toLowerCase())
    .filter(isSiteName);
  return [...new Set(sites)];
}

/** A stored mark style: 'off' (hover cards over invisible marks) became 'none', which also stops hover. */
function markStyleOf(stored: unknown): MarkStyle {
  const style = stored === 'off' ? 'none' : stored;
  return isOneOf(style, MARK_STYLES) ? style : DEFAULT_SETTINGS.markStyle;
}

/** Turns whatever was stored into valid settings, field by field. */
export function parseSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const delay = Number(raw.cardDelayMs);
  return {
    disabledSites: siteList(raw.disabledSites),
    userSites: siteList(raw.userSites),
    cardDelayMs:
      Number.isFinite(delay) && raw.cardDelayMs !== null && raw.cardDelayMs !== ''
        ? Math.min(CARD_DELAY_RANGE.max, Math.max(CARD_DELAY_RANGE.min, Math.round(delay)))
        : DEFAULT_SETTINGS.cardDelayMs,
    markStyle: markStyleOf(raw.markStyle),
    theme: isOneOf(raw.theme, THEMES) ? raw.theme : DEFAULT_SETTINGS.theme,
  };
}

/** The default running site `host` belongs to, if any. */
export function defaultSiteOf(host: string): string | undefined {
  return DEFAULT_RUNNING_SITES.find((site) => hostBelongsToSite(host, site));
}

/** Whether page explanations are on for `host` under `settings`. */
export function isSiteOn(settings: Settings, host: string): boolean {
  const site = defaultSiteOf(host);
  if (site) return !settings.disabledSites.includes(site);
  return settings.userSites.some((userSite) => hostBelongsToSite(host, userSite));
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** The last save under way in this page: saves run one after another (see below). */
let lastSave: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored settings and returns the result. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  // Each save reads, changes and writes the whole record. Two at once (ticking a site off, then
  // nudging the delay slider) would both read the old record and the second write would undo the
  // first, so a save waits for the one before it.
  const save = lastSave.then(async () => {
    const next = parseSettings({ ...(await loadSettings()), ...change });
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  // The chain only orders the saves; a failed save is reported to its own caller through `save`.
  lastSave = save.catch(() => undefined);
  return save;
}

/** Calls `onChange` with fresh settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
