import type { Context } from 'hono';
import type { Config } from '../config.ts';
import type { Briefing, BriefingStory } from '../domain/briefing.ts';
import type { Catalog, Feed } from '../domain/catalog.ts';
import type { FeedItem, FeedStatus, TimeWindow } from '../domain/collected.ts';
import type { Progress } from '../domain/progress.ts';
import type { RunReport } from '../domain/run-report.ts';
import type { SectionId } from '../domain/sections.ts';
import type { Storage } from '../providers/storage/storage.ts';
import type { JobRecord } from './jobs/job-record.ts';
import type { TopicInput, TopicOutline } from '../stages/topic/topic-outline.ts';

/** What every long engine call is given: where to report progress and problems, and when to stop. */
export interface EngineContext {
  progress: Progress;
  report: RunReport;
  signal: AbortSignal;
}

/** What one generation needs: the catalog, the meeting window and the config with the user's settings applied. */
export interface EngineGenerateRequest {
  catalog: Catalog;
  window: TimeWindow;
  config: Config;
  meetingDate?: string;
}

/** A built topic deck: the .pptx, the outline it shows, the sources as read, and what was noticed (weak coverage, rejected LLM bullets). */
export interface TopicBuild {
  pptx: Uint8Array;
  outline: TopicOutline;
  input: TopicInput;
  problems: string[];
}

/** A source document for a topical-session deck: uploaded bytes or a link to fetch. */
export type TopicSource = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'url'; url: string };

/**
 * The pipeline as the web app sees it. Built once by createEngine (src/engine.ts) over src/pipeline.ts,
 * from Node's providers (src/runtime/node-app.ts) or the Worker's (src/workers/web-services.ts), and
 * by a small fake in tests; the app never knows which.
 */
export interface Engine {
  /** collect … check: the editable briefing document, plus the feeds' statuses for the progress view. */
  generate(request: EngineGenerateRequest, context: EngineContext): Promise<{ briefing: Briefing; feeds?: FeedStatus[] }>;
  /** speak → deck: every file of the bulletin by name (briefing.json, briefing.mp3, …). Unchanged stories come from the audio cache. */
  render(briefing: Briefing, config: Config, context: EngineContext): Promise<Record<string, Uint8Array | string>>;
  /** Writes one story again from its sources. */
  regenerateStory(story: BriefingStory, section: SectionId, config: Config, context: EngineContext): Promise<BriefingStory>;
  /** Fetches one article and writes it as a story of `section`. */
  storyFromUrl(url: string, section: SectionId, config: Config, context: EngineContext): Promise<BriefingStory>;
  /** Fetches and parses one feed, returning its items (newest first). */
  testFeed(feed: Feed, config: Config, context: EngineContext): Promise<FeedItem[]>;
  /** Builds the topical-session deck, with the outline and the sources as read, so it can be edited and rendered again. */
  buildTopicDeck(input: { title: string; sources: TopicSource[] }, config: Config, context: EngineContext): Promise<TopicBuild>;
  /** Renders an edited topic outline again. */
  renderTopicDeck(input: TopicInput, outline: TopicOutline, config: Config): Promise<Uint8Array>;
}

/** Password hashing; the core uses Web Crypto PBKDF2 (see auth/password.ts). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * Bulletin generation run outside this process, for runtimes where a request cannot outlive a long
 * run (Workers: the queue pipeline, src/workers/web-generation.ts). Absent on Node, where the job
 * runner runs the pipeline in-process. Its jobs are read back by id like the runner's own.
 */
export interface GenerationQueue {
  /** Queues a generation for this cell with the run's window, or returns the cell's running one (one at a time). */
  start(request: { window: TimeWindow; startedBy: string }): Promise<{ job: JobRecord; started: boolean }>;
  /** One of its jobs with its current progress; null when `id` is not one of its jobs. */
  get(id: string): Promise<JobRecord | null>;
  /** The cell's most recent queued generation (running or finished), if any. */
  last(): Promise<JobRecord | null>;
}

/** Everything the web app reaches outside itself. Built by src/runtime/node-app.ts on Node. */
export interface AppServices {
  /** Server state: accounts, sessions, jobs, bulletin index and drafts, catalog, roster, settings. */
  store: Storage;
  /** Published bulletin files, keyed "<bulletin id>/<file name>". */
  files: Storage;
  engine: Engine;
  /** The base config; the user's settings (minutes, voice, quotas) and the roster are applied over it per run. */
  config: Config;
  /** The catalog used until an editor changes it on the Nguồn tin page. */
  defaultCatalog: Catalog;
  /** The offline sample news (team-written, fictional) for a trial run with no Internet; absent where none is served. */
  sampleCatalog?: () => Promise<Catalog>;
  now: () => Date;
  /** Random URL-safe id of `bytes` random bytes (default 16). */
  randomId: (bytes?: number) => string;
  passwords: PasswordHasher;
  logger: Logger;
  /** The client's network address for rate limiting; never taken from a header the client controls. */
  clientAddress?: (c: Context) => string;
  /** True when the connection comes from a proxy named in BANTIN_TRUSTED_PROXY, whose X-Forwarded-* headers are then believed. */
  fromTrustedProxy?: (c: Context) => boolean;
  /** The cell this app serves; one running job per cell. */
  cellId?: string;
  /** Where "Tạo bản tin" runs when not in this process (see GenerationQueue); absent: the in-process job runner. */
  generationQueue?: GenerationQueue;
  /** Upload cap for the topic form, bytes (default 10 MB). */
  maxUploadBytes?: number;
}
