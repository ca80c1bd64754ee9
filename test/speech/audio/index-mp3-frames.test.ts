import { describe, expect, it } from 'vitest';
import { compileLameWasm } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { indexMp3Frames, readMp3Frames } from '../../../src/speech/audio/mp3-frames.ts';
import { buildId3Tag } from '../../../src/speech/audio/id3-chapters.ts';
import { decodeMp3 } from './mp3-decode.ts';

const RATE = 22_050;
const encoder = createLameWasmEncoder(compileLameWasm());

/** One second of a tone, one second of silence, one second of a tone. */
function toneSilenceTone(): Int16Array {
  const samples = new Int16Array(3 * RATE);
  for (let i = 0; i < samples.length; i += 1) {
    if (i >= RATE && i < 2 * RATE) continue;
    samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / RATE));
  }
  return samples;
}

describe('indexMp3Frames', () => {
  it('finds every frame after the ID3 tag, ending where the file ends', async () => {
    const audio = await encoder.encode(toneSilenceTone(), RATE, 64);
    const tag = buildId3Tag({ title: 'Bản tin', chapters: [] });
    const file = new Uint8Array([...tag, ...audio]);
    const index = indexMp3Frames(file);
    expect(index.offsets[0]).toBe(tag.length);
    expect(index.offsets[index.offsets.length - 1]).toBe(file.length);
    expect(index.bits).toHaveLength(readMp3Frames(file).frames);
    expect(index.samplesPerFrame).toBe(576);
    expect(index.sampleRate).toBe(RATE);
  });

  it('tells silent frames from sounding ones by their coded bits, without decoding', async () => {
    const audio = await encoder.encode(toneSilenceTone(), RATE, 64);
    const index = indexMp3Frames(audio);
    const secondOf = (frame: number) => (frame * index.samplesPerFrame) / RATE;
    const quiet = index.bits.map((bits, frame) => ({ bits, at: secondOf(frame) }));
    // Away from the edges (encoder delay, the reservoir), the middle second is silent and the others are not.
    expect(quiet.filter((f) => f.at > 1.2 && f.at < 1.8).every((f) => f.bits < 100)).toBe(true);
    expect(quiet.filter((f) => (f.at > 0.2 && f.at < 0.8) || (f.at > 2.2 && f.at < 2.8)).every((f) => f.bits > 500)).toBe(true);

    // A cut between two frames in the silence decodes on both sides with no error.
    const cut = index.offsets[Math.round(1.5 / secondOf(1))]!;
    for (const part of [audio.slice(0, cut), audio.slice(cut)]) expect((await decodeMp3(part)).errors).toBe(0);
  });
});
