import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ConfigSchema } from '../../src/config.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { startApp } from '../../src/server/app.tsx';
import { createPbkdf2Hasher, randomToken } from '../../src/server/auth/password.ts';
import type { AppServices } from '../../src/server/services.ts';
import { createFakeEngine } from '../server/fake-engine.ts';
import { testCatalog } from '../server/test-app.ts';

export const E2E_PASSWORD = 'mat-khau-e2e-123';

const CACHE_FILES = ['cache.db', 'cache.db-wal', 'cache.db-shm'];

/** Copies the SQLite cache (with its write-ahead log, when there is one) from one data folder to another. */
async function copyCache(from: string, to: string): Promise<void> {
  for (const name of CACHE_FILES) {
    await rm(join(to, name), { force: true });
    if (existsSync(join(from, name))) await copyFile(join(from, name), join(to, name));
  }
}

/**
 * The app on a real HTTP server at 127.0.0.1:<free port>, running the real pipeline over the local
 * demo feeds (src/runtime/node-app.ts). BANTIN_E2E_ENGINE=fake swaps in the small fake engine of
 * test/server, for a quick check of the pages alone.
 */
export async function startE2eServer(): Promise<{ baseUrl: string; real: boolean; dataDir: string; close(): Promise<void> }> {
  const real = process.env.BANTIN_E2E_ENGINE !== 'fake';
  const dataDir = await mkdtemp(join(tmpdir(), 'bantin-e2e-data-'));
  let services: AppServices;
  let closeServices = async () => {};
  // The speech the earlier test files of this run synthesized (test/e2e/shared-cache.ts): only the
  // first real generation of a run waits for espeak-ng to read the whole sample news.
  const sharedCache = inject('e2eCacheDir');
  if (real) {
    await copyCache(sharedCache, dataDir);
    const { createNodeApp } = await import('../../src/runtime/node-app.ts');
    // Started as `npm start` starts it: the real catalog, with the sample news on offer for an offline trial.
    const nodeApp = await createNodeApp({ env: { ...process.env, BANTIN_DATA_DIR: dataDir }, log: () => {} });
    services = nodeApp.services;
    closeServices = nodeApp.close;
  } else {
    services = {
      store: createMemoryStorage(),
      files: createMemoryStorage(),
      engine: createFakeEngine({ stepDelayMs: 120, failFeed: 'the-gioi-a', secondsPerItem: 1.5 }),
      config: ConfigSchema.parse({}),
      defaultCatalog: testCatalog,
      now: () => new Date(),
      randomId: (bytes = 16) => randomToken(bytes),
      passwords: createPbkdf2Hasher({ iterations: 1000 }),
      logger: { info: () => {}, error: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`) },
      clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    };
  }
  const { app } = await startApp(services, { adminPassword: E2E_PASSWORD });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    real,
    /** The web app's data folder (its state.db with the real engine), for the CLI to work on. */
    dataDir,
    async close() {
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      await closeServices();
      if (real) await copyCache(dataDir, sharedCache);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
