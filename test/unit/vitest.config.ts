import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
