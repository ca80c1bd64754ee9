import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/workers/**', 'node_modules/**'],
    setupFiles: ['test/setup/typed-array-equality.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
