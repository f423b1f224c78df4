import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The page side's own tests, in real Chromium (the system one: nothing is downloaded), so the
// marked window, the term index, the card and their teardown are tested with real layout, hit
// testing, highlights and trusted input, without building the extension.
// Same browser as the e2e tests (tests/e2e/support/extension-browser.ts): `CHROMIUM_PATH` or Debian's.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    // Failure screenshots and attachments go to the git-ignored results folder.
    attachmentsDir: 'test-results/vitest-attachments',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          // Chromium refuses to start as root (containers, CI machines) without this.
          args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
        },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1000, height: 700 } }],
      // Beside the e2e screenshots, in the git-ignored folder.
      screenshotDirectory: 'test-results/screenshots/browser',
    },
  },
});
