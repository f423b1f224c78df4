import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests only: pure logic in Node, DOM code under happy-dom (per-file
// `// @vitest-environment happy-dom`), extension APIs through WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The first symptom lookup in a file compiles a few hundred phrase patterns: about half a
    // second on a quiet machine, five or more on a loaded two-core one. A test's own work is
    // milliseconds; this limit only stops a loaded machine failing on that one-off cost.
    testTimeout: 20_000,
  },
});
