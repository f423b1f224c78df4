// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/App';
import { CONDITION_IDS } from '../../../knowledge/types';
import { DATABASE_NAME } from '../../../platform/pages/database';

let root: HTMLElement;

async function mount(hash = '#/') {
  history.replaceState(null, '', hash);
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App />, root);
  });
}

async function go(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** The view's text, squeezed to one line, so assertions read like the screen. */
function mainText(): string {
  return (root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
}

function heading(): string {
  return root.querySelector('main h1')?.textContent ?? '';
}

function byLabel(text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const input = label?.querySelector('input') ?? null;
  if (!input) throw new Error(`No control labelled "${text}"`);
  return input;
}

/** Answers "no" to every safety question not answered yet, one group at a time. */
async function noToTheRest() {
  for (const button of [...root.querySelectorAll('button')].filter((b) =>
    /^No to (all of these|the rest)/.test(b.textContent ?? ''),
  )) {
    await click(button);
  }
}

async function click(element: Element | null | undefined) {
  if (!element) throw new Error('Nothing to click');
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});
afterEach(async () => {
  await act(async () => render(null, root));
  root.remove();
});

describe('the sidebar app', () => {
  it('shows the conditions, the warning signs, other causes, the habits and the disclaimer at home', async () => {
    await mount();
    const ids = [...root.querySelectorAll('[data-condition]')].map((el) =>
      el.getAttribute('data-condition'),
    );
    // Every condition the guide knows, in its fixed order.
    expect(ids).toEqual(CONDITION_IDS);
    expect(mainText()).toContain('Get help now if…');
    // The warning signs come first, before anyone scrolls through nine causes.
    expect(mainText().indexOf('Get help now if…')).toBeLessThan(
      mainText().indexOf('Common causes'),
    );
    expect(mainText()).toContain('Other things it could be');
    expect(
      [...root.querySelectorAll('[data-other-cause] summary')].map((el) => el.textContent),
    ).toContain('Pelvic girdle pain in pregnancy');
    expect(mainText()).toContain('You cannot put weight on the leg');
    expect(mainText()).toContain('Strengthen your hips and glutes');
    expect(mainText()).toContain('General information, not a diagnosis.');
    expect(root.querySelector('[aria-current="page"]')?.textContent).toBe('Guide');
  });

  it('has three tabs, search and settings as named icons, and past checks under Check', async () => {
    await mount();
    const nav = root.querySelector('nav[aria-label="Guide sections"]');
    expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => a.textContent)).toEqual([
      'Guide',
      'Check',
      'Journal',
    ]);
    const search = root.querySelector<HTMLAnchorElement>('header a[aria-label="Search"]');
    const settings = root.querySelector<HTMLAnchorElement>('header a[aria-label="Settings"]');
    expect(search?.getAttribute('href')).toBe('#/search');
    expect(settings?.getAttribute('href')).toBe('#/settings');
    await go('#/history');
    expect(heading()).toBe('Your saved checks');
    expect(root.querySelector('nav [aria-current="page"]')?.textContent).toBe('Check');
    await go('#/settings');
    expect(root.querySelector('header [aria-current="page"]')?.getAttribute('aria-label')).toBe(
      'Settings',
    );
    await go('#/check');
    expect(root.querySelector('main a[href="#/history"]')?.textContent).toBe('Past checks');
    // No page with terms in this test: no "terms explained here" link.
    expect(root.querySelector('.page-terms-link')).toBeNull();
  });

  it('opens a condition with every section, sources in a new tab and its words', async () => {
    await mount();
    await go('#/condition/it-band-syndrome');
    expect(heading()).toBe('IT band syndrome');
    for (const section of [
      'What it is',
      'Where it hurts and what it feels like',
      'When it hurts',
      'Common causes',
      'What to do now',
      'When to see someone',
      'Recovery and getting back to running',
      'Keeping it away',
      'Words you may meet',
      'Sources',
    ]) {
      expect([...root.querySelectorAll('main h2')].map((h) => h.textContent)).toContain(section);
    }
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noreferrer');
    }
    expect(mainText()).toContain('Iliotibial band');
    expect(root.querySelector('a[href="#/check?from=it-band-syndrome"]')?.textContent).toBe(
      'Compare with your symptoms',
    );
    expect(mainText()).not.toMatch(/Is this me|Best fit/);
  });

  it('lists, on a condition, the other causes that can feel like it, with when to get checked', async () => {
    await mount();
    await go('#/condition/adductor-strain');
    expect(heading()).toBe('Groin strain');
    const causes = [...root.querySelectorAll('[data-other-cause]')];
    expect(causes.map((el) => el.querySelector('summary')?.textContent)).toEqual([
      'Stress fracture of the pubic bone or sacrum',
      'Sports hernia (athletic pubalgia)',
      'Hernia in the groin',
      'Pelvic girdle pain in pregnancy',
    ]);
    expect(causes[0]?.textContent).toContain('See a doctor today');
    expect(causes[0]?.querySelector('.sources a')).not.toBeNull();
  });

  it('follows a route handed over by a page card, at start and while open', async () => {
    await fakeBrowser.storage.session.set({
      pendingRoute: {
        route: { view: 'condition', id: 'hip-flexor-tendinitis' },
        at: Date.now(),
      },
    });
    await mount();
    await vi.waitFor(() => expect(heading()).toBe('Hip flexor tendinitis'));
    await act(async () => {
      await fakeBrowser.storage.session.set({
        pendingRoute: { route: { view: 'habits', item: null }, at: Date.now() },
      });
    });
    await vi.waitFor(() => expect(heading()).toBe('Relief and prevention'));
    expect((await fakeBrowser.storage.session.get('pendingRoute')).pendingRoute).toBeUndefined();
  });

  it('ignores a handed-over route the extension could not have made, and any in local storage', async () => {
    await mount();
    await vi.waitFor(() => expect(heading()).toBe('Hip pain after running'));
    await act(async () => {
      // What a page could try: a check prefilled with its own words, or a route in local storage.
      await fakeBrowser.storage.session.set({
        pendingRoute: {
          route: { view: 'check', from: null, saved: null, preset: { text: 'page words' } },
          at: Date.now(),
        },
      });
      await fakeBrowser.storage.local.set({
        pendingRoute: { route: { view: 'habits', item: null }, at: Date.now() },
      });
    });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get('pendingRoute')).pendingRoute).toBeUndefined(),
    );
    expect(location.hash).not.toContain('check');
    expect(heading()).toBe('Hip pain after running');
  });

  it('runs a check whose results follow every answer, red flags first', async () => {
    await mount('#/check?from=itbs');
    expect(mainText()).toContain('You came here from IT band syndrome');
    const summary = () =>
      root.querySelector('[aria-live="polite"].check-summary-text')?.textContent;
    expect(summary()).toBe('No answers yet.');
    await click(byLabel('Outer hip'));
    await click(byLabel('Lying on that side'));
    // No suggestion before every safety question has an answer.
    expect(summary()).toMatch(/^Answer the \d+ safety questions left/);
    expect(root.querySelector('[data-result]')).toBeNull();
    await noToTheRest();
    expect(summary()).toMatch(/^Closest match to read about: Outer hip pain \(hip bursitis\)\./);
    expect(root.querySelectorAll('[data-result]').length).toBeLessThanOrEqual(3);
    expect(root.querySelector('[data-result]')?.getAttribute('data-result')).toBe('hip-bursitis');

    const question = root
      .querySelector('input[name="red-flag-nerve-symptoms"]')
      ?.closest('fieldset');
    await click(question?.querySelector('input[value="yes"]'));
    expect(summary()).toBe('Get seen today: New numbness, tingling or weakness in the leg.');
    const banner = root.querySelector('[data-outcome="urgent"]');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.querySelector('.banner-title')?.textContent).toBe('Get seen today');
    expect(document.activeElement).toBe(banner);
    expect(root.querySelector('[data-result]')).toBeNull();

    await click(question?.querySelector('input[value="no"]'));
    expect(summary()).toMatch(/^Closest match to read about: Outer hip pain \(hip bursitis\)\./);
  });

  it('toggles zones from the hip map drawing as well as the checkboxes', async () => {
    await mount('#/check');
    await click(root.querySelector('g[data-zone="buttock"]'));
    expect(byLabel('Buttock').checked).toBe(true);
    expect(root.querySelector('g[data-zone="buttock"]')?.getAttribute('data-selected')).toBe(
      'true',
    );
  });

  it('saves a check by itself, lists it in the history, reopens and deletes it', async () => {
    await mount('#/check');
    await click(byLabel('Front of hip'));
    await click(byLabel('Lifting the knee'));
    await noToTheRest();
    await vi.waitFor(() => expect(mainText()).toContain('Saved to your history at'), {
      timeout: 3000,
    });
    await go('#/history');
    await vi.waitFor(() => expect(root.querySelectorAll('.history-item')).toHaveLength(1));
    expect(mainText()).toContain('Front of hip');
    expect(mainText()).toContain('Closest match: Hip flexor tendinitis');

    await click(root.querySelector('.history-item a'));
    await vi.waitFor(() => expect(mainText()).toContain('Opened from your history'));
    expect(byLabel('Front of hip').checked).toBe(true);

    await go('#/history');
    await vi.waitFor(() => expect(root.querySelectorAll('.history-item')).toHaveLength(1));
    await click(root.querySelector('.history-delete'));
    await vi.waitFor(() => expect(mainText()).toContain('No saved checks yet.'));
  });

  it('clears the whole history only after a confirmation', async () => {
    await mount('#/check?zone=groin');
    await go('#/check?zone=outer-hip');
    await go('#/history');
    await vi.waitFor(() => expect(root.querySelectorAll('.history-item')).toHaveLength(2));
    const clear = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Clear all history',
    );
    await click(clear);
    expect(mainText()).toContain('Delete all 2 saved checks? This cannot be undone.');
    const keep = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Keep them');
    await click(keep);
    expect(root.querySelectorAll('.history-item')).toHaveLength(2);
    await click(
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear all history'),
    );
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Delete all'));
    await vi.waitFor(() => expect(mainText()).toContain('No saved checks yet.'));
  });

  it('searches as you type, forgives typos, and opens the first result on Enter', async () => {
    await mount('#/search');
    const box = root.querySelector<HTMLInputElement>('#search-box');
    if (!box) throw new Error('No search box');
    await act(async () => {
      box.value = 'bursits';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('.search-hit .search-title')?.textContent).toBe(
      'Outer hip pain (hip bursitis)',
    );
    expect(location.hash).toBe('#/search?q=bursits');
    await act(async () => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await vi.waitFor(() => expect(heading()).toBe('Outer hip pain (hip bursitis)'));
  });

  it('follows the theme setting', async () => {
    await mount();
    await act(async () => {
      await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await act(async () => {
      await fakeBrowser.storage.local.set({ settings: { theme: 'auto' } });
    });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });
});
