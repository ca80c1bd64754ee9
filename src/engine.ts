/**
 * The pipeline as the web app's Engine, once for every runtime. A runtime only supplies the
 * providers of one call (storage, fetch, writer, voice) and the platform's extras (a PDF reader,
 * an MP3 encoder, the cell's logo); Node (runtime/node-app.ts) and Workers (workers/web-services.ts)
 * build it with their own.
 */
import type { Config } from './config.ts';
import { BantinError } from './domain/errors.ts';
import { fetchDocument } from './fetch/fetch-document.ts';
import { FetchError } from './fetch/fetch-errors.ts';
import { generateBriefing, renderBriefing, type PipelineDeps } from './pipeline.ts';
import type { Engine, EngineContext } from './server/runtime-api.ts';
import type { Mp3Encoder } from './speech/audio/encode-mp3.ts';
import { checkProblem } from './stages/check.ts';
import { collectFeed } from './stages/collect/collect-feed.ts';
import { collectStoryFromUrl } from './stages/collect/collect-story-from-url.ts';
import { buildTopicDeck } from './stages/topic/build-topic-deck.ts';
import type { TopicPlanner } from './stages/topic/topic-outline.ts';
import { readSource, readSourceText, type PdfReader } from './stages/topic/read-source.ts';
import { renderTopicDeck } from './stages/topic/render-topic-deck.ts';
import { coverageWarning, topicCoverage } from './stages/topic/topic-coverage.ts';
import { writeStory } from './stages/write.ts';

/** The providers of one engine call, built for its config; closed when the call ends. */
export interface EngineRun {
  /** The pipeline's reach; progress, report and signal are the call's own. */
  deps: PipelineDeps;
  /** Written text → spoken words, with the lexicon this runtime loads. */
  normalize: (text: string) => string;
  /** MP3 encoding off the main thread, where the platform has threads. */
  encoder?: Mp3Encoder;
  close(): Promise<void>;
}

/** What a runtime gives the engine. */
export interface EngineRuntime {
  /**
   * The providers for one call. `voice` is false when the call makes no audio, so a cell whose
   * voice this runtime cannot run can still write its briefing.
   */
  open(config: Config, context: EngineContext, needs: { voice: boolean }): Promise<EngineRun>;
  /** The cell's logo for the decks (config.deck.logo), where this runtime can read files. */
  readLogo?(config: Config): Promise<Uint8Array | undefined>;
  /** Reads text PDFs for topic decks, where this runtime can. */
  readPdf?: PdfReader;
  /** The LLM outline planner for topic decks with this config, when it has one. */
  topicPlanner?(config: Config): TopicPlanner | undefined;
  /** Keeps work alive after the response that started it (Workers' ctx.waitUntil). */
  keepAlive?(work: Promise<unknown>): void;
}

export function createEngine(runtime: EngineRuntime): Engine {
  async function withRun<T>(config: Config, context: EngineContext, needs: { voice: boolean }, work: (run: EngineRun) => Promise<T>): Promise<T> {
    const run = await runtime.open(config, context, needs);
    try {
      return await work(run);
    } finally {
      await run.close();
    }
  }
  const kept = <T>(work: Promise<T>): Promise<T> => {
    runtime.keepAlive?.(work.catch(() => undefined));
    return work;
  };
  const logoOf = async (config: Config) => (config.deck.logo ? runtime.readLogo?.(config) : undefined);

  return {
    generate: (request, context) =>
      kept(
        withRun(request.config, context, { voice: false }, async (run) => {
          const { briefing, collected } = await generateBriefing(request, run.deps);
          return { briefing, feeds: collected.feeds };
        }),
      ),
    render: (briefing, config, context) =>
      kept(withRun(config, context, { voice: true }, async (run) => renderBriefing(briefing, config, { ...run.deps, normalize: run.normalize, encoder: run.encoder, logo: await logoOf(config) }))),
    regenerateStory: (story, section, config, context) =>
      kept(
        withRun(config, context, { voice: false }, async (run) => {
          const primary = story.sources[0];
          if (!primary) throw new BantinError('write', `tin "${story.headline}" không có nguồn để viết lại.`);
          const fetched = await collectStoryFromUrl(primary.url, section, run.deps);
          const written = await writeStory({ ...fetched, id: story.id }, { config, refresh: true }, run.deps);
          reportCheck(written, context);
          return { ...written, id: story.id, sources: story.sources };
        }),
      ),
    storyFromUrl: (url, section, config, context) =>
      kept(
        withRun(config, context, { voice: false }, async (run) => {
          const written = await writeStory(await collectStoryFromUrl(url, section, run.deps), { config }, run.deps);
          reportCheck(written, context);
          return written;
        }),
      ),
    testFeed: (feed, config, context) =>
      withRun(config, context, { voice: false }, async (run) => {
        const harvest = await collectFeed(feed, { fetch: run.deps.fetch, cache: run.deps.cache, now: run.deps.now(), signal: context.signal });
        return [...harvest.items].sort((a, b) => b.published.localeCompare(a.published));
      }),
    buildTopicDeck: (input, config, context) =>
      kept(
        withRun(config, context, { voice: false }, async (run) => {
          const sources = [];
          for (const source of input.sources) {
            if (source.kind === 'file') sources.push(await readSource(source.name, source.bytes, { readPdf: runtime.readPdf }));
            else sources.push(readSourceText(new URL(source.url).pathname.split('/').pop() || 'trang.html', await fetchTopicPage(source.url, run, context.signal), source.url));
          }
          const topic = { title: input.title, sources, cellName: config.cell.name, unitName: config.cell.unit };
          const warning = coverageWarning(input.title, topicCoverage(topic));
          if (warning) context.report.add({ stage: 'deck', item: input.title, reason: warning });
          const deck = await buildTopicDeck(topic, { theme: config.deck.theme, logo: await logoOf(config), planner: runtime.topicPlanner?.(config), signal: context.signal });
          for (const problem of deck.problems.filter((problem) => problem !== warning)) context.report.add({ stage: 'deck', item: input.title, reason: problem });
          return { pptx: deck.pptx, outline: deck.outline, input: topic, problems: deck.problems };
        }),
      ),
    renderTopicDeck: async (input, outline, config) => renderTopicDeck(input, outline, { theme: config.deck.theme, logo: await logoOf(config) }),
  };
}

/** A story written on its own is checked like the bulletin's: what stays flagged goes to the job's report. */
function reportCheck(story: Parameters<typeof checkProblem>[0], context: EngineContext): void {
  const problem = checkProblem(story);
  if (problem) context.report.add(problem);
}

async function fetchTopicPage(url: string, run: EngineRun, signal: AbortSignal): Promise<string> {
  try {
    return (await fetchDocument(url, { fetch: run.deps.fetch, cache: run.deps.cache, signal })).text;
  } catch (cause) {
    if (cause instanceof FetchError) throw new BantinError('deck', `không tải được tài liệu ${url}: ${cause.userMessage}`, { cause });
    throw cause;
  }
}
