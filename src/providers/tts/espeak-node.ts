import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { concatArrays } from '../../domain/concat-arrays.ts';
import { decodeWav } from '../../speech/audio/decode-wav.ts';
import { chunkText } from './chunk-text.ts';
import type { SynthesizedAudio, Tts } from './tts.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool-node.ts';

export interface EspeakOptions {
  /** vi (Northern), vi-vn-x-central, or vi-vn-x-south (default: Đồng Tháp is in the South). */
  voice?: 'vi' | 'vi-vn-x-central' | 'vi-vn-x-south';
  /** Speaking rate, 1 = espeak's normal 175 words per minute. */
  rate?: number;
  /** Worker threads; default: every CPU core. */
  workers?: number;
  /** Per-chunk deadline; the worker is killed and replaced when it passes. Default 60 s. */
  timeoutMs?: number;
  /** Longest audio accepted for one call; longer output is an error. Default 600 s. */
  maxSeconds?: number;
}

interface EspeakJob {
  voice: string;
  speed?: number;
  text: string;
  maxBytes: number;
}

/**
 * Each call pays ~0.35 s to instantiate a fresh WASM instance, while synthesis itself runs
 * ~500x faster than real time, so chunks are large: 3000 characters (about 2.5 minutes of
 * speech) stay well inside the fixed 32 MB heap (11,000 characters were tried).
 */
const MAX_CHUNK_CHARS = 3000;
const ESPEAK_SAMPLE_RATE = 22050;

/**
 * The offline Vietnamese voice: the npm espeak-ng WebAssembly build, run in a pool of worker
 * threads so long bulletins use every core. Text goes in as one argv entry (no shell).
 */
export function createEspeakTts(options: EspeakOptions = {}): Tts {
  const voice = options.voice ?? 'vi-vn-x-south';
  const size = Math.max(1, options.workers ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxSeconds = options.maxSeconds ?? 600;
  const speed = options.rate === undefined ? undefined : Math.round(Math.min(450, Math.max(80, 175 * options.rate)));
  const maxBytes = Math.ceil(maxSeconds * ESPEAK_SAMPLE_RATE * 2) + 4096;
  let pool: Promise<WorkerPool<EspeakJob, { wav: Uint8Array; error?: string }>> | undefined;

  const getPool = () => {
    pool ??= compileEspeak().then((wasmModule) =>
      createWorkerPool<EspeakJob, { wav: Uint8Array; error?: string }>({
        script: new URL('./espeak-worker-node.mjs', import.meta.url),
        size,
        workerData: { wasmModule },
        describe: (job) => `espeak-ng (${job.voice}) on "${job.text.slice(0, 60)}…"`,
      }),
    );
    return pool;
  };

  return {
    engine: 'espeak',
    voice,
    async synthesize(text, { signal }): Promise<SynthesizedAudio> {
      const chunks = chunkText(text, MAX_CHUNK_CHARS);
      if (chunks.length === 0) throw new Error('espeak-ng: nothing to read (empty text)');
      const workers = await getPool();
      const audio = await Promise.all(
        chunks.map((chunk) => workers.run({ voice, speed, text: chunk, maxBytes }, { timeoutMs, signal }).then((reply) => decodeWav(reply.wav))),
      );
      const sampleRate = audio[0]!.sampleRate;
      const samples = concatArrays(audio.map((piece) => piece.samples), Int16Array);
      if (samples.length / sampleRate > maxSeconds) {
        throw new Error(`espeak-ng: ${(samples.length / sampleRate).toFixed(0)} s of audio exceeds the ${maxSeconds} s cap for one item`);
      }
      return { sampleRate, samples };
    },
    async close() {
      const current = pool;
      pool = undefined;
      if (current) await (await current).close();
    },
  };
}

let compiled: Promise<WebAssembly.Module> | undefined;

/** Compiling the 18 MB module costs ~0.5 s; do it once per process and share it with workers. */
function compileEspeak(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('espeak-ng');
    const bytes = await readFile(new URL('espeak-ng.wasm', pathToFileURL(entry)));
    return WebAssembly.compile(bytes);
  })();
  return compiled;
}
