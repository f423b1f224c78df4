// @vitest-environment happy-dom
/**
 * The "on this page" view with plain functions in place of the browser (no fake browser): the
 * view reaches the browser only through `PlatformContext`.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPageView } from '../../../components/on-this-page/OnThisPageView';
import {
  browserPlatform,
  type PageTermsState,
  type Platform,
  PlatformContext,
} from '../../../components/platform-context';

let root: HTMLElement;

/** Every browser function fails loudly unless the test gives it. */
function fakePlatform(overrides: Partial<Platform>): Platform {
  const unexpected = Object.fromEntries(
    Object.keys(browserPlatform).map((name) => [
      name,
      () => {
        throw new Error(`unexpected call to ${name}`);
      },
    ]),
  ) as unknown as Platform;
  return {
    ...unexpected,
    watchActivePage: () => () => {},
    watchSettings: () => () => {},
    readNextTermShortcut: async () => 'Alt+Shift+J',
    ...overrides,
  };
}

async function mount(platform: Platform) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <PlatformContext.Provider value={platform}>
        <OnThisPageView />
      </PlatformContext.Provider>,
      root,
    );
  });
}

function text(): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

function button(name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`No button "${name}" in: ${text()}`);
  return found;
}

afterEach(async () => {
  await act(async () => render(null, root));
  root.remove();
});

describe('on this page, without a browser', () => {
  it('lists the page’s terms and asks the page to show the one chosen', async () => {
    const showTermOnPage = vi.fn(async () => false);
    const terms: PageTermsState = {
      kind: 'terms',
      tabId: 3,
      terms: [{ termId: 'iliotibial-band', count: 2 }],
    };
    await mount(fakePlatform({ readPageTerms: async () => terms, showTermOnPage }));
    await vi.waitFor(() => expect(text()).toContain('2 times'));
    await act(async () => button('2').click());
    expect(showTermOnPage).toHaveBeenCalledWith(3, 'iliotibial-band', 0);
    await vi.waitFor(() => expect(text()).toContain('That word is no longer on the page.'));
  });

  it('offers to switch an off site on, and looks again once it is on', async () => {
    const states: PageTermsState[] = [
      { kind: 'off', tabId: 3, sites: ['strava.com'] },
      { kind: 'terms', tabId: 3, terms: [] },
    ];
    const readPageTerms = vi.fn(async () => states.shift() ?? { kind: 'no-page' as const });
    const switchSiteOn = vi.fn(async () => true);
    await mount(fakePlatform({ readPageTerms, switchSiteOn }));
    await vi.waitFor(() => expect(text()).toContain('switched off on this site'));
    await act(async () => button('Switch on for strava.com').click());
    expect(switchSiteOn).toHaveBeenCalledWith('strava.com');
    await vi.waitFor(() => expect(text()).toContain('No hip-pain words found on this page.'));
  });

  it('tells me the real shortcut that steps through the marked words', async () => {
    const terms: PageTermsState = {
      kind: 'terms',
      tabId: 3,
      terms: [{ termId: 'iliotibial-band', count: 2 }],
    };
    await mount(
      fakePlatform({
        readPageTerms: async () => terms,
        readNextTermShortcut: async () => 'Ctrl+Y',
      }),
    );
    await vi.waitFor(() =>
      expect(text()).toContain('press Ctrl+Y to step through the marked words'),
    );
    expect(text()).toContain('Or use this list: every word in it is a button.');
  });

  it('says where to set a shortcut when I have none', async () => {
    const terms: PageTermsState = {
      kind: 'terms',
      tabId: 3,
      terms: [{ termId: 'bursa', count: 1 }],
    };
    await mount(
      fakePlatform({ readPageTerms: async () => terms, readNextTermShortcut: async () => null }),
    );
    await vi.waitFor(() => expect(text()).toContain('set a shortcut for'));
  });

  it('says so when switching a site on could not be saved', async () => {
    const logError = vi.fn();
    await mount(
      fakePlatform({
        readPageTerms: async () => ({ kind: 'off', tabId: 3, sites: ['strava.com'] }),
        switchSiteOn: async () => {
          throw new Error('storage full');
        },
        logError,
      }),
    );
    await vi.waitFor(() => expect(text()).toContain('switched off on this site'));
    await act(async () => button('Switch on for strava.com').click());
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'strava.com could not be switched on: the setting was not saved. Try again.',
      ),
    );
    expect(logError).toHaveBeenCalled();
  });
});
