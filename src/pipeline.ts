/**
 * The whole job on one screen, each stage in the order it runs:
 *   collect → cluster → select → extract → write → check → speak → deck → publish
 * Article pages are read (extract) only for the stories selected. Each stage is a function of its
 * inputs plus injected reach (fetch, storage, providers), and the run report times every one.
 * The editable draft is kept between check and speak (generateBriefing, then renderBriefing), so a
 * failure in speech or the deck loses none of the writing, and an edited draft renders again.
 * Node runs these in-process; Workers runs the same stage functions one queue step at a time
 * (src/workers/bulletin-steps.ts).
 */
import type { Catalog } from './domain/catalog.ts';
import type { CollectResult, TimeWindow } from './domain/collected.ts';
import { countStories, type Briefing } from './domain/briefing.ts';
import type { Progress } from './domain/progress.ts';
import { mergeTimings, type RunReport } from './domain/run-report.ts';
import type { Config } from './config.ts';
import type { Storage } from './providers/storage/storage.ts';
import type { Summarizer } from './providers/llm/llm.ts';
import type { Tts } from './providers/tts/tts.ts';
import type { Mp3Encoder } from './speech/audio/encode-mp3.ts';
import { vietnamDate } from './domain/vietnam-time.ts';
import { collectFeeds } from './stages/collect.ts';
import { clusterStories } from './stages/cluster.ts';
import { selectBulletinStories } from './stages/select.ts';
import { extractArticles } from './stages/extract.ts';
import { writeBriefing } from './stages/write.ts';
import { checkBriefing } from './stages/check.ts';
import { recheckBriefing, withStoredChecks } from './stages/check/recheck-briefing.ts';
import { createFactCheckCache, type FactCheckCache } from './stages/check/fact-check-cache.ts';
import { publishRevision, type PublishedRevision, type RevisionStore } from './stages/publish.ts';

/** Everything a run may reach outside itself. Built by runtime/node.ts or runtime/workers.ts. */
export interface PipelineDeps {
  /** The guarded fetcher (SSRF checks, deadlines, size caps) used for feeds and pages. */
  fetch: typeof fetch;
  /** Content-keyed caches: HTTP validators, pages, extracted text, summaries, audio segments. */
  cache: Storage;
  summarizer: Summarizer;
  tts: Tts;
  now: () => Date;
  progress: Progress;
  /** Problems and per-stage timings of this run. */
  report: RunReport;
  signal?: AbortSignal;
  /**
   * The fact check's results by content, kept in `cache` under the code's version: generate and
   * render share them, and a repeat run checks only what changed. Without it, each call checks afresh.
   */
  checks?: FactCheckCache;
}

export interface GenerateRequest {
  catalog: Catalog;
  window: TimeWindow;
  config: Config;
  /** YYYY-MM-DD; defaults to the day the run ends. */
  meetingDate?: string;
}

export type RenderDeps = Pick<PipelineDeps, 'cache' | 'tts' | 'progress' | 'report' | 'signal' | 'checks'> & {
  /** Written text → spoken words (numbers, dates, abbreviations expanded), with the user's lexicon. */
  normalize: (text: string) => string;
  logo?: Uint8Array;
  /** MP3 encoding off the main thread where the platform has threads; in-thread otherwise. */
  encoder?: Mp3Encoder;
};

/** The files of one published bulletin, by file name. */
export type BriefingFiles = Record<string, Uint8Array | string>;

/** collect → cluster → select → extract: from the catalog to the bulletin's stories with their article text. */
export async function collectStories(request: Pick<GenerateRequest, 'catalog' | 'window'> & { quotas: Config['quotas'] }, deps: Omit<PipelineDeps, 'summarizer' | 'tts'>): Promise<CollectResult> {
  const { report } = deps;
  const feeds = new Map(request.catalog.feeds.map((feed) => [feed.id, feed]));
  const collected = await report.time('collect', () => collectFeeds(request, deps), (result) => result.feeds.length);
  const stories = await report.time('cluster', () => clusterStories(collected.items, { feeds, relevance: request.catalog.relevance }, deps), (result) => result.length);
  const selected = await report.time('select', () => selectBulletinStories(stories, { window: request.window, quotas: request.quotas, feeds }, deps), (result) => result.length);
  const withText = await report.time('extract', () => extractArticles(selected, feeds, deps), (result) => result.length);
  return { window: request.window, feeds: collected.feeds, stories: withText };
}

/** collect … extract → write → check: the editable briefing document. */
export async function generateBriefing(request: GenerateRequest, deps: PipelineDeps): Promise<{ briefing: Briefing; collected: CollectResult }> {
  const { report } = deps;
  const collected = await collectStories({ catalog: request.catalog, window: request.window, quotas: request.config.quotas }, deps);
  const meetingDate = request.meetingDate ?? vietnamDate(new Date(request.window.until));
  const checks = deps.checks ?? createFactCheckCache();
  const written = await report.time('write', () => writeBriefing(collected, { config: request.config, meetingDate }, { ...deps, checks }), countStories);
  const checked = await report.time('check', () => withStoredChecks(written, checks, () => checkBriefing(written, { ...deps, checks })), countStories);
  return { briefing: withTimings(checked, report), collected };
}

/**
 * speak → deck: every file of the bulletin, from the (possibly edited) briefing document. Each
 * story is checked again against its kept article text first, so an edit made in briefing.json is
 * flagged in script.md and briefing.json like one made on the review page.
 */
export async function renderBriefing(edited: Briefing, config: Config, deps: RenderDeps): Promise<BriefingFiles> {
  const { report } = deps;
  // The render libraries (LAME, pptxgenjs, docx) load only here: a run that keeps its published files never needs them.
  const [{ renderAudio }, { buildDeck }] = await Promise.all([import('./stages/speak.ts'), import('./stages/deck.ts')]);
  const checks = deps.checks ?? createFactCheckCache();
  const briefing = await withStoredChecks(edited, checks, () => recheckBriefing(edited, checks));
  const audio = await report.time('speak', () => renderAudio(briefing, { voice: config.voice, normalize: deps.normalize }, deps), (result) => result.segments.items.length);
  const files = await report.time('deck', () => buildDeck(briefing, audio, { theme: config.deck.theme, logo: deps.logo, embedAudio: config.deck.embedAudio }, deps), (result) => Object.keys(result).length);
  return { 'briefing.json': `${JSON.stringify(withTimings(briefing, report), null, 2)}\n`, ...files };
}

/** publish: the files become the bulletin readers see, all at once (see stages/publish.ts). */
export async function publishBriefing(files: BriefingFiles, store: RevisionStore, options: { revision: string }, deps: Pick<PipelineDeps, 'progress' | 'report' | 'signal'>): Promise<PublishedRevision> {
  const total = Object.keys(files).length;
  deps.progress({ stage: 'publish', done: 0, total, message: 'Đang ghi các tệp' });
  return deps.report.time(
    'publish',
    () => publishRevision(files, store, { revision: options.revision, signal: deps.signal, onFile: (done) => deps.progress({ stage: 'publish', done, total }) }),
    (published) => published.files.length,
  );
}

/** The briefing with this run's stage times over those it already carried. */
function withTimings(briefing: Briefing, report: RunReport): Briefing {
  return { ...briefing, report: { ...briefing.report, stages: mergeTimings(briefing.report.stages, report.timings) } };
}
