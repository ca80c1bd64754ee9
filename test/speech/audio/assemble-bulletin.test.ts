import { describe, expect, it } from 'vitest';
import { compileLameWasm } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { PAUSE_BEFORE, PAUSE_BEFORE_OUTRO_CHIME, assembleBulletin, type EncodedItem } from '../../../src/speech/audio/assemble-bulletin.ts';
import { MP3_START_DELAY_SAMPLES } from '../../../src/speech/audio/encode-mp3.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { generateChime } from '../../../src/speech/audio/tone.ts';
import { decodeMp3 } from './mp3-decode.ts';

const rate = 22_050;
const frame = 576;
const encoder = createLameWasmEncoder(compileLameWasm());

/** A loud tone that starts and stops abruptly: the hardest case for a quiet join. */
function tone(samples: number, frequency: number): Int16Array {
  return Int16Array.from({ length: samples }, (_, i) => Math.round(16_000 * Math.sin((2 * Math.PI * frequency * i) / rate)));
}

function firstLoud(channel: Float32Array, from: number): number {
  for (let i = Math.max(0, from); i < channel.length; i += 1) if (Math.abs(channel[i]!) > 0.05) return i;
  return -1;
}

function lastLoud(channel: Float32Array, before: number): number {
  for (let i = Math.min(channel.length, before) - 1; i >= 0; i -= 1) if (Math.abs(channel[i]!) > 0.05) return i;
  return -1;
}

describe('assembleBulletin', async () => {
  // Lengths that are no multiple of the frame, so every piece ends in a part-filled frame.
  const kinds: EncodedItem['kind'][] = ['intro', 'section', 'story', 'story', 'section', 'story', 'outro'];
  const lengths = [30_001, 11_111, 52_345, 40_000, 9_999, 61_234, 25_432];
  const items: EncodedItem[] = await Promise.all(
    kinds.map(async (kind, index) => {
      const pcm = tone(lengths[index]!, 300 + 50 * index);
      return { kind, mp3: await encoder.encode(pcm, rate, 64), speechSamples: pcm.length };
    }),
  );
  const bulletin = await assembleBulletin(items, { sampleRate: rate, kbps: 64 }, encoder);
  const decoded = await decodeMp3(bulletin.mp3);
  const channel = decoded.channel;
  const planned =
    2 * generateChime(rate).length +
    items.reduce((sum, item) => sum + Math.round(PAUSE_BEFORE[item.kind] * rate) + item.speechSamples, 0) +
    Math.round(PAUSE_BEFORE_OUTRO_CHIME * rate);

  it('decodes without errors to the duration it reports', () => {
    expect(decoded.errors).toBe(0);
    expect(channel.length).toBe(Math.round(bulletin.duration * rate));
  });

  it('lasts the sum of its chimes, pauses and items within one frame', () => {
    expect(Math.abs(channel.length - MP3_START_DELAY_SAMPLES - planned)).toBeLessThan(frame);
  });

  it('starts each item where its placement says, and its speech sample for sample after the encoder delay', () => {
    bulletin.placements.forEach((placement, index) => {
      const start = Math.round(placement.start * rate);
      expect(Math.round(placement.speechStart * rate)).toBe(start + MP3_START_DELAY_SAMPLES);
      expect(Math.abs(firstLoud(channel, start) - (start + MP3_START_DELAY_SAMPLES))).toBeLessThanOrEqual(2);
      expect(Math.round((placement.speechEnd - placement.speechStart) * rate)).toBe(items[index]!.speechSamples);
    });
  });

  it('starts every item within half a frame of its planned time, so small errors never add up', () => {
    let plannedStart = MP3_START_DELAY_SAMPLES + generateChime(rate).length;
    items.forEach((item, index) => {
      plannedStart += Math.round(PAUSE_BEFORE[item.kind] * rate);
      expect(Math.abs(Math.round(bulletin.placements[index]!.speechStart * rate) - plannedStart)).toBeLessThanOrEqual(frame / 2);
      plannedStart += item.speechSamples;
    });
  });

  it('leaves between two items the planned pause within a frame', () => {
    for (let index = 1; index < items.length; index += 1) {
      const start = Math.round(bulletin.placements[index]!.start * rate);
      const silence = firstLoud(channel, start) - lastLoud(channel, start) - 1;
      expect(Math.abs(silence - Math.round(PAUSE_BEFORE[items[index]!.kind] * rate))).toBeLessThanOrEqual(frame);
    }
  });

  it('joins pieces in silence, with no click at any join', () => {
    for (const placement of bulletin.placements) {
      const join = Math.round(placement.start * rate);
      const around = channel.subarray(join - 32, join + 32);
      expect(Math.max(...around.map(Math.abs))).toBeLessThan(1e-3);
      const steps = around.subarray(1).map((value, i) => Math.abs(value - around[i]!));
      expect(Math.max(...steps)).toBeLessThan(1e-3);
    }
  });
});
