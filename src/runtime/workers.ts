import type { Config } from '../config.ts';
import { BantinError } from '../domain/errors.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createExtractiveSummarizer } from '../providers/llm/extractive.ts';
import type { Summarizer } from '../providers/llm/llm.ts';
import { createOpenAiSummarizer } from '../providers/llm/openai.ts';
import { parsePromptTemplate } from '../providers/llm/prompt-template.ts';
import { createR2Storage } from '../providers/storage/r2.ts';
import { createAzureRestTts } from '../providers/tts/azure-rest.ts';
import { ESPEAK_VOICES } from '../providers/tts/espeak-voices.ts';
import type { Tts } from '../providers/tts/tts.ts';
import { DEFAULT_LEXICON, normalizeForSpeech } from '../speech/normalize/normalize.ts';
import type { WorkerEnv } from '../workers/bindings.ts';
import { workerConfig } from './worker-config.ts';
import type { ScaleDeps } from '../workers/scale-deps.ts';
import { QUEUE_OF, type QueueName, type WorkMessage } from '../workers/work-message.ts';
import summarizePrompt from '../../prompts/summarize-story.md';

/** Queues accept at most 100 messages per sendBatch. */
const BATCH = 100;

/**
 * Workers have no resolver API; ask Cloudflare's DNS-over-HTTPS so the guarded fetcher can still
 * refuse hostnames that point at private addresses. https://developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/
 */
async function resolveHostDoh(hostname: string): Promise<string[]> {
  const addresses: string[] = [];
  for (const type of ['A', 'AAAA']) {
    const response = await fetch(`https://cloudflare-dns.com/dns-query?name=${encodeURIComponent(hostname)}&type=${type}`, { headers: { accept: 'application/dns-json' } });
    if (!response.ok) throw new Error(`DNS-over-HTTPS HTTP ${response.status}`);
    const answer = (await response.json()) as { Answer?: Array<{ type: number; data: string }> };
    for (const record of answer.Answer ?? []) if (record.type === 1 || record.type === 28) addresses.push(record.data);
  }
  return addresses;
}

type LlmConfig = Config['llm'];
type VoiceConfig = Config['voice'];
interface WorkerVoice {
  env: WorkerEnv;
  voice: string;
  rate: number;
}

/** The writers a Worker has, by the config's `llm.provider` (one bundle: nothing to load lazily). */
export const WORKER_SUMMARIZERS = {
  extractive: () => createExtractiveSummarizer(),
  openai: (llm: LlmConfig) => createOpenAiSummarizer({ apiKey: llm.apiKey, baseURL: llm.baseURL, model: llm.model, timeoutMs: llm.timeoutMs, concurrency: llm.concurrency, prompt: parsePromptTemplate(summarizePrompt) }),
} satisfies Record<LlmConfig['provider'], (llm: LlmConfig) => Summarizer>;

/** The voices a Worker has, by provider: Azure's REST API, and espeak-ng only to say what to choose instead. */
export const WORKER_VOICES = {
  azure: ({ env, voice, rate }: WorkerVoice) => {
    if (!env.AZURE_SPEECH_KEY || !env.AZURE_SPEECH_REGION) {
      throw new BantinError('speak', 'chưa cấu hình giọng đọc Azure: chạy "wrangler secret put AZURE_SPEECH_KEY" và đặt AZURE_SPEECH_REGION (ví dụ southeastasia) trong wrangler.toml.');
    }
    return createAzureRestTts({ key: env.AZURE_SPEECH_KEY, region: env.AZURE_SPEECH_REGION, voice, rate, endpoint: env.AZURE_SPEECH_ENDPOINT });
  },
  espeak: ({ voice }: WorkerVoice): Tts => {
    throw new BantinError(
      'speak',
      `giọng đọc ngoại tuyến "${voice}" (espeak-ng) không chạy được trên Cloudflare Workers. Hãy chọn giọng Azure (vi-VN-HoaiMyNeural hoặc vi-VN-NamMinhNeural) cho chi bộ, hoặc tạo bản tin trên máy tính bằng lệnh "bantin generate".`,
    );
  },
} satisfies Record<VoiceConfig['provider'], (choice: WorkerVoice) => Tts>;

/** The writer the config names. */
export function createWorkerSummarizer(config: Config): Summarizer {
  return WORKER_SUMMARIZERS[config.llm.provider](config.llm);
}

/** A cell's voice names its provider: an espeak-ng variant (in any case), else an Azure voice. */
export function createWorkerTts(env: WorkerEnv, voice: string, rate: number): Tts {
  const espeak = ESPEAK_VOICES.some((name) => name === voice.toLowerCase());
  const provider: VoiceConfig['provider'] = espeak ? 'espeak' : 'azure';
  return WORKER_VOICES[provider]({ env, voice, rate });
}

/** Sends messages to the queue of their kind, 100 at a time. */
export function createQueueSender(env: WorkerEnv): (messages: WorkMessage[]) => Promise<void> {
  const queues: Record<QueueName, WorkerEnv['FEEDS_QUEUE']> = { feeds: env.FEEDS_QUEUE, stories: env.STORIES_QUEUE, segments: env.SEGMENTS_QUEUE, assemble: env.ASSEMBLE_QUEUE };
  return async (messages) => {
    const byQueue = new Map<QueueName, WorkMessage[]>();
    for (const message of messages) byQueue.set(QUEUE_OF[message.kind], [...(byQueue.get(QUEUE_OF[message.kind]) ?? []), message]);
    for (const [name, list] of byQueue) {
      for (let start = 0; start < list.length; start += BATCH) await queues[name].sendBatch(list.slice(start, start + BATCH).map((body) => ({ body })));
    }
  };
}

/** Every provider of the province-wide orchestration, from the Worker's bindings. */
export function createWorkerDeps(env: WorkerEnv): ScaleDeps {
  const base = workerConfig(env);
  return {
    db: env.DB,
    shared: createR2Storage(env.BUCKET, { prefix: 'shared' }),
    cellStorage: (cellId) => ({ store: createR2Storage(env.BUCKET, { prefix: `cells/${cellId}/state` }), files: createR2Storage(env.BUCKET, { prefix: `cells/${cellId}/files` }) }),
    send: createQueueSender(env),
    fetch: createGuardedFetch({ allowPrivateHosts: base.allowPrivateHosts, resolveHost: resolveHostDoh }),
    summarizer: createWorkerSummarizer(base),
    ttsFor: (voice, rate) => createWorkerTts(env, voice, rate),
    normalize: (text) => normalizeForSpeech(text, { thousand: base.voice.thousand, lexicon: DEFAULT_LEXICON }),
    base,
    codeVersion: env.CF_VERSION_METADATA?.id,
    now: () => new Date(),
    logger: { info: (message) => console.log(message), error: (message, error) => console.error(message, error) },
  };
}
