/**
 * Real Firefox ESR with the built extension installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core (which never downloads a browser). Fixture pages are served
 * from 127.0.0.1 under real running-site names. One browser per test file: launching takes
 * 5–10 s on two cores.
 *
 * Firefox quirks this file works around (seen with Firefox ESR 153):
 * - Host names map to 127.0.0.1 with the `network.dns.localDomains` pref; the URL keeps the
 *   server's port and match patterns ignore ports, so the content script runs as on the real site.
 * - The extension's moz-extension:// uuid is random per profile unless pinned before launch with
 *   `extensions.webextensions.uuids`; opening such a URL in a tab needs the launch argument
 *   `--remote-allow-system-access`.
 * - `page.goto` to a moz-extension:// URL never reports "loaded", so navigation starts without
 *   being awaited and the page's own ready signal (the sidebar app has rendered) is awaited instead.
 * - Firefox opens an add-on's sidebar once when it is installed, so the sidebar starts open.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterEach } from 'vitest';
import { startStaticServer } from '../../../demo/demo-server';
import { launchedForThisFile } from './browser-per-file';
import { FIXTURES_DIR, HOSTS } from './extension-browser';

/** Firefox's `sidebarAction`, which Chrome's API types leave out (so does `getViews` for it). */
interface SidebarAction {
  isOpen(details: { windowId?: number }): Promise<boolean>;
  toggle(): Promise<void>;
}

// Functions passed to `extensionPage.evaluate` run in a moz-extension:// page, where Firefox's
// promise-based `browser` is the extension API.
declare const browser: typeof ExtensionApi & {
  sidebarAction: SidebarAction;
  extension: { getViews(filter: { type: 'sidebar' }): Window[] };
};

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build (`wxt build -b firefox`, Manifest V3: see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.HPG_OUT_DIR ?? '.output',
  'firefox-mv3',
);
/** The gecko id of the built add-on (set in wxt.config.ts); the uuid pin is keyed by it. */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}
/** The sidebar app's ready signal: it has rendered into its root. */
export const SIDEBAR_READY = '#app > *';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /**
   * The add-on's id (its gecko id, `runtime.id` in its scripts). Public: a page that wants to
   * detect the add-on can read it from the store listing.
   */
  extensionId: string;
  /** The pinned moz-extension:// host of the installed extension. */
  uuid: string;
  /**
   * A moz-extension:// tab that runs none of our code (the add-on's manifest.json, shown as text)
   * but has the extension API: tests call it there as the sidebar or background would. Not the
   * sidebar page, whose app would take a pending route before the real sidebar could.
   */
  extensionPage: Page;
  /** `http://<host>:<port>/<path>` on the fixture server. */
  url(host: string, path: string): string;
  /** Opens a fixture page in a new tab and resolves once it has loaded. */
  openPage(host: string, path: string): Promise<Page>;
  /** Opens the sidebar page in a tab at `#/<route>` and resolves once the app has rendered. */
  openSidebarPage(route?: string): Promise<Page>;
  /** Opens another page of the extension (`welcome.html`) once `ready` matches an element. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  /** Closes every tab a test opened, so that the next test starts clean even after a failure. */
  closeTestTabs(): Promise<void>;
  close(): Promise<void>;
}

