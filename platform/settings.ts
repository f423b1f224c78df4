/**
 * User settings, kept in `browser.storage.local` so that content scripts read them too and follow
 * changes at once. Whatever is stored is validated on read: a missing, old or damaged value falls
 * back to its safe default instead of breaking the page or the sidebar.
 */
import { browser } from 'wxt/browser';
import { DISTANCE_UNITS } from '../knowledge/journal/units';
import { isOneOf } from '../knowledge/known-ids';
import {
  CARD_DELAY_RANGE,
  CARD_OPENINGS,
  MARK_STYLES,
  MARKING_MODES,
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
  markingMode: 'first-in-view',
  cardOpening: 'hover',
  mutedTerms: [],
  theme: 'auto',
  distanceUnit: null,
  paused: false,
  // On by default: the number tells a reader there is something on the page worth hovering.
  termCountBadge: true,
});

/** Where the settings are kept in `storage.local`. */
export const SETTINGS_STORAGE = 'settings';
const TERM_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Glossary ids as stored: well-formed, each once. */
function termIdList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [
    ...new Set(
      value.filter((id): id is string => typeof id === 'string' && TERM_ID_PATTERN.test(id)),
    ),
  ];
}

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
    markingMode: isOneOf(raw.markingMode, MARKING_MODES)
      ? raw.markingMode
      : DEFAULT_SETTINGS.markingMode,
    cardOpening: isOneOf(raw.cardOpening, CARD_OPENINGS)
      ? raw.cardOpening
      : DEFAULT_SETTINGS.cardOpening,
    mutedTerms: termIdList(raw.mutedTerms),
    theme: isOneOf(raw.theme, THEMES) ? raw.theme : DEFAULT_SETTINGS.theme,
    distanceUnit: isOneOf(raw.distanceUnit, DISTANCE_UNITS) ? raw.distanceUnit : null,
    paused: typeof raw.paused === 'boolean' ? raw.paused : DEFAULT_SETTINGS.paused,
    termCountBadge:
      typeof raw.termCountBadge === 'boolean'
        ? raw.termCountBadge
        : DEFAULT_SETTINGS.termCountBadge,
  };
}

/** The default running site `host` belongs to, if any. */
export function defaultSiteOf(host: string): string | undefined {
  return DEFAULT_RUNNING_SITES.find((site) => hostBelongsToSite(host, site));
}

/** Whether page explanations are on for `host` under `settings` (pausing aside). */
export function isSiteOn(settings: Settings, host: string): boolean {
  const site = defaultSiteOf(host);
  if (site) return !settings.disabledSites.includes(site);
  return settings.userSites.some((userSite) => hostBelongsToSite(host, userSite));
}

/** The settings in what was read from `storage.local` under `SETTINGS_STORAGE`. */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  return parseSettings(stored[SETTINGS_STORAGE]);
}

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await browser.storage.local.get(SETTINGS_STORAGE));
}

/** The last save under way in this page: saves run one after another (see below). */
let lastSave: Promise<unknown> = Promise.resolve();

/** A change to the settings: the fields to set, or a function of the latest stored settings. */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/** Name of the lock that orders saves across the extension's pages and its background. */
const SAVE_LOCK = 'hip-pain-guide-settings';

/**
 * Runs `work` holding the settings lock where the Web Locks API exists (every extension page
 * and the background share it), so that a save in one context waits for a save in another.
 */
function withSaveLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // `request` resolves what the callback resolves; its typing nests the promise.
  return locks ? (locks.request(SAVE_LOCK, work) as Promise<T>) : work();
}

/** Applies `change` to the stored settings and returns the result. */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  // Each save reads, changes and writes the whole record. Two at once (ticking a site off, then
  // nudging the delay slider) would both read the old record and the second write would undo the
  // first, so a save waits for the one before it (in this page, and through the lock in every
  // other), and a change that depends on the settings (adding a site to a list) is a function
  // applied to the record as stored at that moment, not to a copy read earlier.
  const save = lastSave.then(() =>
    withSaveLock(async () => {
      const current = await loadSettings();
      const patch = typeof change === 'function' ? change(current) : change;
      const next = parseSettings({ ...current, ...patch });
      await browser.storage.local.set({ [SETTINGS_STORAGE]: next });
      return next;
    }),
  );
  // The chain only orders the saves; a failed save is reported to its own caller through `save`.
  lastSave = save.catch(() => undefined);
  return save;
}

/** Calls `onChange` with fresh settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE in changes)
      onChange(parseSettings(changes[SETTINGS_STORAGE]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Stops (`muted` true) or resumes marking and explaining a term on every page. */
export function setTermMuted(termId: string, muted: boolean): Promise<Settings> {
  return updateSettings(({ mutedTerms }) => ({
    mutedTerms: muted
      ? [...mutedTerms.filter((id) => id !== termId), termId]
      : mutedTerms.filter((id) => id !== termId),
  }));
}
