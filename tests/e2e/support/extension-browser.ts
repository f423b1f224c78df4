/**
 * Real Chromium with the built extension loaded, fixture pages served from 127.0.0.1 under real
 * running-site names. One browser per test file: launching costs a second or two on two cores.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@wxt-dev/browser';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { startStaticServer } from '../../../demo/demo-server';
import { launchedForThisFile } from './browser-per-file';
import { recordPageOnFailure } from './failure-record';
import { openSidePanels } from './side-panel';

// Code passed to a worker's `evaluate` runs in the extension, where `chrome` is the API.
declare const chrome: typeof Browser;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../..',
  process.env.HPG_OUT_DIR ?? '.output',
  'chrome-mv3',
);
export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');
/** The sidebar's size in the tests: Chrome's narrowest side panel is 360 px wide. */
export const SIDEBAR_SIZE = { width: 360, height: 800 } as const;

/** Host names the fixture server answers for: running sites, and one site that is not. */
export const HOSTS = {
  runnersWorld: 'www.runnersworld.com',
  letsRun: 'www.letsrun.com',
  strava: 'www.strava.com',
  irunfar: 'www.irunfar.com',
  marathonHandbook: 'marathonhandbook.com',
  podiumRunner: 'www.podiumrunner.com',
  /** On the HSTS preload list: served over https with a throwaway certificate. */
  reddit: 'www.reddit.com',
  /** Not a running site: the content script does not run here. */
  notRunning: 'www.example-cooking.com',
} as const;

const HSTS_HOSTS = new Set<string>([HOSTS.reddit]);

