import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Config } from '../config.ts';
import type { Catalog } from '../domain/catalog.ts';
import { BantinError } from '../domain/errors.ts';
import { loadDemoCatalog, startDemoServer, type DemoServer } from '../demo/demo-server.ts';
import { createFsStorage } from '../providers/storage/fs.ts';
import { createSqliteStorage } from '../providers/storage/sqlite.ts';
import { removeTemporaryFiles } from './publish-dir-node.ts';
import { createOpenAiTopicPlanner } from '../stages/topic/openai-topic-planner.ts';
import { readPdfNode } from '../stages/topic/read-pdf-node.ts';
import { createBulletinStore, createPbkdf2Hasher, randomToken, type AppServices, type Engine } from '../server/runtime-api.ts';
import { createEngine } from '../engine.ts';
import { readCatalogFile, readLogoFile } from './read-files-node.ts';
import { createNodeRuntime, dataDirFrom, loadNodeConfig, type Env } from './node.ts';

export interface NodeAppOptions {
  env: Env;
  cwd?: string;
  /** Serve the offline demo news from a local feed server (no Internet needed). */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface NodeApp {
  services: AppServices;
  dataDir: string;
  /** Where the demo feed server listens, when demo mode is on. */
  demoBaseUrl: string | null;
  close(): Promise<void>;
}

/**
 * The real AppServices on one machine: state in SQLite (BANTIN_DATA_DIR/state.db), published files
 * under BANTIN_DATA_DIR/bulletins, the pipeline of src/pipeline.ts as the engine. Without a catalog
 * (BANTIN_CATALOG or feeds/catalog.json), or with `demo`, the offline demo feeds are served locally.
 */
export async function createNodeApp(options: NodeAppOptions): Promise<NodeApp> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataDir = dataDirFrom(options.env, cwd);
  const catalogFile = options.env.BANTIN_CATALOG ?? (existsSync(join(cwd, 'feeds/catalog.json')) ? 'feeds/catalog.json' : null);
  const demo = options.demo === true || catalogFile === null;

  let demoServer: DemoServer | null = null;
  let config: Config;
  let catalog: Catalog;
  if (demo) {
    // A fixed port keeps the demo feed URLs valid in a catalog the editor saved before a restart.
    const port = Number(options.env.BANTIN_DEMO_PORT ?? 8790);
    demoServer = await startDemoServer({ port }).catch(() => startDemoServer());
    const demoConfig = existsSync(join(cwd, 'feeds/demo/config.json')) ? 'feeds/demo/config.json' : undefined;
    config = await loadNodeConfig(options.env, { cwd, file: demoConfig, overrides: { allowedOrigins: [new URL(demoServer.baseUrl).origin] } });
    catalog = loadDemoCatalog(demoServer.baseUrl);
    log(`Chế độ tin mẫu ngoại tuyến: máy chủ tin mẫu tại ${demoServer.baseUrl}`);
  } else {
    config = await loadNodeConfig(options.env, { cwd });
    catalog = await readCatalogFile(catalogFile!, cwd);
  }

  let sampleServer: DemoServer | null = null;
  const sampleCatalog = async (): Promise<Catalog> => {
    if (demo) return catalog;
    sampleServer ??= await startDemoServer();
    return loadDemoCatalog(sampleServer.baseUrl);
  };

  const trustedProxies = new Set((options.env.BANTIN_TRUSTED_PROXY ?? '').split(',').map((address) => address.trim()).filter(Boolean));
  const fromTrustedProxy = (c: Context) => trustedProxies.has(connectionAddress(c));

  const store = createSqliteStorage(join(dataDir, 'state.db'));
  const files = createFsStorage(join(dataDir, 'bulletins'));
  // A server killed mid-publish left temporary files and a revision no record points to.
  await removeTemporaryFiles(join(dataDir, 'bulletins'));
  await createBulletinStore(store, files).removeUnpublished();
  const services: AppServices = {
    store,
    files,
    engine: createPipelineEngine({ env: options.env, cwd }),
    config,
    defaultCatalog: catalog,
    sampleCatalog,
    now: () => new Date(),
    randomId: (bytes = 16) => randomToken(bytes),
    passwords: createPbkdf2Hasher(),
    logger: {
      info: (message) => log(message),
      error: (message, error) => log(`Lỗi: ${message}${error instanceof BantinError ? `: ${error.userMessage}` : error instanceof Error ? `: ${error.message}${options.env.BANTIN_DEBUG ? `\n${error.stack}` : ''}` : ''}`),
    },
    clientAddress: (c: Context) => (fromTrustedProxy(c) ? forwardedFor(c) : null) ?? connectionAddress(c),
    fromTrustedProxy,
    cellId: 'default',
  };
  return {
    services,
    dataDir,
    demoBaseUrl: demoServer?.baseUrl ?? null,
    async close() {
      store.close();
      await demoServer?.close();
      await sampleServer?.close();
    },
  };
}

/** The engine over src/pipeline.ts: each call builds the providers for its config on this machine and closes them after. */
export function createPipelineEngine(options: { env: Env; cwd: string }): Engine {
  return createEngine({
    async open(config, context, needs) {
      const runtime = await createNodeRuntime(config, { env: options.env, progress: context.progress, signal: context.signal, cwd: options.cwd, voice: { warm: needs.voice } });
      runtime.deps.report = context.report;
      return { deps: runtime.deps, normalize: runtime.normalize, encoder: runtime.encoder, close: runtime.close };
    },
    readLogo: (config) => (config.deck.logo ? readLogoFile(config.deck.logo, options.cwd) : Promise.resolve(undefined)),
    readPdf: readPdfNode,
    topicPlanner: (config) =>
      config.llm.provider === 'openai' ? createOpenAiTopicPlanner({ apiKey: config.llm.apiKey, baseURL: config.llm.baseURL, model: config.llm.model, timeoutMs: config.llm.timeoutMs }) : undefined,
  });
}

/** The peer's address, with IPv4-mapped IPv6 ("::ffff:127.0.0.1") written as plain IPv4. */
function connectionAddress(c: Context): string {
  return (getConnInfo(c).remote.address ?? 'unknown').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** The address the trusted proxy saw: the last X-Forwarded-For entry, the one it appended itself. */
function forwardedFor(c: Context): string | null {
  return c.req.header('x-forwarded-for')?.split(',').pop()?.trim() || null;
}
