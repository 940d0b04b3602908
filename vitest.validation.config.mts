import { defineConfig } from 'vitest/config';

// The report card as acceptance tests (issue 7 §3): the baseline at default scale over 8 seeds,
// every fact's median and at least 7 of 8 seeds in range, the Taylor rule and the mortgage targets.
// About a minute or two: its own config (one file at a time, each with its worker pool), run as the
// last step of `npm test`.
export default defineConfig({
  test: {
    include: ['test/validation/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
