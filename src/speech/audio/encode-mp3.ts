import { Mp3Encoder as LameJsEncoder } from '@breezystack/lamejs';
import { concatArrays } from '../../domain/concat-arrays.ts';

/**
 * Turns mono 16-bit PCM into a self-contained CBR MP3 stream. Injected into the speak stage:
 * LAME in WebAssembly on worker threads on Node, in the calling thread elsewhere.
 */
export interface Mp3Encoder {
  /** Names the encoder build: part of the MP3 cache key, so frames of two builds are never joined. */
  readonly id: string;
  encode(samples: Int16Array, sampleRate: number, kbps: number, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/**
 * Samples of silence LAME puts before the input when decoded (its 576-sample encoder delay plus
 * the 529-sample decoder delay). Measured for both builds below: a click at sample 5000 decodes at
 * 6105–6106 at 16, 22.05 and 24 kHz (test/speech/audio/encode-mp3.test.ts checks it).
 */
export const MP3_START_DELAY_SAMPLES = 1105;

/** Samples handed to the JS encoder at a time: a multiple of the 1152-sample MPEG frame. */
const BLOCK = 1152 * 16;

/**
 * The pure-JavaScript LAME port (~4x slower than the WebAssembly build): for runtimes that are
 * given no compiled mp3.wasm (Cloudflare Workers compile no WebAssembly at run time).
 */
export function createLameJsEncoder(): Mp3Encoder {
  return {
    id: 'lamejs-1.2',
    async encode(samples, sampleRate, kbps, options = {}) {
      options.signal?.throwIfAborted();
      const encoder = new LameJsEncoder(1, sampleRate, kbps);
      const parts: Uint8Array[] = [];
      for (let start = 0; start < samples.length; start += BLOCK) parts.push(encoder.encodeBuffer(samples.subarray(start, start + BLOCK)));
      parts.push(encoder.flush());
      return concatArrays(parts);
    },
  };
}
