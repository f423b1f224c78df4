// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { replacementKey, startScriptLifetime } from '../../../../platform/content/script-lifetime';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A fresh page of its own for each copy that needs one. */
function newDocument(): Document {
  return document.implementation.createHTMLDocument('a running site');
}

describe('the content script’s own lifetime', () => {
  it('is ended by a newer copy starting on the same page, and only there', async () => {
    const page = newDocument();
    const elsewhere = await startScriptLifetime(newDocument());
    const older = await startScriptLifetime(page);
    expect(older.isValid).toBe(true);

    const newer = await startScriptLifetime(page);
    expect(older.signal.aborted).toBe(true);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(elsewhere.isValid).toBe(true);
  });

  it('tells the page nothing: its one event is named by a random stored key', async () => {
    const page = newDocument();
    const dispatch = vi.spyOn(page, 'dispatchEvent');
    await startScriptLifetime(page);

    const { contentScriptKey } = await fakeBrowser.storage.local.get('contentScriptKey');
    // happy-dom passes one event through `dispatchEvent` again on its way up to the window.
    const events = [...new Set(dispatch.mock.calls.map(([event]) => event))];
    expect(events).toHaveLength(1);
    const event = events[0] as Event;
    expect(event.type).toBe(contentScriptKey);
    expect(event.type).toMatch(/^[a-z0-9]{24,}$/);
    expect(event.type).not.toContain(fakeBrowser.runtime.id);
    // Not a CustomEvent: nothing rides along for a page that did guess the name.
    expect(event.constructor).toBe(Event);
  });

  it('ends the older copy with a key the caller read with its settings, as with its own read', async () => {
    const page = newDocument();
    const older = await startScriptLifetime(page);
    // What the content script reads at start: the key beside the settings, in one call.
    const stored = await fakeBrowser.storage.local.get(['contentScriptKey', 'settings']);
    const newer = await startScriptLifetime(page, stored);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
  });

  it('cannot be ended by a page sending an event under a name it could know', async () => {
    const page = newDocument();
    const life = await startScriptLifetime(page);
    for (const type of [
      `${fakeBrowser.runtime.id}:terms:wxt:content-script-started`,
      `${fakeBrowser.runtime.id}:page-terms:wxt:content-script-started`,
      'wxt:content-script-started',
    ]) {
      page.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'page-terms' } }));
    }
    expect(life.isValid).toBe(true);
  });

  it('notices that its extension went away (Chrome leaves the copy running without it)', async () => {
    const life = await startScriptLifetime(newDocument());
    // What Chrome does to an orphaned content script: `runtime.id` is gone, nothing else says so.
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(life.isValid).toBe(false);
    expect(life.signal.aborted).toBe(true);
  });
});

describe('replacementKey', () => {
  it('is made once and read back by every later copy, so an update’s copy can stop the old one', async () => {
    const first = await replacementKey();
    expect(await replacementKey()).toBe(first);
    expect(await fakeBrowser.storage.local.get('contentScriptKey')).toEqual({
      contentScriptKey: first,
    });
  });

  it('is made afresh when what is stored is missing or damaged', async () => {
    await fakeBrowser.storage.local.set({ contentScriptKey: 'short' });
    const key = await replacementKey();
    expect(key).not.toBe('short');
    expect(key).toMatch(/^[a-z0-9]{24,}$/);
    fakeBrowser.reset();
    expect(await replacementKey()).not.toBe(key);
  });
});
