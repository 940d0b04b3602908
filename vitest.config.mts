import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The worker-pool tests run the app's model worker through @vitest/web-worker, which loads the
 * worker's modules on the test's own thread. Beside ninety other files on two cores that load once
 * took longer than the pool's 120 s start limit in CI, so they run after the rest, on their own
 * (vitest.workers.config.mts; `npm run test:unit` runs both).
 */
export const WORKER_POOL_TESTS = ['test/unit/worker/pool.test.ts', 'test/unit/worker/pool-crash.test.ts'];

// Unit, property and SVG-snapshot tests. The browser end-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, ...WORKER_POOL_TESTS],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
