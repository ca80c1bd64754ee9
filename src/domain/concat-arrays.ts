/** Joins typed arrays of one kind (PCM pieces, MP3 frames, tag bytes) into one new array. */
export function concatArrays(parts: readonly Int16Array[], kind: typeof Int16Array): Int16Array<ArrayBuffer>;
export function concatArrays(parts: readonly Uint8Array[], kind?: typeof Uint8Array): Uint8Array<ArrayBuffer>;
export function concatArrays(parts: readonly (Uint8Array | Int16Array)[], kind: typeof Uint8Array | typeof Int16Array = Uint8Array): Uint8Array | Int16Array {
  const out = new kind(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
