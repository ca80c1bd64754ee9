import type { Context } from 'hono';
import type { Catalog } from '../domain/catalog.ts';
import { BantinError } from '../domain/errors.ts';
import { fetchDocument } from '../fetch/fetch-document.ts';
import { generateBriefing, renderBriefing, type PipelineDeps } from '../pipeline.ts';
import { createPbkdf2Hasher, randomToken } from '../server/auth/password.ts';
import type { AppServices, Engine, EngineContext } from '../server/services.ts';
import { collectFeed } from '../stages/collect/collect-feed.ts';
import { collectStoryFromUrl } from '../stages/collect/collect-story-from-url.ts';
import { buildTopicDeck } from '../stages/topic/build-topic-deck.ts';
import { renderTopicDeck } from '../stages/topic/render-topic-deck.ts';
import { readSource, readSourceText } from '../stages/topic/read-source.ts';
import { writeStory } from '../stages/write.ts';
import type { Config } from '../config.ts';
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
  // The voice is only built when audio is made, so a cell with an unusable voice can still write its briefing.
  const pipelineDeps = (config: Config, context: EngineContext, voiced = false): PipelineDeps => ({
    fetch: deps.fetch,
    cache: deps.shared,
    summarizer: deps.summarizer,
    tts: voiced ? deps.ttsFor(config.voice.name, config.voice.rate) : { engine: 'none', voice: 'none', synthesize: () => Promise.reject(new Error('no voice in this step')) },
    now: deps.now,
    progress: context.progress,
    report: context.report,
    signal: context.signal,
  });
  const kept = <T>(work: Promise<T>): Promise<T> => {
    keepAlive(work.catch(() => undefined));
    return work;
  };
  return {
    generate: (request, context) =>
      kept(
        (async () => {
          const { briefing, collected } = await generateBriefing(request, pipelineDeps(request.config, context));
          return { briefing, feeds: collected.feeds };
        })(),
      ),
    render: (briefing, config, context) => kept(renderBriefing(briefing, config, { ...pipelineDeps(config, context, true), normalize: deps.normalize })),
    regenerateStory: (story, section, config, context) =>
      kept(
        (async () => {
          const primary = story.sources[0];
          if (!primary) throw new BantinError('write', `tin "${story.headline}" không có nguồn để viết lại.`);
          const run = pipelineDeps(config, context);
          const fetched = await collectStoryFromUrl(primary.url, section, run);
          const written = await writeStory({ ...fetched, id: story.id }, { config, refresh: true }, run);
          return { ...written, id: story.id, sources: story.sources };
        })(),
      ),
    storyFromUrl: (url, section, config, context) =>
      kept(
        (async () => {
          const run = pipelineDeps(config, context);
          return writeStory(await collectStoryFromUrl(url, section, run), { config }, run);
        })(),
      ),
    testFeed: async (feed, _config, context) => {
      const harvest = await collectFeed(feed, { fetch: deps.fetch, cache: deps.shared, now: deps.now(), signal: context.signal });
      return [...harvest.items].sort((a, b) => b.published.localeCompare(a.published));
    },
    buildTopicDeck: (input, config, context) =>
      kept(
        (async () => {
          const sources = [];
          for (const source of input.sources) {
            if (source.kind === 'file') sources.push(await readSource(source.name, source.bytes));
            else {
              const page = await fetchDocument(source.url, { fetch: deps.fetch, cache: deps.shared, signal: context.signal });
              sources.push(readSourceText(new URL(source.url).pathname.split('/').pop() || 'trang.html', page.text, source.url));
            }
          }
          const topic = { title: input.title, sources, cellName: config.cell.name, unitName: config.cell.unit };
          const deck = await buildTopicDeck(topic, { theme: config.deck.theme, signal: context.signal });
          for (const problem of deck.problems) context.report.add({ stage: 'deck', item: input.title, reason: problem });
          return { pptx: deck.pptx, outline: deck.outline, input: topic, problems: deck.problems };
        })(),
      ),
    renderTopicDeck: (input, outline, config) => renderTopicDeck(input, outline, { theme: config.deck.theme }),
  };
}
