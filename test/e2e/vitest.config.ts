import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in headless Chromium against the fake status server. One browser at a time. */
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
