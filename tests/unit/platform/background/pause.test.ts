import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPaused, togglePause } from '../../../../platform/background/pause';
import { loadSettings, updateSettings } from '../../../../platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the pause command', () => {
  it('pauses, then resumes, keeping every other setting', async () => {
    await updateSettings({ disabledSites: ['strava.com'], theme: 'dark' });
    expect((await togglePause()).paused).toBe(true);
    expect(await loadSettings()).toMatchObject({
      paused: true,
      disabledSites: ['strava.com'],
      theme: 'dark',
    });
    expect((await togglePause()).paused).toBe(false);
    expect((await loadSettings()).paused).toBe(false);
  });
});

describe('the pause asked for by the sidebar', () => {
  it('sets the pause as asked, whatever it was, keeping every other setting', async () => {
    await updateSettings({ mutedTerms: ['itbs'] });
    expect((await setPaused(true)).paused).toBe(true);
    expect((await setPaused(true)).paused).toBe(true);
    expect(await loadSettings()).toMatchObject({ paused: true, mutedTerms: ['itbs'] });
    expect((await setPaused(false)).paused).toBe(false);
    expect((await loadSettings()).paused).toBe(false);
  });
});
