import { configDefaults, defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (each drives its own Chromium on a two-core machine),
// against the extension built by `npm run build` beforehand.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Firefox's files run under vitest.firefox.config.ts, against the Firefox build.
    exclude: [...configDefaults.exclude, 'tests/e2e/firefox*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
