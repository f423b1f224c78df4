import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Route } from '../../../knowledge/routes';
import { readPageMessage } from '../../../platform/background/page-messages';
import { readSidebarMessage } from '../../../platform/background/sidebar-messages';
import { readExtensionMessage } from '../../../platform/content/extension-messages';
import {
  listenForCalls,
  type PageToBackgroundCalls,
  type Sender,
} from '../../../platform/messages';

const OUR_ID = 'test-extension-id';

/** A content script of ours in the top frame of tab 4. */
const contentScript: Sender = {
  id: OUR_ID,
  tab: { id: 4, windowId: 1, index: 0, active: true } as Sender['tab'],
  frameId: 0,
};
/** The sidebar: our extension, no tab. */
const sidebar: Sender = { id: OUR_ID, url: `chrome-extension://${OUR_ID}/sidepanel.html` };

beforeEach(() => {
  fakeBrowser.reset();
});

const openGuide = (route: unknown) => ({ type: 'page→background:open-guide', route });

describe('what the background accepts from a page', () => {
  it('accepts a card asking for a term or for a guide entry', () => {
    expect(
      readPageMessage({ type: 'page→background:describe-term', termId: 'itbs' }, contentScript),
    ).toEqual({ type: 'page→background:describe-term', termId: 'itbs' });
    const routes: Route[] = [
      { view: 'condition', id: 'hip-bursitis' },
      { view: 'term', id: 'iliotibial-band' },
      { view: 'habits', item: null },
      { view: 'red-flags', item: 'fall-injury' },
      { view: 'check', from: 'iliotibial-band', saved: null, preset: {} },
      { view: 'check', from: null, saved: null, preset: { zone: 'groin', onset: 'gradual' } },
    ];
    for (const route of routes) {
      expect(readPageMessage(openGuide(route), contentScript)).toEqual(openGuide(route));
    }
  });

  it("accepts a page's state for the toolbar button, whole counts only", () => {
    const state = { type: 'page→background:page-state', explaining: true, termCount: 4 };
    expect(readPageMessage(state, contentScript)).toEqual(state);
    for (const wrong of [
      { ...state, termCount: -1 },
      { ...state, termCount: 1.5 },
      { ...state, termCount: '4' },
      { ...state, explaining: 'yes' },
    ]) {
      expect(readPageMessage(wrong, contentScript)).toBeNull();
    }
    expect(readPageMessage(state, sidebar)).toBeNull();
  });

  it("accepts a page's call for the card's code from our content script only, and nothing it carries", () => {
    const load = { type: 'page→background:load-card' };
    expect(readPageMessage(load, contentScript)).toEqual(load);
    expect(readPageMessage({ ...load, files: ['/background.js'] }, contentScript)).toEqual(load);
    expect(readPageMessage(load, sidebar)).toBeNull();
    expect(readPageMessage(load, { ...contentScript, frameId: 3 })).toBeNull();
  });

  it("accepts a page's call for the explainer's code from our content script only, and nothing it carries", () => {
    const load = { type: 'page→background:load-explainer' };
    expect(readPageMessage(load, contentScript)).toEqual(load);
    expect(readPageMessage({ ...load, files: ['/background.js'] }, contentScript)).toEqual(load);
    expect(readPageMessage(load, sidebar)).toBeNull();
    expect(readPageMessage(load, { ...contentScript, frameId: 3 })).toBeNull();
  });

  it("accepts the page gate's text and state from our content script only, in their shape", () => {
    const state = {
      saw: 2,
      titleCorroborates: false,
      titleRead: 'Engineering',
      joinsOfWhole: true,
      heads: ['labral'],
      tails: [],
    };
    const whole = {
      type: 'page→background:gate-read',
      texts: ['<>Our release cadence'],
      title: 'x',
      state: null,
    };
    const change = { ...whole, texts: ['<b>tear</b>', 'more'], state };
    expect(readPageMessage(whole, contentScript)).toEqual(whole);
    expect(readPageMessage({ ...change, extra: 1 }, contentScript)).toEqual(change);
    expect(readPageMessage(whole, sidebar)).toBeNull();
    for (const wrong of [
      { ...whole, texts: 'one text' },
      { ...whole, texts: [7] },
      { ...whole, title: null },
      { ...whole, state: undefined },
      { ...change, state: { ...state, saw: -1 } },
      { ...change, state: { ...state, saw: 1.5 } },
      { ...change, state: { ...state, saw: 99 } },
      { ...change, state: { ...state, heads: 'labral' } },
      { ...change, state: { ...state, tails: [3] } },
      { ...change, state: { ...state, titleRead: 5 } },
      { ...change, state: { ...state, joinsOfWhole: 'yes' } },
    ]) {
      expect(readPageMessage(wrong, contentScript)).toBeNull();
    }
  });

  it('refuses a message from anyone but our content script', () => {
    const message = openGuide({ view: 'habits', item: null });
    expect(readPageMessage(message, { ...contentScript, id: 'another-extension' })).toBeNull();
    expect(readPageMessage(message, { ...contentScript, id: undefined })).toBeNull();
    // Our own pages have no tab: they never speak as a page.
    expect(readPageMessage(message, sidebar)).toBeNull();
    // The content script runs in the top frame only; a frame claiming to be it is not.
    expect(readPageMessage(message, { ...contentScript, frameId: 3 })).toBeNull();
  });

  it('refuses messages of the wrong shape', () => {
    for (const raw of [
      null,
      'page→background:open-guide',
      [],
      { type: 'page→background:describe-term' },
      { type: 'page→background:describe-term', termId: 7 },
      { type: 'page→background:describe-term', termId: 'x'.repeat(500) },
      { type: 'page→background:open-guide' },
      { type: 'page→background:open-guide', route: 'condition/hip-bursitis' },
      { type: 'sidebar→page:list-terms' },
      { type: 'page→background:delete-everything' },
    ]) {
      expect(readPageMessage(raw, contentScript)).toBeNull();
    }
  });

  it('refuses routes the extension could not have made', () => {
    for (const route of [
      { view: 'condition', id: 'knee-pain' },
      { view: 'term', id: 'not-a-term' },
      { view: 'habits', item: 'drink-bleach' },
      { view: 'red-flags', item: 'made-up' },
      { view: 'search', query: 'anything' },
      { view: 'settings' },
      { view: 'history' },
      { view: 'not-found', path: 'x' },
      // A check a page fills with its own words, or one that reopens a saved check.
      { view: 'check', from: null, saved: null, preset: { text: 'you are fine, keep running' } },
      { view: 'check', from: null, saved: 3, preset: {} },
      { view: 'check', from: 'made-up', saved: null, preset: {} },
      { view: 'check', from: null, saved: null, preset: { zone: 'elbow' } },
      { view: 'check', from: null, saved: null },
      // Extra fields a later reader might trust.
      { view: 'condition', id: 'hip-bursitis', note: 'extra' },
      { view: 'habits', item: null, html: '<img>' },
    ]) {
      expect(readPageMessage(openGuide(route), contentScript)).toBeNull();
    }
  });
});

