import { defineConfig } from 'vitest/config';
import { WORKER_POOL_TESTS } from './vitest.config.mts';

// The worker-pool tests, on their own after the other unit tests (why: vitest.config.mts).
export default defineConfig({
  test: {
    include: WORKER_POOL_TESTS,
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
    fileParallelism: false,
  },
});
