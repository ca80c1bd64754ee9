// LAME compiled to WebAssembly (wasm-media-encoders), shared by the in-thread encoder
// (encode-mp3.ts) and the encoder worker threads (plain JS, so workers need no TS loader).
import { createEncoder, jsLibraryVersion } from 'wasm-media-encoders';

/** Samples handed to LAME at a time: a multiple of both MPEG frame sizes (1152 and 576). */
const BLOCK = 1152 * 16;

/** Names this encoder build in cache keys: frames from another build are never joined with these. */
export const LAME_WASM_ID = `lame-${jsLibraryVersion()}`;

/** An encoder instance on a compiled module (instantiating from a compiled module takes milliseconds). */
export function createLame(wasmModule) {
  return createEncoder('audio/mpeg', wasmModule);
}

/** Encodes mono 16-bit PCM to a self-contained CBR MP3 (no LAME/Xing header frame). */
export function encodeWithLame(lame, samples, sampleRate, kbps) {
  lame.configure({ channels: 1, sampleRate, bitrate: kbps });
  // LAME's documented worst case for one call is 1.25 × samples + 7200 bytes.
  const out = new Uint8Array(Math.ceil(1.25 * samples.length + 7200) + 7200);
  const block = new Float32Array(BLOCK);
  let length = 0;
  const append = (bytes) => {
    out.set(bytes, length);
    length += bytes.length;
  };
  for (let start = 0; start < samples.length; start += BLOCK) {
    const count = Math.min(BLOCK, samples.length - start);
    for (let i = 0; i < count; i += 1) block[i] = samples[start + i] / 32768;
    append(lame.encode([block.subarray(0, count)]));
  }
  append(lame.finalize());
  return out.slice(0, length);
}
