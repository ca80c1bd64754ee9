import type { WasmMediaEncoder } from 'wasm-media-encoders';

export type Lame = WasmMediaEncoder<'audio/mpeg'>;
export declare const LAME_WASM_ID: string;
export declare function createLame(wasmModule: WebAssembly.Module): Promise<Lame>;
export declare function encodeWithLame(lame: Lame, samples: Int16Array, sampleRate: number, kbps: number): Uint8Array;
