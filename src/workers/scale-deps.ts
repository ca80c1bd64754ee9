import type { Config } from '../config.ts';
import type { Summarizer } from '../providers/llm/llm.ts';
import type { Storage } from '../providers/storage/storage.ts';
import type { Tts } from '../providers/tts/tts.ts';
import type { Db } from './bindings.ts';
import type { WorkMessage } from './work-message.ts';

/**
 * Everything the province-wide orchestration reaches: built from bindings by runtime/workers.ts,
 * and from SQLite + in-memory queues by the scale bench, so both run the same logic.
 */
export interface ScaleDeps {
  db: Db;
  /** Shared, content-keyed results and caches for all cells (R2 "shared/"). */
  shared: Storage;
  /** A cell's own folders: `store` is the web app's state, `files` its published bulletins. */
  cellStorage(cellId: string): { store: Storage; files: Storage };
  /** Queues messages (routed by kind to the feeds, stories, segments and assemble queues). */
  send(messages: WorkMessage[]): Promise<void>;
  /** The guarded fetcher for feeds and article pages. */
  fetch: typeof fetch;
  summarizer: Summarizer;
  /** The voice named by a cell; throws a BantinError (Vietnamese) for a voice this runtime cannot run. */
  ttsFor(voice: string, rate: number): Tts;
  /** Written text → spoken words. */
  normalize(text: string): string;
  /**
   * Which deployed code runs (the Worker's version id): results of pure code such as the fact
   * check are kept in `shared` under it. Without it they are kept for one step only.
   */
  codeVersion?: string;
  /** The province defaults every cell's config starts from. */
  base: Config;
  now(): Date;
  logger: { info(message: string): void; error(message: string, error?: unknown): void };
}
