import { defineConfig } from 'vitest/config';

/** Kills CLI runs and the web server with SIGKILL at random points. Run with `npm run test:faults`. */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
