import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteOn,
  loadSettings,
  parseSettings,
  setTermMuted,
  updateSettings,
  watchSettings,
} from '../../../platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, or for junk', () => {
    for (const stored of [undefined, null, 42, 'settings', [], { theme: 7 }]) {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid values and replaces each invalid one with its default, field by field', () => {
    expect(
      parseSettings({
        disabledSites: ['letsrun.com', 42, 'not a site', 'LetsRun.com', '  strava.com '],
        userSites: 'example.org',
        cardDelayMs: '600',
        markStyle: 'rainbow',
        theme: 'dark',
        distanceUnit: 'furlongs',
        paused: 'yes',
        termCountBadge: false,
      }),
    ).toEqual({
      disabledSites: ['letsrun.com', 'strava.com'],
      userSites: [],
      cardDelayMs: 600,
      markStyle: 'background',
      markingMode: 'first-in-view',
      cardOpening: 'hover',
      mutedTerms: [],
      theme: 'dark',
      distanceUnit: null,
      paused: false,
      termCountBadge: false,
    });
  });

  it('keeps a chosen distance unit, and leaves it unchosen when none was stored', () => {
    expect(parseSettings({ distanceUnit: 'mi' }).distanceUnit).toBe('mi');
    expect(parseSettings({ distanceUnit: 'km' }).distanceUnit).toBe('km');
    expect(parseSettings({}).distanceUnit).toBeNull();
  });

  it('keeps the marking mode, the way cards open and muted term ids, dropping junk', () => {
    expect(
      parseSettings({
        markingMode: 'every',
        cardOpening: 'click',
        mutedTerms: ['cadence', 'cadence', 'Not An Id', 42, 'it-band-syndrome', '<b>'],
      }),
    ).toMatchObject({
      markingMode: 'every',
      cardOpening: 'click',
      mutedTerms: ['cadence', 'it-band-syndrome'],
    });
    expect(parseSettings({ markingMode: 'all', cardOpening: 'shake' })).toMatchObject({
      markingMode: 'first-in-view',
      cardOpening: 'hover',
    });
  });

  it('starts unpaused with the term count on the toolbar button, and keeps a pause', () => {
    expect(DEFAULT_SETTINGS.paused).toBe(false);
    expect(DEFAULT_SETTINGS.termCountBadge).toBe(true);
    expect(parseSettings({ paused: true }).paused).toBe(true);
  });

  it('keeps the card delay within its range and ignores empty or impossible numbers', () => {
    expect(parseSettings({ cardDelayMs: 5 }).cardDelayMs).toBe(150);
    expect(parseSettings({ cardDelayMs: 99_999 }).cardDelayMs).toBe(1500);
    for (const cardDelayMs of [Number.NaN, Number.POSITIVE_INFINITY, '', null, 'soon']) {
      expect(parseSettings({ cardDelayMs }).cardDelayMs).toBe(400);
    }
  });
});

describe('isSiteOn', () => {
  it('is on for the default running sites and their subdomains, off elsewhere', () => {
    expect(isSiteOn(DEFAULT_SETTINGS, 'www.runnersworld.com')).toBe(true);
    expect(isSiteOn(DEFAULT_SETTINGS, 'old.reddit.com')).toBe(true);
    expect(isSiteOn(DEFAULT_SETTINGS, 'notreddit.com')).toBe(false);
    expect(isSiteOn(DEFAULT_SETTINGS, 'www.example.org')).toBe(false);
  });

  it('follows sites the user switched off or on', () => {
    const settings = parseSettings({
      disabledSites: ['reddit.com'],
      userSites: ['runblog.example'],
    });
    expect(isSiteOn(settings, 'www.reddit.com')).toBe(false);
    expect(isSiteOn(settings, 'runblog.example')).toBe(true);
    expect(isSiteOn(settings, 'www.runblog.example')).toBe(true);
  });
});

describe('stored settings', () => {
  it('reads damaged storage as safe defaults instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { markStyle: 'none', theme: { evil: true } } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none' });
  });

  it("reads the old 'off' mark style as 'none', which also stops hover cards", async () => {
    await fakeBrowser.storage.local.set({ settings: { markStyle: 'off' } });
    expect((await loadSettings()).markStyle).toBe('none');
  });

  it('keeps every change when several are saved at once', async () => {
    await Promise.all([
      updateSettings({ disabledSites: ['strava.com'] }),
      updateSettings({ cardDelayMs: 450 }),
      updateSettings({ markStyle: 'none' }),
    ]);
    expect(await loadSettings()).toMatchObject({
      disabledSites: ['strava.com'],
      cardDelayMs: 450,
      markStyle: 'none',
    });
  });

  it('applies a change that depends on the settings to them as stored when it runs', async () => {
    // Two quick site switches: each adds to the list as stored, so neither drops the other.
    const addSite = (site: string) =>
      updateSettings((settings) => ({ userSites: [...settings.userSites, site] }));
    await Promise.all([addSite('runblog.example'), addSite('trailtalk.example')]);
    expect((await loadSettings()).userSites).toEqual(['runblog.example', 'trailtalk.example']);
  });

  it('saves a change and tells every watcher the new settings at once', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'light' });
    expect(await loadSettings()).toMatchObject({ theme: 'light', markStyle: 'background' });
    expect(seen).toEqual(['light']);
    stop();
    await updateSettings({ theme: 'dark' });
    expect(seen).toEqual(['light']);
  });
});

describe('setTermMuted', () => {
  it('mutes a term once and unmutes it, keeping the others', async () => {
    await setTermMuted('cadence', true);
    await setTermMuted('fai', true);
    await setTermMuted('cadence', true);
    expect((await loadSettings()).mutedTerms).toEqual(['fai', 'cadence']);
    await setTermMuted('fai', false);
    expect((await loadSettings()).mutedTerms).toEqual(['cadence']);
  });

  it('loses no mute when two are saved at once (a card and the sidebar)', async () => {
    await Promise.all([setTermMuted('cadence', true), setTermMuted('fai', true)]);
    expect((await loadSettings()).mutedTerms.sort()).toEqual(['cadence', 'fai']);
  });
});
