import { describe, expect, it } from 'vitest';
import { concatArrays } from '../../../src/domain/concat-arrays.ts';
import { compileLameWasm } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { MP3_START_DELAY_SAMPLES, createLameJsEncoder } from '../../../src/speech/audio/encode-mp3.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { readMp3Frames } from '../../../src/speech/audio/mp3-frames.ts';
import { decodeMp3 } from './mp3-decode.ts';

function click(rate: number, at: number): Int16Array {
  const pcm = new Int16Array(rate * 2);
  for (let i = 0; i < 200; i += 1) pcm[at + i] = Math.round(20_000 * Math.sin(i / 3));
  return pcm;
}

function onset(channel: Float32Array, from = 0): number {
  for (let i = from; i < channel.length; i += 1) if (Math.abs(channel[i]!) > 0.1) return i;
  return -1;
}

const encoders = { 'LAME in WebAssembly': createLameWasmEncoder(compileLameWasm()), 'the pure-JS LAME port': createLameJsEncoder() };

describe.each(Object.entries(encoders))('%s', (_name, encoder) => {
  describe.each([16_000, 22_050, 24_000])('at %i Hz', (rate) => {
    it('delays the audio by MP3_START_DELAY_SAMPLES (± 2) when decoded', async () => {
      const decoded = await decodeMp3(await encoder.encode(click(rate, 5000), rate, 64));
      expect(Math.abs(onset(decoded.channel) - (5000 + MP3_START_DELAY_SAMPLES))).toBeLessThanOrEqual(2);
    });

    it('gives frame counts that match the decoded length exactly', async () => {
      const mp3 = await encoder.encode(click(rate, 5000), rate, 64);
      const frames = readMp3Frames(mp3);
      const decoded = await decodeMp3(mp3);
      expect(frames.sampleRate).toBe(rate);
      expect(frames.samples).toBe(Math.round(decoded.seconds * rate));
      expect(frames.samples).toBeGreaterThanOrEqual(rate * 2 + MP3_START_DELAY_SAMPLES);
    });

    it('turns no samples into two silent frames and one frame of zeros into three', async () => {
      const none = await encoder.encode(new Int16Array(0), rate, 64);
      const one = await encoder.encode(new Int16Array(576), rate, 64);
      expect([readMp3Frames(none).frames, readMp3Frames(one).frames]).toEqual([2, 3]);
      const decoded = await decodeMp3(concatArrays([none, one]));
      expect(decoded.channel.length).toBe(5 * 576);
      expect(Math.max(...decoded.channel.map(Math.abs))).toBeLessThan(1e-4);
    });

    it('stays a valid stream when two separately encoded pieces are joined', async () => {
      const mp3 = await encoder.encode(click(rate, 5000), rate, 64);
      const joined = await decodeMp3(concatArrays([mp3, mp3]));
      const pieceLength = readMp3Frames(mp3).samples;
      expect(joined.errors).toBe(0);
      expect(Math.abs(onset(joined.channel, pieceLength) - (pieceLength + 5000 + MP3_START_DELAY_SAMPLES))).toBeLessThanOrEqual(2);
    });
  });
});

describe('readMp3Frames', () => {
  it('skips a leading ID3 tag and rejects bytes that are not MP3 frames', async () => {
    const tag = Uint8Array.of(0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 2, 0, 0);
    const mp3 = await encoders['LAME in WebAssembly'].encode(new Int16Array(4000), 16_000, 64);
    expect(readMp3Frames(concatArrays([tag, mp3])).frames).toBe(readMp3Frames(mp3).frames);
    expect(() => readMp3Frames(new TextEncoder().encode('not an mp3 at all'))).toThrow(/no MP3 frame header/);
  });
});
