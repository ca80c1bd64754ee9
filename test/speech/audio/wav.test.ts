import { describe, expect, it } from 'vitest';
import { decodeWav } from '../../../src/speech/audio/decode-wav.ts';
import { encodeWav } from '../../../src/speech/audio/encode-wav.ts';

describe('encodeWav and decodeWav', () => {
  it('round-trip mono 16-bit samples exactly', () => {
    const samples = Int16Array.from([0, 1, -1, 32767, -32768, 1234]);
    const decoded = decodeWav(encodeWav(samples, 22_050));
    expect(decoded.sampleRate).toBe(22_050);
    expect(Array.from(decoded.samples)).toEqual(Array.from(samples));
  });

  it('reads a streaming WAV whose data size field is a placeholder', () => {
    const wav = encodeWav(Int16Array.from([5, 6, 7]), 24_000);
    new DataView(wav.buffer).setUint32(40, 0xffffffff, true);
    expect(Array.from(decodeWav(wav).samples)).toEqual([5, 6, 7]);
  });

  it('mixes stereo down to mono', () => {
    const wav = encodeWav(Int16Array.from([100, 300, -100, -300]), 8000);
    const view = new DataView(wav.buffer);
    view.setUint16(22, 2, true);
    view.setUint16(32, 4, true);
    expect(Array.from(decodeWav(wav).samples)).toEqual([200, -200]);
  });

  it('rejects bytes that are not a WAV file with a message saying so', () => {
    expect(() => decodeWav(new TextEncoder().encode('<html>503 Service Unavailable</html>'))).toThrow(/not a WAV file/);
  });
});
