import { defineConfig } from 'vitest/config';

// End-to-end tests: the built web renderer served over http and driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A loaded CI machine (the unit tests run just before) can take seconds to warm a worker;
    // the 1 s default of expect.poll made one slow redraw fail the tests after it too.
    expect: { requireAssertions: true, poll: { timeout: 15_000, interval: 50 } },
  },
});
