import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in headless Chromium against the fake status server. One browser at a time. */
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    // 'stack': beforeAll hooks run in the order they are registered, so a file's own setup runs after useRadarSession's.
    sequence: { concurrent: false, shuffle: false, hooks: 'stack' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