/** Launches Firefox ESR headless with a fresh profile and the built extension installed. */
export async function launchFirefoxWithExtension(
  options: {
    headersFor?: (path: string) => Record<string, string>;
    /** An unpacked add-on other than the build, such as the store zip's contents. */
    extensionDir?: string;
  } = {},
): Promise<FirefoxExtensionBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const { server, port } = await startStaticServer(FIXTURES_DIR, 0, options.headersFor);
  const uuid = randomUUID();
  const geckoId = geckoIdOf(extensionDir);
  // puppeteer makes a fresh temporary profile, writes these prefs into it and removes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': Object.values(HOSTS).join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Grant `permissions.request` (adding a site of one's own) without the doorhanger prompt,
      // which WebDriver cannot click. The request still needs the user's click, as in real use.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`Installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    await closeServer(server);
    throw error;
  }

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // Never resolves for moz-extension:// (see above); rejects when the tab closes.
    void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
    return page;
  };
  /**
   * Opens an extension page and waits for it with `ready`. Now and then puppeteer keeps
   * evaluating in the tab's first, discarded document (it sees no navigation on moz-extension://)
   * and every poll fails with a protocol error: a fresh tab then gets it right.
   */
  const openExtensionPageWhen = async (
    path: string,
    ready: (page: Page, withinMs: number) => Promise<void>,
  ): Promise<Page> => {
    for (let attempt = 1; ; attempt++) {
      const page = await openExtensionPage(path);
      try {
        await ready(page, attempt < 3 ? 8_000 : 20_000);
        return page;
      } catch (error) {
        await page.close().catch(() => undefined);
        if (attempt >= 3) throw error;
      }
    }
  };
  const openSidebarPage = (route?: string): Promise<Page> =>
    openExtensionPageWhen(`sidepanel.html${route ? `#/${route}` : ''}`, (page, withinMs) =>
      waitForSidebarApp(page, null, withinMs),
    );
  const extensionPage = await openExtensionPageWhen('manifest.json', (page, withinMs) =>
    waitAcrossNavigation(
      'the extension page',
      (timeout) =>
        page.waitForFunction(
          () =>
            location.protocol === 'moz-extension:' &&
            document.readyState === 'complete' &&
            typeof browser === 'object',
          { timeout },
        ),
      withinMs,
    ),
  );

  return {
    browser,
    extensionId: geckoId,
    uuid,
    extensionPage,
    url: (host, path) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    async openPage(host, path) {
      const page = await browser.newPage();
      await page.goto(`http://${host}:${port}/${path.replace(/^\//, '')}`);
      return page;
    },
    openSidebarPage,
    openExtensionPage: (path, ready) =>
      openExtensionPageWhen(path, (page, withinMs) =>
        waitAcrossNavigation(
          `${ready} in ${path}`,
          (timeout) =>
            page.waitForFunction(
              (selector) =>
                location.protocol === 'moz-extension:' && document.querySelector(selector) !== null,
              { timeout },
              ready,
            ),
          withinMs,
        ),
      ),
    async closeTestTabs() {
      const [first, ...rest] = await browser.pages();
      for (const page of rest) if (page !== extensionPage && page !== first) await page.close();
    },
    async close() {
      await browser.close();
      await closeServer(server);
    },
  };
}

/**
 * The one Firefox of the calling test file (see `launchedForThisFile`); the tabs each test opened
 * are closed after it, so that the next test starts clean even after a failure.
 */
export function firefoxForThisFile(): FirefoxExtensionBrowser {
  const firefox = launchedForThisFile('Firefox', () => launchFirefoxWithExtension());
  afterEach(async () => {
    await firefox.closeTestTabs();
  });
  return firefox;
}

/**
 * Runs `wait` (a `waitForFunction` given a timeout) until it resolves, for up to `withinMs`. puppeteer
 * sees no navigation events for moz-extension:// pages, so a poll started just before the new
 * document replaced the old one either fails with a protocol error or keeps waiting on the gone
 * document: each attempt is therefore short, and a failed one starts again in the new document.
 */
async function waitAcrossNavigation(
  what: string,
  wait: (timeout: number) => Promise<unknown>,
  withinMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      await wait(Math.max(1, Math.min(2_000, deadline - Date.now())));
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw new Error(`Waited in vain for ${what}`, { cause: error });
    }
  }
}

/**
 * Waits until the sidebar app in `page` has rendered, in a document other than the one whose
 * `performance.timeOrigin` is `previous` (for a reload).
 */
async function waitForSidebarApp(
  page: Page,
  previous: number | null = null,
  withinMs = 20_000,
): Promise<void> {
  await waitAcrossNavigation(
    'the sidebar app to render',
    (timeout) =>
      page.waitForFunction(
        (ready, previous) =>
          location.protocol === 'moz-extension:' &&
          performance.timeOrigin !== previous &&
          document.querySelector(ready) !== null,
        { timeout },
        SIDEBAR_READY,
        previous,
      ),
    withinMs,
  );
}

/**
 * Reloads an extension page and resolves once the new document's app has rendered (a reload
 * there never reports "loaded" either).
 */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin);
  void page.reload().catch(() => undefined);
  await waitForSidebarApp(page, before);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

/**
 * Sends `message` to the content script in `page`'s tab, as the sidebar or background does.
 * Resolves 'no content script' when nothing in the tab answers (the extension does not run there).
 */
export async function sendToPage(
  firefox: FirefoxExtensionBrowser,
  page: Page,
  message: Record<string, unknown>,
): Promise<unknown> {
  // No "tabs" permission, so no tab URLs to search by: make the page the active tab, ask that one.
  await page.bringToFront();
  return firefox.extensionPage.evaluate(async (toSend) => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    try {
      return await browser.tabs.sendMessage(tab.id, toSend);
    } catch {
      return 'no content script';
    }
  }, message);
}

