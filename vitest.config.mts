import { defineConfig } from 'vitest/config';

// Unit, property, worker and SVG-snapshot tests. The browser end-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
