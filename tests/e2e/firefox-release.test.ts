/**
 * The Firefox store package (`npm run zip:firefox`), unpacked as addons.mozilla.org would, installs
 * in real Firefox ESR and works: marks on a running site, and the sidebar page renders.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS } from './support/extension-browser';
import {
  askPageForTerms,
  type FirefoxExtensionBrowser,
  launchFirefoxWithExtension,
} from './support/firefox-browser';
import { waitForMarks } from './support/firefox-page';
import { unpackStoreZip } from './support/store-package';

let firefox: FirefoxExtensionBrowser;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = unpackStoreZip('firefox');
  firefox = await launchFirefoxWithExtension({ extensionDir });
});
afterAll(async () => {
  await firefox?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('the Firefox store package in Firefox', () => {
  it('installs from the zip, marks terms on a running site and shows the sidebar', async () => {
    const page = await firefox.openPage(HOSTS.runnersWorld, 'article.html');
    await waitForMarks(page);
    expect(await askPageForTerms(firefox, page)).not.toBe('no content script');
    const sidebar = await firefox.openSidebarPage();
    expect(await sidebar.$eval('h1', (heading) => heading.textContent)).toBeTruthy();
  });
});
