/**
 * The slice of the Cloudflare bindings bantin uses, typed structurally so the same code runs on
 * Workers (real D1/R2/Queues) and in-process on Node (the scale bench's SQLite and arrays).
 * https://developers.cloudflare.com/workers/runtime-apis/bindings/
 */
import type { R2BucketLike } from '../providers/storage/r2.ts';

export type { R2BucketLike, R2ObjectBodyLike } from '../providers/storage/r2.ts';

/** A D1 prepared statement (D1PreparedStatement). */
export interface DbStatement {
  bind(...values: unknown[]): DbStatement;
  run(): Promise<{ meta: { changes: number } }>;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
}

/** A D1 database (D1Database). */
export interface Db {
  prepare(sql: string): DbStatement;
  batch(statements: DbStatement[]): Promise<Array<{ meta: { changes: number } }>>;
}

/** A queue producer (Queue). */
export interface QueueLike<Body> {
  send(body: Body): Promise<void>;
  sendBatch(messages: Iterable<{ body: Body }>): Promise<void>;
}

/** The Worker's environment as declared in wrangler.toml, plus secrets set by `wrangler secret put`. */
export interface WorkerEnv {
  DB: Db;
  BUCKET: R2BucketLike;
  FEEDS_QUEUE: QueueLike<unknown>;
  STORIES_QUEUE: QueueLike<unknown>;
  SEGMENTS_QUEUE: QueueLike<unknown>;
  ASSEMBLE_QUEUE: QueueLike<unknown>;
  /** Cell served on hosts that name no cell (e.g. 127.0.0.1 in `wrangler dev`). */
  DEFAULT_CELL?: string;
  /** Fetch feeds from private/loopback hosts: 1|true (local dev and tests only); read by runtime/env-config.ts like every config variable. */
  BANTIN_ALLOW_PRIVATE_HOSTS?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  BANTIN_LLM_MODEL?: string;
  AZURE_SPEECH_KEY?: string;
  AZURE_SPEECH_REGION?: string;
  /** Test override of the Azure endpoint (default https://{region}.tts.speech.microsoft.com). */
  AZURE_SPEECH_ENDPOINT?: string;
  BANTIN_ADMIN_PASSWORD?: string;
  /** The deployed version (wrangler.toml [version_metadata]): a new deploy checks stories again. https://developers.cloudflare.com/workers/runtime-apis/bindings/version-metadata/ */
  CF_VERSION_METADATA?: { id: string };
}
