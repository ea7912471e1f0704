import { defineConfig } from 'vitest/config';

// The start-up timing test runs alone, after the rest of the suite, so that
// other test files do not share the CPU while it measures.
export default defineConfig({
  test: {
    include: ['test/e2e/bundles-start.test.ts'],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
