import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { concatArrays } from '../../domain/concat-arrays.ts';
import { decodeWav } from '../../speech/audio/decode-wav.ts';
import { chunkText } from './chunk-text.ts';
import type { EspeakVoice } from './espeak-voices.ts';
import type { SynthesizedAudio, Tts } from './tts.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool-node.ts';

export interface EspeakOptions {
  /** Default vi-vn-x-south: Đồng Tháp is in the South. */
  voice?: EspeakVoice;
  /** Speaking rate, 1 = espeak's normal 175 words per minute. */
  rate?: number;
  /** Worker threads; default: every CPU core. */
  workers?: number;
  /** Per-chunk deadline; the worker is killed and replaced when it passes. Default 60 s. */
  timeoutMs?: number;
  /** Longest audio accepted for one call; longer output is an error. Default 600 s. */
  maxSeconds?: number;
  /** Start the workers now, so they have loaded the voice by the time the first item comes. */
  warm?: boolean;
}

interface EspeakJob {
  voice: string;
  speed: number;
  text: string;
  maxBytes: number;
}

/** 3000 characters (about 2.5 minutes of speech) stay well inside espeak's fixed 32 MB heap (11,000 were tried). */
const MAX_CHUNK_CHARS = 3000;
const ESPEAK_SAMPLE_RATE = 22050;

/**
 * The offline Vietnamese voice: the npm espeak-ng WebAssembly build, run in a pool of worker
 * threads so long bulletins use every core. Text goes in as one argv entry (no shell).
 *
 * The workers belong to the process, not to one voice: every voice (and every run of a server)
 * with the same number of workers shares them, so each worker instantiates espeak once (~1 s with
 * its first reading) for the life of the process. Idle workers do not keep the process alive, so
 * a CLI run ends as soon as its work does; `close()` leaves them for the next run.
 */
export function createEspeakTts(options: EspeakOptions = {}): Tts {
  const voice = options.voice ?? 'vi-vn-x-south';
  const size = Math.max(1, options.workers ?? availableParallelism());
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxSeconds = options.maxSeconds ?? 600;
  // espeak's default is 175 words per minute; always sent, as a kept instance would keep the last job's.
  const speed = Math.round(Math.min(450, Math.max(80, 175 * (options.rate ?? 1))));
  const maxBytes = Math.ceil(maxSeconds * ESPEAK_SAMPLE_RATE * 2) + 4096;
  const getPool = () => sharedPool(size);
  if (options.warm) void getPool().then((pool) => pool.start(), () => undefined);

  return {
    engine: 'espeak',
    voice,
    async synthesize(text, { signal }): Promise<SynthesizedAudio> {
      const chunks = chunkText(text, MAX_CHUNK_CHARS);
      if (chunks.length === 0) throw new Error('espeak-ng: nothing to read (empty text)');
      const workers = await getPool();
      const audio = await Promise.all(
        chunks.map((chunk) =>
          workers.run({ voice, speed, text: chunk, maxBytes }, { timeoutMs, signal }).then((reply) => {
            instancesByWorker.set(reply.worker, reply.instances);
            return decodeWav(reply.wav);
          }),
        ),
      );
      const sampleRate = audio[0]!.sampleRate;
      const samples = concatArrays(audio.map((piece) => piece.samples), Int16Array);
      if (samples.length / sampleRate > maxSeconds) {
        throw new Error(`espeak-ng: ${(samples.length / sampleRate).toFixed(0)} s of audio exceeds the ${maxSeconds} s cap for one item`);
      }
      return { sampleRate, samples };
    },
    async close() {},
  };
}

interface EspeakReply {
  wav: Uint8Array;
  error?: string;
  /** Thread id of the worker and how many espeak instances it has made so far. */
  worker: number;
  instances: number;
}
type EspeakPool = WorkerPool<EspeakJob, EspeakReply>;
const instancesByWorker = new Map<number, number>();

/** Worker threads that have answered in this process and the espeak instances they made. */
export function espeakWorkerStats(): { workers: number; instances: number } {
  return { workers: instancesByWorker.size, instances: [...instancesByWorker.values()].reduce((sum, count) => sum + count, 0) };
}
const pools = new Map<number, Promise<EspeakPool>>();

/** The process's espeak workers for a pool size, started on first use. */
function sharedPool(size: number): Promise<EspeakPool> {
  let pool = pools.get(size);
  if (!pool) {
    pool = compileEspeak().then((wasmModule) =>
      createWorkerPool<EspeakJob, EspeakReply>({
        script: new URL('./espeak-worker-node.mjs', import.meta.url),
        size,
        workerData: { wasmModule },
        describe: (job) => `espeak-ng (${job.voice}) on "${job.text.slice(0, 60)}…"`,
      }),
    );
    pool.catch(() => pools.delete(size));
    pools.set(size, pool);
  }
  return pool;
}

/** Stops every espeak worker of this process (tests that count threads; a CLI run needs no call). */
export async function closeEspeakWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map(async (pool) => (await pool).close()));
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
