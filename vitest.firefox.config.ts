import { defineConfig } from 'vitest/config';

// Real-Firefox tests (tests/e2e/firefox*.test.ts): one file at a time, each drives its own
// Firefox ESR over WebDriver BiDi, against the extension built by `wxt build -b firefox`.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
