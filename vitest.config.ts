import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/workers/**', 'node_modules/**'],
    setupFiles: ['test/setup/typed-array-equality.ts'],
    // vitest leaves one core to itself (one test file at a time on two cores), yet many files spend
    // their time waiting on servers, child processes and timers, and the main process is nearly idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
