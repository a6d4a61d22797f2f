import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/support/extension-api.ts'],
    // The CLI tests start Node processes, the property tests run a thousand cases: on a loaded 2-core CI
    // machine either can pass 5 s. No test asserts on time (that is `npm run bench`).
    testTimeout: 30_000,
  },
});
