import { availableParallelism } from 'node:os';
import type { Mp3Encoder } from '../../speech/audio/encode-mp3.ts';
import { createWorkerPool } from './worker-pool-node.ts';

interface EncodeJob {
  samples: Int16Array;
  sampleRate: number;
  kbps: number;
}

/**
 * MP3 encoding on a pool of worker threads (Node). After synthesis, encoding is the slowest
 * step of a render (the JS LAME port runs ~30x faster than real time on one core), and every
 * item is encoded on its own, so the work spreads over all cores.
 */
export function createMp3WorkerEncoder(options: { workers?: number; timeoutMs?: number } = {}): Mp3Encoder {
  const pool = createWorkerPool<EncodeJob, { mp3: Uint8Array; error?: string }>({
    script: new URL('./mp3-encoder-worker-node.mjs', import.meta.url),
    size: Math.max(1, options.workers ?? availableParallelism()),
    describe: (job) => `MP3 encoding of ${(job.samples.length / job.sampleRate).toFixed(1)} s of audio`,
  });
  return {
    async encode(samples, sampleRate, kbps, encodeOptions = {}) {
      const reply = await pool.run({ samples: samples.slice(), sampleRate, kbps }, { timeoutMs: options.timeoutMs ?? 120_000, signal: encodeOptions.signal });
      return reply.mp3;
    },
    close: () => pool.close(),
  };
}
