import { defineConfig } from 'vitest/config';

/** The browser test: real headless Chromium against a real HTTP server. Run with `npm run test:e2e`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/shared-cache.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
