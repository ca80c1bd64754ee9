import { Mp3Encoder } from '@breezystack/lamejs';
import type { Briefing } from '../../src/domain/briefing.ts';
import type { SegmentsFile } from '../../src/domain/segments.ts';
import { listSpokenItems } from '../../src/domain/spoken-items.ts';
import { concatArrays } from '../../src/domain/concat-arrays.ts';

const RATE = 16_000;
const SAMPLES_PER_FRAME = 576;
/** Seconds of "speech" per written character: short, so tests stay fast (a newsreader takes about 0.065). */
const PER_CHAR = 0.012;

/**
 * A bulletin as the speech stage lays it out, without a voice: each spoken item is encoded on its
 * own (a pause, then a tone per sentence, at a pace that varies, with a short silence after each), the items' MP3s are
 * joined, and segments.json gives each item's start from the frames before it.
 */
export function spokenBulletin(briefing: Briefing, perChar = PER_CHAR): { mp3: Uint8Array; segments: SegmentsFile } {
  // Encoding takes about a second; tests of one file mostly read the same fixture. Each gets its own copy.
  const key = JSON.stringify([perChar, listSpokenItems(briefing)]);
  let bulletin = encoded.get(key);
  if (!bulletin) encoded.set(key, (bulletin = encodeBulletin(briefing, perChar)));
  return structuredClone(bulletin);
}

const encoded = new Map<string, { mp3: Uint8Array; segments: SegmentsFile }>();

function encodeBulletin(briefing: Briefing, perChar: number): { mp3: Uint8Array; segments: SegmentsFile } {
  const pieces: Uint8Array[] = [];
  const items: SegmentsFile['items'] = [];
  let frames = 0;
  for (const item of listSpokenItems(briefing)) {
    const sentences = item.text.split(/(?<=[.!?])\s+/u).filter(Boolean);
    const parts: Int16Array[] = [new Int16Array(Math.round(0.5 * RATE))];
    sentences.forEach((sentence, index) => {
      // Real reading is not exactly proportional to the written length: some sentences go faster.
      const pace = 0.7 + 0.15 * ((index * 3) % 5);
      const tone = new Int16Array(Math.round(sentence.length * perChar * pace * RATE));
      const pitch = 180 + 40 * (index % 3);
      for (let i = 0; i < tone.length; i += 1) tone[i] = Math.round(6000 * Math.sin((2 * Math.PI * pitch * i) / RATE));
      parts.push(tone, new Int16Array(Math.round(0.35 * RATE)));
    });
    const mp3 = encode(parts);
    items.push({ id: item.id, kind: item.kind, title: item.title, start: (frames * SAMPLES_PER_FRAME) / RATE, end: 0, audioKey: item.id });
    frames += countFrames(mp3);
    pieces.push(mp3);
  }
  const duration = (frames * SAMPLES_PER_FRAME) / RATE;
  items.forEach((item, index) => (item.end = items[index + 1]?.start ?? duration));
  return { mp3: concatArrays(pieces), segments: { version: 1, duration, voice: { engine: 'test', name: 'tone' }, items } };
}

function encode(parts: Int16Array[]): Uint8Array {
  const samples = concatArrays(parts, Int16Array);
  const encoder = new Mp3Encoder(1, RATE, 32);
  return concatArrays([encoder.encodeBuffer(samples), encoder.flush()]);
}

/** MPEG-2 Layer III at 16 kHz, 32 kbit/s: every frame is 144 bytes plus its padding bit. */
function countFrames(mp3: Uint8Array): number {
  let count = 0;
  for (let offset = 0; offset + 4 <= mp3.length; count += 1) offset += 144 + ((mp3[offset + 2]! >> 1) & 1);
  return count;
}
