import { expect } from 'vitest';

// vitest's toEqual walks a typed array element by element and then through Object.entries: about
// 17 seconds a megabyte, a minute for one MP3 of the demo. Integer arrays of one kind are equal when
// their bytes are; floats (NaN, -0) and mixed kinds keep vitest's own comparison.
const BYTE_EXACT = [Uint8Array, Uint8ClampedArray, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, BigUint64Array, BigInt64Array];

/** An equality tester for `expect.addEqualityTesters`: undefined for anything it does not decide. */
export function typedArrayEquality(a: unknown, b: unknown): boolean | undefined {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return undefined;
  if (!BYTE_EXACT.some((kind) => a instanceof kind)) return undefined;
  if (a.byteLength !== b.byteLength) return false;
  return Buffer.compare(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

expect.addEqualityTesters([typedArrayEquality]);