/** A self-signed certificate for the https fixture server, made with openssl in `dir`. */
function throwawayCertificate(dir: string): { key: string; cert: string } {
  const key = join(dir, 'fixture-key.pem');
  const cert = join(dir, 'fixture-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=reddit.com',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

/**
 * Chromium flags for a headless run with host names mapped by `hostRules`; the
 * background-networking flags keep Chromium from calling out to Google.
 */
export function quietBrowserArgs(hostRules: string): string[] {
  return [
    `--host-resolver-rules=${hostRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** `quietBrowserArgs` with the unpacked extension loaded. */
export function extensionBrowserArgs(extensionDir: string, hostRules: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...quietBrowserArgs(hostRules),
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `http://<host>:<port>/<path>` on the fixture server. */
  url(host: string, path: string): string;
  /**
   * Opens the extension's sidebar page in a tab (the side panel itself has no test handle).
   * Refuses while a side panel is open: an earlier test left it (see `./side-panel`).
   */
  openSidebarPage(route?: string): Promise<Page>;
  close(): Promise<void>;
}

/** What `launchExtensionBrowser` can be asked for. */
export interface ExtensionBrowserOptions {
  headersFor?: (path: string) => Record<string, string>;
  /** An unpacked extension other than the build, such as the store zip's contents. */
  extensionDir?: string;
  /**
   * Keep the welcome page the install opens (the first-run tests read it). Otherwise it is
   * closed at once: as the browser's own tab it would take the focus from the test's pages.
   */
  keepWelcomePage?: boolean;
  /**
   * A browser profile of the caller's, kept when the browser closes so that a relaunch finds
   * it again (the first-run tests restart the browser). Otherwise a fresh one, removed at close.
   */
  profileDir?: string;
}

export async function launchExtensionBrowser(
  options: ExtensionBrowserOptions = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'hpg-chromium-'));
  const { server, port } = await startStaticServer(FIXTURES_DIR, 0, options.headersFor);
  const tls = await startStaticServer(
    FIXTURES_DIR,
    0,
    options.headersFor,
    throwawayCertificate(userDataDir),
  );
  const hostRules = Object.values(HOSTS)
    .map((host) => `MAP ${host} 127.0.0.1`)
    .join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    // Playwright disables extensions by default; we need ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...extensionBrowserArgs(options.extensionDir ?? EXTENSION_DIR, hostRules),
      // Only our own throwaway certificate for the https fixture server is ever presented.
      '--ignore-certificate-errors',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  if (!options.keepWelcomePage) {
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await welcome.close();
  }

  return {
    context,
    extensionId,
    serviceWorker,
    url: (host, path) =>
      HSTS_HOSTS.has(host)
        ? `https://${host}:${tls.port}/${path.replace(/^\//, '')}`
        : `http://${host}:${port}/${path.replace(/^\//, '')}`,
    async openSidebarPage(route) {
      await refuseLeftOpenSidePanel(context, extensionId);
      const page = await context.newPage();
      // Below the test's own 30 s, so that a step that hangs fails naming its locator rather
      // than as a bare "test timed out" (two such timeouts on CI named no step).
      page.setDefaultTimeout(20_000);
      recordPageOnFailure(page);
      const hash = route ? `#/${route}` : '';
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${hash}`);
      return page;
    },
    async close() {
      await context.close();
      await closeServer(server);
      await closeServer(tls.server);
      if (!options.profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Turns on developer mode, as it is for anyone reloading an unpacked extension: without it,
 * Chromium disables an unpacked extension when it reloads ("unsupported developer extension").
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  type DeveloperPrivate = { updateProfileConfiguration(change: object, done: () => void): void };
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise<void>((done) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done),
      ),
  );
  await settings.close();
}

/** How long an extension reload may take to bring its worker back on a loaded two-core machine. */
const RELOAD_DEADLINE_MS = 15_000;

/**
 * Reloads the extension as the Reload button of chrome://extensions does (developer mode must be
 * on) and returns the worker that started after it.
 *
 * Waiting for the context's `serviceworker` event alone timed out now and then in CI: Chromium
 * sometimes starts the new worker under a new DevTools target (Playwright reports a new Worker)
 * and sometimes reuses the old target, and then Playwright keeps the same Worker object and
 * reports nothing (microsoft/playwright#39475; 1.65 behaves so). So the old worker is
 * marked first, and the listed workers are asked, newest first, until one has no mark
 * (`askLiveWorker`, which also waits for the new worker's API calls to be served).
 */
export async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  await browser.serviceWorker.evaluate(() => {
    (globalThis as { startedBeforeReload?: boolean }).startedBeforeReload = true;
  });
  // The worker ends as it reloads the extension, so this call may never answer.
  void browser.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  return askLiveWorker(
    browser.context,
    browser.extensionId,
    async (worker) => {
      if (await startedAfterReload(worker)) return worker;
      throw new Error(`The extension's worker did not start again within ${RELOAD_DEADLINE_MS} ms`);
    },
    RELOAD_DEADLINE_MS,
  );
}

/**
 * Whether `worker` is a run that began after the mark and whose extension API calls are served.
 * A worker can run script before, or after, the browser serves its API calls: asked then, the
 * browser refuses them with "No SW" (its process is not, or no longer, known to the extension
 * system), which failed a later step on CI once. An ended worker may never answer.
 */
async function startedAfterReload(worker: Worker): Promise<boolean> {
  const ready = worker
    .evaluate(async () => {
      if ((globalThis as { startedBeforeReload?: boolean }).startedBeforeReload === true) {
        return false;
      }
      await chrome.runtime.getPlatformInfo();
      return true;
    })
    .catch(() => false);
  const noAnswer = new Promise<false>((resolve) => setTimeout(resolve, 1_000, false));
  return Promise.race([ready, noAnswer]);
}

/** The one Chromium of the calling test file (see `launchedForThisFile`). */
export function browserForThisFile(options: ExtensionBrowserOptions = {}): ExtensionBrowser {
  return launchedForThisFile('The extension browser', () => launchExtensionBrowser(options));
}

/**
 * Fails at once, naming the cause, if a side panel from an earlier test is still open: headless
 * Chromium would then draw this page at about one frame a second and every click would crawl
 * (see `./side-panel`). Asks the extension's current worker (an extension reload replaces it).
 */
async function refuseLeftOpenSidePanel(context: BrowserContext, extensionId: string) {
  const leftOpen = await askLiveWorker(context, extensionId, (serviceWorker) =>
    openSidePanels({ serviceWorker }),
  );
  if (leftOpen.length > 0) {
    throw new Error(
      `A side panel (${leftOpen.join(', ')}) is still open from an earlier test: close it in the test that opened it (onTestFinished(() => closeSidePanels(browser))).`,
    );
  }
}

/** The extension's service workers the context lists, newest first (an ended one may linger). */
function extensionWorkers(context: BrowserContext, extensionId: string): Worker[] {
  return context
    .serviceWorkers()
    .filter((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`))
    .reverse();
}

/** How long a worker that refuses extension API calls ("No SW") is given to be replaced. */
const LIVE_WORKER_DEADLINE_MS = 10_000;

/**
 * Asks the extension's live service worker. After an extension reload the ended worker can
 * still be listed, and on a loaded machine even listed last, and a worker whose process the
 * browser has not yet (or no longer) tied to the extension has its API calls refused ("No SW").
 * So the workers are tried newest first, and again as workers come and go, until one answers.
 */
async function askLiveWorker<T>(
  context: BrowserContext,
  extensionId: string,
  ask: (worker: Worker) => Promise<T>,
  deadlineMs = LIVE_WORKER_DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let lastError: unknown = new Error('The extension has no service worker to ask');
  do {
    for (const worker of extensionWorkers(context, extensionId)) {
      try {
        return await ask(worker);
      } catch (error) {
        lastError = error;
      }
    }
    // A new worker target is an event; a reused target, or one whose calls start being served,
    // is not, so the workers are asked again shortly.
    await context.waitForEvent('serviceworker', { timeout: 250 }).catch(() => undefined);
  } while (Date.now() < deadline);
  throw lastError;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolvePromise) => server.close(() => resolvePromise()));
}

/** Saves a screenshot to the git-ignored test-results folder and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
