import type { Mp3Encoder } from './encode-mp3.ts';
import { LAME_WASM_ID, createLame, encodeWithLame, type Lame } from './lame-wasm.mjs';

/**
 * LAME compiled to WebAssembly, in the calling thread; `wasm` is wasm-media-encoders' compiled
 * mp3.wasm (the runtime supplies it: Node reads and compiles the file, Workers would import it).
 */
export function createLameWasmEncoder(wasm: WebAssembly.Module | Promise<WebAssembly.Module>): Mp3Encoder {
  let lame: Promise<Lame> | undefined;
  return {
    id: LAME_WASM_ID,
    async encode(samples, sampleRate, kbps, options = {}) {
      options.signal?.throwIfAborted();
      lame ??= Promise.resolve(wasm).then(createLame);
      return encodeWithLame(await lame, samples, sampleRate, kbps);
    },
  };
}
