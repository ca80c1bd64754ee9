import { describe, expect, it } from 'vitest';
import { typedArrayEquality } from './typed-array-equality.ts';

describe('comparing integer arrays in toEqual by their bytes', () => {
  const mp3 = new Uint8Array(2_000_000).map((_, index) => (index * 31) & 255);

  it('finds two megabyte-long arrays with the same bytes equal, and one changed byte or a missing one unequal', () => {
    const changed = mp3.slice();
    changed[1_234_567] = changed[1_234_567]! ^ 1;
    expect(typedArrayEquality(mp3, mp3.slice())).toBe(true);
    expect(typedArrayEquality(mp3, changed)).toBe(false);
    expect(typedArrayEquality(mp3, mp3.subarray(1))).toBe(false);
    expect(typedArrayEquality(mp3.subarray(10, 20), mp3.slice(10, 20))).toBe(true);
    expect(mp3).toEqual(mp3.slice());
    expect(mp3).not.toEqual(changed);
  });

  it('tells apart arrays of another kind or length, inside objects too', () => {
    expect({ clip: new Int16Array([1, -2]) }).toEqual({ clip: new Int16Array([1, -2]) });
    expect({ clip: new Int16Array([1, -2]) }).not.toEqual({ clip: new Int16Array([1, 2]) });
    expect(typedArrayEquality(new Int16Array([1, -2]), new Int16Array([1, 2]))).toBe(false);
    expect(new Uint8Array([1, 2])).not.toEqual(new Int8Array([1, 2]));
    expect(new Uint16Array([1])).not.toEqual(new Uint8Array([1, 0]));
  });

  it('leaves float arrays and mixed kinds to vitest, which reads NaN as equal to NaN', () => {
    expect(typedArrayEquality(new Float32Array([Number.NaN]), new Float32Array([Number.NaN]))).toBeUndefined();
    expect(typedArrayEquality(Buffer.from([1]), new Uint8Array([1]))).toBeUndefined();
    expect(typedArrayEquality([1], [1])).toBeUndefined();
    expect(new Float32Array([Number.NaN])).toEqual(new Float32Array([Number.NaN]));
  });
});
