import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config, ConfigInput } from '../config.ts';
import { BantinError } from '../domain/errors.ts';
import { createRunReport } from '../domain/run-report.ts';
import type { Progress } from '../domain/progress.ts';
import type { PipelineDeps } from '../pipeline.ts';
import type { Storage } from '../providers/storage/storage.ts';
import { createSqliteStorage } from '../providers/storage/sqlite.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { resolveHostNode } from '../fetch/resolve-host-node.ts';
import { pinnedFetchNode } from '../fetch/pinned-fetch-node.ts';
import { DEFAULT_LEXICON, mergeLexicons, type Lexicon } from '../speech/lexicon/lexicon.ts';
import { loadUserLexicons } from '../speech/lexicon/user-lexicons.node.ts';
import { normalizeForSpeech } from '../speech/normalize/normalize.ts';
import type { Mp3Encoder } from '../speech/audio/encode-mp3.ts';
import { createMp3WorkerEncoder } from '../providers/tts/mp3-encoder-node.ts';
import { configFromEnv } from './env-config.ts';
import { codeVersion } from './code-version-node.ts';
import { createFactCheckCache } from '../stages/check/fact-check-cache.ts';
import { createSummarizerNode, createTtsNode, type VoiceOptions } from './providers-node.ts';

export type Env = Record<string, string | undefined>;

/** Where bantin keeps its caches and state on this machine: BANTIN_DATA_DIR, default ./.bantin */
export function dataDirFrom(env: Env, cwd = process.cwd()): string {
  return resolve(cwd, env.BANTIN_DATA_DIR ?? '.bantin');
}

/** Reads the config file (BANTIN_CONFIG, else feeds/config.json when present), then applies the environment (configFromEnv). */
export async function loadNodeConfig(env: Env, options: { file?: string; cwd?: string; overrides?: Partial<ConfigInput> } = {}): Promise<Config> {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ?? env.BANTIN_CONFIG ?? (existsSync(join(cwd, 'feeds/config.json')) ? 'feeds/config.json' : undefined);
  let base: ConfigInput = {};
  if (file) {
    const path = resolve(cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      throw new BantinError('config', `không đọc được tệp cấu hình ${path}. Kiểm tra đường dẫn (biến BANTIN_CONFIG).`, { cause });
    }
    try {
      base = JSON.parse(text) as ConfigInput;
    } catch (cause) {
      throw new BantinError('config', `tệp cấu hình ${path} không phải JSON hợp lệ: ${(cause as Error).message}`, { cause });
    }
  }
  return configFromEnv(env, base, { overrides: options.overrides, source: file });
}

/** The built-in lexicon plus the user's (feeds/lexicon.tsv, BANTIN_LEXICON, config.lexiconFiles). */
export async function loadLexiconNode(config: Config, cwd = process.cwd()): Promise<Lexicon> {
  return mergeLexicons(DEFAULT_LEXICON, await loadUserLexicons({ cwd, files: config.lexiconFiles.map((file) => resolve(cwd, file)) }));
}

export interface NodeRuntime {
  config: Config;
  cache: Storage & { close(): void };
  deps: PipelineDeps;
  normalize: (text: string) => string;
  /** MP3 encoding spread over all cores. */
  encoder: Mp3Encoder;
  close(): Promise<void>;
}

export interface NodeRuntimeOptions {
  env: Env;
  progress: Progress;
  signal?: AbortSignal;
  cwd?: string;
  voice?: VoiceOptions;
  /** The lexicon when the caller has already read it; else it is read here (loadLexiconNode). */
  lexicon?: Lexicon;
}

/** Builds every provider for one run on this machine. */
export async function createNodeRuntime(config: Config, options: NodeRuntimeOptions): Promise<NodeRuntime> {
  // Providers first: a bad choice fails before the cache is opened.
  const summarizer = await createSummarizerNode(config.llm);
  const tts = await createTtsNode(config.voice, options.voice);
  const lexicon = options.lexicon ?? (await loadLexiconNode(config, options.cwd));
  const normalize = (text: string): string => normalizeForSpeech(text, { thousand: config.voice.thousand, lexicon });
  const cache = createSqliteStorage(join(dataDirFrom(options.env, options.cwd), 'cache.db'));
  const encoder = createMp3WorkerEncoder({ warm: options.voice?.warm ?? true });
  const deps: PipelineDeps = {
    fetch: createGuardedFetch({ allowPrivateHosts: config.allowPrivateHosts, allowedOrigins: config.allowedOrigins, resolveHost: resolveHostNode, pinnedFetch: pinnedFetchNode }),
    cache,
    summarizer,
    tts,
    now: () => new Date(),
    progress: options.progress,
    report: createRunReport(),
    signal: options.signal,
    checks: createFactCheckCache({ cache, version: await codeVersion() }),
  };
  return {
    config,
    cache,
    deps,
    normalize,
    encoder,
    async close() {
      await tts.close?.();
      await encoder.close?.();
      cache.close();
    },
  };
}
