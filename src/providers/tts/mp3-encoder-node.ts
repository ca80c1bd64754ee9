import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Mp3Encoder } from '../../speech/audio/encode-mp3.ts';
import { LAME_WASM_ID } from '../../speech/audio/lame-wasm.mjs';
import { createWorkerPool } from './worker-pool-node.ts';

interface EncodeJob {
  samples: Int16Array;
  sampleRate: number;
  kbps: number;
}

export interface Mp3WorkerOptions {
  /** Worker threads; default: every CPU core. */
  workers?: number;
  /** Per-item deadline; default 120 s. */
  timeoutMs?: number;
  /** Start the workers now, so they are ready when the first item is read. */
  warm?: boolean;
}

/**
 * MP3 encoding with LAME in WebAssembly on a pool of worker threads (Node). Every item of a
 * bulletin is encoded on its own, so the work spreads over all cores.
 */
export function createMp3WorkerEncoder(options: Mp3WorkerOptions = {}): Mp3Encoder {
  let pool: Promise<ReturnType<typeof createWorkerPool<EncodeJob, { mp3: Uint8Array; error?: string }>>> | undefined;
  const getPool = () => {
    pool ??= compileLameWasm().then((wasmModule) =>
      createWorkerPool<EncodeJob, { mp3: Uint8Array; error?: string }>({
        script: new URL('./mp3-encoder-worker-node.mjs', import.meta.url),
        size: Math.max(1, options.workers ?? availableParallelism()),
        workerData: { wasmModule },
        describe: (job) => `MP3 encoding of ${(job.samples.length / job.sampleRate).toFixed(1)} s of audio`,
      }),
    );
    return pool;
  };
  if (options.warm) void getPool().then((workers) => workers.start(), () => undefined);
  return {
    id: LAME_WASM_ID,
    async encode(samples, sampleRate, kbps, encodeOptions = {}) {
      const workers = await getPool();
      const reply = await workers.run({ samples: samples.slice(), sampleRate, kbps }, { timeoutMs: options.timeoutMs ?? 120_000, signal: encodeOptions.signal });
      return reply.mp3;
    },
    async close() {
      const current = pool;
      pool = undefined;
      if (current) await (await current).close();
    },
  };
}

let compiled: Promise<WebAssembly.Module> | undefined;

/** wasm-media-encoders' mp3.wasm, compiled once per process and shared with every worker. */
export function compileLameWasm(): Promise<WebAssembly.Module> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('wasm-media-encoders/wasm/mp3')).then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}