/** Which terms the content script in `page`'s tab found, as the sidebar's "on this page" asks. */
export async function askPageForTerms(
  firefox: FirefoxExtensionBrowser,
  page: Page,
): Promise<{ termId: string; count: number }[] | null | 'no content script'> {
  const reply = (await sendToPage(firefox, page, { type: 'sidebar→page:list-terms' })) as
    | { terms: { termId: string; count: number }[] }
    | null
    | 'no content script';
  return reply && typeof reply === 'object' ? reply.terms : reply;
}

/** Replaces the stored settings, as the sidebar's settings view would. */
export async function setSettings(
  firefox: FirefoxExtensionBrowser,
  settings: Record<string, unknown>,
): Promise<void> {
  await firefox.extensionPage.evaluate((value) => browser.storage.local.set({ settings: value }), {
    ...settings,
  });
}

/**
 * Starts listening for the next change of `key` in extension storage and returns a function that
 * resolves with it. Listening first means a change that something consumes at once (the sidebar
 * takes its pending route) is still seen.
 */
export async function nextStorageChange(
  firefox: FirefoxExtensionBrowser,
  key: string,
): Promise<() => Promise<{ area: string; newValue: unknown }>> {
  const slot = `hpgStorageChange${randomUUID().replaceAll('-', '')}`;
  const page = firefox.extensionPage;
  await page.evaluate(
    (key, slot) => {
      const store = window as unknown as Record<string, Promise<unknown>>;
      store[slot] = new Promise((resolvePromise) => {
        const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (!(key in changes)) return;
          browser.storage.onChanged.removeListener(listener);
          resolvePromise({ area, newValue: changes[key]?.newValue });
        };
        browser.storage.onChanged.addListener(listener);
      });
    },
    key,
    slot,
  );
  return () =>
    page.evaluate(
      (slot) => (window as unknown as Record<string, Promise<unknown>>)[slot],
      slot,
    ) as Promise<{ area: string; newValue: unknown }>;
}

/** The shortcut Firefox has registered for opening the sidebar (the user may change it). */
export async function sidebarShortcut(firefox: FirefoxExtensionBrowser): Promise<string | null> {
  return firefox.extensionPage.evaluate(async () => {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === '_execute_sidebar_action')?.shortcut ?? null;
  });
}

/** Whether the sidebar is open in the current window. */
export async function isSidebarOpen(firefox: FirefoxExtensionBrowser): Promise<boolean> {
  return firefox.extensionPage.evaluate(() => browser.sidebarAction.isOpen({}));
}

/**
 * Toggles the sidebar the way the toolbar button does (`sidebarAction.toggle()` in a click
 * handler): a real click on a button in the extension page, since Firefox allows it only while
 * handling the user's input. Resolves with whether the sidebar is open afterwards.
 */
export async function toggleSidebar(firefox: FirefoxExtensionBrowser): Promise<boolean> {
  const page = firefox.extensionPage;
  const id = 'hpg-test-toggle-sidebar';
  await page.evaluate((id) => {
    let button = document.getElementById(id);
    if (!button) {
      const created = document.createElement('button');
      created.id = id;
      created.textContent = 'Toggle the sidebar';
      created.addEventListener('click', () => {
        void browser.sidebarAction.toggle().finally(() => {
          created.dataset.done = 'yes';
        });
      });
      document.body.prepend(created);
      button = created;
    }
    button.dataset.done = 'no';
  }, id);
  const before = await isSidebarOpen(firefox);
  // Clicks and waits run on animation frames, which background tabs do not get.
  await page.bringToFront();
  await page.click(`#${id}`);
  await page.waitForSelector(`#${id}[data-done="yes"]`);
  const after = await isSidebarOpen(firefox);
  if (after === before) throw new Error('The sidebar did not toggle');
  return after;
}

/**
 * Resolves once the sidebar (the real one, not a sidebar page in a tab) shows `route`, read from
 * its address through `extension.getViews`.
 */
export async function waitForSidebarRoute(
  firefox: FirefoxExtensionBrowser,
  route: string,
): Promise<void> {
  // Polls run on animation frames, which background tabs do not get.
  await firefox.extensionPage.bringToFront();
  await firefox.extensionPage.waitForFunction(
    (hash, ready) =>
      browser.extension
        .getViews({ type: 'sidebar' })
        .some((view) => view.location.hash === hash && view.document.querySelector(ready)),
    { timeout: 10_000 },
    `#/${route}`,
    SIDEBAR_READY,
  );
}