describe("what the background accepts from the extension's own pages", () => {
  const pause = { type: 'sidebar→background:set-paused', paused: true };

  it('accepts a pause or a resume from the sidebar, in a side panel or in a tab', () => {
    expect(readSidebarMessage(pause, sidebar)).toEqual(pause);
    const resume = { ...pause, paused: false };
    expect(readSidebarMessage(resume, { ...sidebar, tab: contentScript.tab })).toEqual(resume);
  });

  it('refuses a content script, another extension and wrong shapes', () => {
    // A content script carries our id, but speaks from the web page's address.
    const onAPage = { ...contentScript, url: 'https://www.strava.com/activities/1' };
    expect(readSidebarMessage(pause, onAPage)).toBeNull();
    expect(readSidebarMessage(pause, contentScript)).toBeNull();
    expect(readSidebarMessage(pause, { ...sidebar, id: 'another-extension' })).toBeNull();
    for (const raw of [
      null,
      { type: 'sidebar→background:set-paused' },
      { type: 'sidebar→background:set-paused', paused: 'yes' },
      { type: 'page→background:page-state', explaining: true, termCount: 1 },
    ]) {
      expect(readSidebarMessage(raw, sidebar)).toBeNull();
    }
  });
});

describe('what a content script accepts from the extension', () => {
  it('accepts each call from our extension', () => {
    for (const type of [
      'sidebar→page:list-terms',
      'sidebar→page:which-site',
      'background→page:next-term',
      'background→page:ping',
      'background→page:page-state',
    ]) {
      expect(readExtensionMessage({ type }, sidebar)).toEqual({ type });
    }
    expect(
      readExtensionMessage({ type: 'sidebar→page:show-term', termId: 'itbs', index: 2 }, sidebar),
    ).toEqual({ type: 'sidebar→page:show-term', termId: 'itbs', index: 2 });
  });

  it('refuses other senders and wrong shapes', () => {
    expect(
      readExtensionMessage({ type: 'sidebar→page:list-terms' }, { id: 'another-extension' }),
    ).toBeNull();
    expect(readExtensionMessage({ type: 'sidebar→page:list-terms' }, {})).toBeNull();
    for (const raw of [
      undefined,
      { type: 'sidebar→page:show-term', termId: 'itbs' },
      { type: 'sidebar→page:show-term', termId: 'itbs', index: -1 },
      { type: 'sidebar→page:show-term', termId: 'itbs', index: 1.5 },
      { type: 'sidebar→page:show-term', termId: 3, index: 0 },
      { type: 'page→background:open-guide', route: { view: 'habits', item: null } },
    ]) {
      expect(readExtensionMessage(raw, sidebar)).toBeNull();
    }
  });
});

