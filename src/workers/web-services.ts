import type { Context } from 'hono';
import type { Catalog } from '../domain/catalog.ts';
import { createPbkdf2Hasher, randomToken, type AppServices, type Engine } from '../server/runtime-api.ts';
import { createEngine } from '../engine.ts';
import { createFactCheckCache } from '../stages/check/fact-check-cache.ts';
import { cellConfig, feedsOfCell, getCell, membersOfCell } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { createQueuedGeneration } from './web-generation.ts';

/** Workers' Web Crypto refuses PBKDF2 above 100,000 iterations (hashes keep their count, so Node-made ones still verify if ≤ 100k). */
const WORKERS_PBKDF2_ITERATIONS = 100_000;

/**
 * The web app's services for one cell on Workers: its state and files in its own R2 folders, the
 * shared caches for the engine. "Tạo bản tin" goes through the queues like the schedule
 * (web-generation.ts). The shorter jobs (render again, one story, a topic deck) run in the
 * request; `keepAlive` is ctx.waitUntil, so they outlive the response by about 30 s.
 */
export async function createCellServices(cellId: string, deps: ScaleDeps, options: { keepAlive: (work: Promise<unknown>) => void }): Promise<AppServices | null> {
  const cell = await getCell(deps.db, cellId);
  if (!cell) return null;
  const config = cellConfig(deps.base, cell, await membersOfCell(deps.db, cellId));
  const feeds = await feedsOfCell(deps.db, cellId);
  const defaultCatalog: Catalog = { feeds: feeds.length > 0 ? feeds : [] };
  const { store, files } = deps.cellStorage(cellId);
  return {
    store,
    files,
    engine: createWorkerEngine(deps, options.keepAlive),
    generationQueue: createQueuedGeneration(cellId, deps, randomToken),
    config,
    defaultCatalog,
    now: deps.now,
    randomId: (bytes = 16) => randomToken(bytes),
    passwords: createPbkdf2Hasher({ iterations: WORKERS_PBKDF2_ITERATIONS }),
    logger: deps.logger,
    clientAddress: (c: Context) => c.req.header('cf-connecting-ip') ?? 'unknown',
    cellId,
  };
}

/** The pipeline as the web app sees it, running inside the Worker with the shared R2 caches. */
export function createWorkerEngine(deps: ScaleDeps, keepAlive: (work: Promise<unknown>) => void): Engine {
  return createEngine({
    async open(config, context, needs) {
      return {
        deps: {
          fetch: deps.fetch,
          cache: deps.shared,
          checks: createFactCheckCache({ cache: deps.shared, version: deps.codeVersion }),
          summarizer: deps.summarizer,
          // The voice is only built when audio is made, so a cell with an unusable voice can still write its briefing.
          tts: needs.voice ? deps.ttsFor(config.voice.name, config.voice.rate) : { engine: 'none', voice: 'none', synthesize: () => Promise.reject(new Error('no voice in this step')) },
          now: deps.now,
          progress: context.progress,
          report: context.report,
          signal: context.signal,
        },
        normalize: deps.normalize,
        close: async () => undefined,
      };
    },
    keepAlive,
  });
}
