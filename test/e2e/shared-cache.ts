import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * A folder for the cache.db the browser tests of one run hand on (test/e2e/start-e2e-server.ts):
 * the first real generation reads the sample news aloud, the next ones find it read.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'bantin-e2e-cache-'));
  project.provide('e2eCacheDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eCacheDir: string;
  }
}