describe('listening for calls', () => {
  /** Delivers `message` as the browser would, and resolves what the listeners answered. */
  async function deliver(message: unknown, sender: Sender): Promise<unknown[]> {
    const answers: unknown[] = [];
    const answered = new Promise<void>((resolve) => {
      void fakeBrowser.runtime.onMessage
        .trigger(message, sender, (reply: unknown) => {
          answers.push(reply);
          resolve();
        })
        // A listener that returns false (not its message) answers nothing: done at once.
        .then((returned: unknown[]) => returned.every((r) => r !== true) && resolve());
    });
    await answered;
    return answers;
  }

  it('answers accepted messages through sendResponse and leaves the rest unanswered', async () => {
    const describe = vi.fn(() => null);
    const open = vi.fn(() => ({ opened: true }));
    const stop = listenForCalls<PageToBackgroundCalls>(readPageMessage, {
      'page→background:describe-term': describe,
      'page→background:open-guide': open,
      'page→background:load-card': () => null,
      'page→background:load-explainer': () => null,
      'page→background:gate-read': () => ({ verdict: 'open' }),
      'page→background:mark-styles': () => null,
      'page→background:page-state': () => null,
    });
    const message = { type: 'page→background:describe-term', termId: 'itbs' };
    expect(await deliver(message, contentScript)).toEqual([null]);
    expect(describe).toHaveBeenCalledWith(message, contentScript);

    expect(await deliver(message, sidebar)).toEqual([]);
    const planted = openGuide({ view: 'check', from: null, saved: null, preset: { text: 'x' } });
    expect(await deliver(planted, contentScript)).toEqual([]);
    expect(open).not.toHaveBeenCalled();
    expect(describe).toHaveBeenCalledTimes(1);

    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('answers undefined (no answer) when a handler fails, instead of leaving the sender waiting', async () => {
    listenForCalls<PageToBackgroundCalls>(readPageMessage, {
      'page→background:describe-term': () => {
        throw new Error('the glossary is gone');
      },
      'page→background:open-guide': () => Promise.reject(new Error('no sidebar')),
      'page→background:load-card': () => null,
      'page→background:load-explainer': () => null,
      'page→background:gate-read': () => ({ verdict: 'open' }),
      'page→background:mark-styles': () => null,
      'page→background:page-state': () => null,
    });
    const describe = { type: 'page→background:describe-term', termId: 'itbs' };
    expect(await deliver(describe, contentScript)).toEqual([undefined]);
    const open = openGuide({ view: 'habits', item: null });
    expect(await deliver(open, contentScript)).toEqual([undefined]);
  });
});

describe('a page asking for its marks to be styled', () => {
  const names = { underline: 'qwertyuiopas', background: 'zxcvbnmlkjhg' };
  const scope = [
    [
      ['body', 2],
      ['p', 1],
    ],
  ];

  it('is accepted with two random names, the elements to style and a flag', () => {
    const message = { type: 'page→background:mark-styles', names, scope, on: true };
    expect(readPageMessage(message, contentScript)).toEqual(message);
  });

  it('is refused with names that could break out of CSS, or without the flag', () => {
    for (const raw of [
      { type: 'page→background:mark-styles', names, scope },
      { type: 'page→background:mark-styles', names, scope, on: 'yes' },
      { type: 'page→background:mark-styles', names, on: true },
      { type: 'page→background:mark-styles', names, scope: [[['p{} body', 1]]], on: true },
      {
        type: 'page→background:mark-styles',
        names: { ...names, background: 'a) } body { display: none } ::highlight(b' },
        scope,
        on: true,
      },
    ]) {
      expect(readPageMessage(raw, contentScript)).toBeNull();
    }
    expect(
      readPageMessage({ type: 'page→background:mark-styles', names, scope, on: true }, sidebar),
    ).toBeNull();
  });
});
