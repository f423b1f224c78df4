/**
 * Release checks: what the Chrome Web Store and addons.mozilla.org would reject, checked on the
 * packages we would upload, and the Chrome package loaded and working in real Chromium.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTS, launchExtensionBrowser } from './support/extension-browser';
import { askPageForTerms, waitForMarks } from './support/page-marks';
import { pngSize, readManifest, unpackStoreZip } from './support/store-package';

const unpacked: string[] = [];
function unpack(browser: 'chrome' | 'firefox'): string {
  const dir = unpackStoreZip(browser);
  unpacked.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
});

describe.each(['chrome', 'firefox'] as const)('the %s store package', (browser) => {
  const dir = unpack(browser);
  const manifest = readManifest(dir) as {
    name: string;
    version: string;
    description: string;
    icons: Record<string, string>;
    action: { default_icon: Record<string, string> };
    browser_specific_settings?: {
      gecko: { id: string; data_collection_permissions: { required: string[] } };
    };
  };

  it('has a name, a version and a description that fits the store (132 characters)', () => {
    expect(manifest.name).toBe('Hip Pain Guide');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.description.length).toBeGreaterThan(40);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('has every icon size the stores ask for, each the size it claims', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    const icons = { ...manifest.icons, ...manifest.action.default_icon };
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(join(dir, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it("has the toolbar button's off and paused looks, each the size it claims", () => {
    // The paths platform/background/toolbar-state.ts sets with `action.setIcon`.
    for (const look of ['off', 'paused']) {
      for (const size of [16, 32]) {
        const path = join(dir, 'icons', `icon-${look}-${size}.png`);
        expect(pngSize(path), path).toEqual({ width: size, height: size });
      }
    }
  });

  if (browser === 'firefox') {
    it('has a real add-on id and says that it collects no data', () => {
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(
        /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/,
      );
      expect(gecko?.id).not.toMatch(/example\.(org|com)/);
      expect(gecko?.data_collection_permissions.required).toEqual(['none']);
    });
  }
});

describe('the Chrome store package in Chromium', () => {
  it('loads from the zip and marks terms on a running site', async () => {
    const browser = await launchExtensionBrowser({ extensionDir: unpack('chrome') });
    try {
      const page = await browser.context.newPage();
      await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
      await waitForMarks(page);
      expect(await askPageForTerms(browser, page)).not.toBe('no content script');
      const sidebar = await browser.openSidebarPage();
      await expect
        .poll(() => sidebar.getByRole('heading', { level: 1 }).first().textContent())
        .toBeTruthy();
    } finally {
      await browser.close();
    }
  });
});
