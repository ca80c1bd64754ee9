import { concatArrays } from '../../domain/concat-arrays.ts';
import type { SpokenItem } from '../../domain/spoken-items.ts';
import { MP3_START_DELAY_SAMPLES, type Mp3Encoder } from './encode-mp3.ts';
import { readMp3Frames } from './mp3-frames.ts';
import { generateChime } from './tone.ts';

/** One spoken item encoded on its own (a self-contained MP3 with no bit-reservoir ties to its neighbours). */
export interface EncodedItem {
  kind: SpokenItem['kind'];
  mp3: Uint8Array;
  /** Length of the PCM that was encoded. */
  speechSamples: number;
}

/** Where an item sits in the bulletin, in seconds: its chapter starts at `start`, speech a little later. */
export interface Placement {
  start: number;
  speechStart: number;
  speechEnd: number;
}

/** Silence before an item, by kind, in seconds: longer before a new section than between two stories. */
export const PAUSE_BEFORE: Record<SpokenItem['kind'], number> = {
  intro: 0.5,
  section: 1.4,
  story: 0.9,
  segment: 1.4,
  outro: 1.4,
};
export const PAUSE_BEFORE_OUTRO_CHIME = 0.7;

/**
 * Lays the bulletin out as MP3 frames: intro chime, each item after its pause, outro chime.
 * Every piece is a separately encoded MP3 of the same format, and a concatenation of such streams
 * is itself a valid stream, so each item is encoded once, serves as the deck's per-story audio as
 * is, and is joined from the cache when only another story changed.
 *
 * Gapless: LAME adds 1105 samples of delay before a piece's audio and pads its end to whole
 * frames, so the pauses are not separate encodings of the planned length. They are silent frames
 * counted against the planned timeline (chime, pause, item, pause, item, …): before each piece
 * as many as bring its audio to the planned sample, so every item starts within half a frame of
 * its plan and the small errors never add up. Times come from frame counts, i.e. exactly what a
 * player decodes.
 */
export async function assembleBulletin(
  items: EncodedItem[],
  format: { sampleRate: number; kbps: number },
  encoder: Mp3Encoder,
): Promise<{ mp3: Uint8Array; placements: Placement[]; duration: number }> {
  const rate = format.sampleRate;
  const frame = rate >= 32_000 ? 1152 : 576;
  const [chimeUp, chimeDown, silence] = await Promise.all([
    fixedPiece('chime-up', format, encoder, () => generateChime(rate)),
    fixedPiece('chime-down', format, encoder, () => generateChime(rate, { descending: true })),
    silentFrames(format, encoder),
  ]);
  const pieces: Uint8Array[] = [];
  let laidOut = 0;
  // The plan counts from where the first piece's audio starts, after the encoder delay.
  let planned = MP3_START_DELAY_SAMPLES;
  const place = (mp3: Uint8Array, samples: number): number => {
    const frames = Math.round((planned - MP3_START_DELAY_SAMPLES - laidOut) / frame);
    for (const filler of silence(frames)) {
      pieces.push(filler);
      laidOut += readMp3Frames(filler).samples;
    }
    const start = laidOut;
    pieces.push(mp3);
    laidOut += readMp3Frames(mp3).samples;
    planned += samples;
    return start;
  };

  place(chimeUp.mp3, chimeUp.samples);
  const placements = items.map((item) => {
    planned += Math.round(PAUSE_BEFORE[item.kind] * rate);
    const start = place(item.mp3, item.speechSamples);
    const speechStart = start + MP3_START_DELAY_SAMPLES;
    return { start: start / rate, speechStart: speechStart / rate, speechEnd: (speechStart + item.speechSamples) / rate };
  });
  planned += Math.round(PAUSE_BEFORE_OUTRO_CHIME * rate);
  place(chimeDown.mp3, chimeDown.samples);
  return { mp3: concatArrays(pieces), placements, duration: laidOut / rate };
}

const fixedPieces = new Map<string, Promise<{ mp3: Uint8Array; samples: number }>>();

/** Chimes and silent frames are the same in every bulletin of a format: encode them once per process and encoder. */
function fixedPiece(name: string, format: { sampleRate: number; kbps: number }, encoder: Mp3Encoder, make: () => Int16Array): Promise<{ mp3: Uint8Array; samples: number }> {
  const key = `${name}@${format.sampleRate}/${format.kbps}/${encoder.id}`;
  let piece = fixedPieces.get(key);
  if (!piece) {
    const pcm = make();
    piece = encoder.encode(pcm, format.sampleRate, format.kbps).then((mp3) => ({ mp3, samples: pcm.length }));
    piece.catch(() => fixedPieces.delete(key));
    fixedPieces.set(key, piece);
  }
  return piece;
}

/**
 * Silence of any whole number of frames from two tiny streams: LAME turns no samples into two
 * silent frames and one frame of zeros into three, and every count from two up is a sum of twos
 * and threes. A count below two (only ever the first piece) gives no filler.
 */
async function silentFrames(format: { sampleRate: number; kbps: number }, encoder: Mp3Encoder): Promise<(frames: number) => Uint8Array[]> {
  const frame = format.sampleRate >= 32_000 ? 1152 : 576;
  const [two, three] = await Promise.all([
    fixedPiece('silence-0', format, encoder, () => new Int16Array(0)),
    fixedPiece(`silence-${frame}`, format, encoder, () => new Int16Array(frame)),
  ]);
  const twoFrames = readMp3Frames(two.mp3).frames;
  const threeFrames = readMp3Frames(three.mp3).frames;
  if (twoFrames !== 2 || threeFrames !== 3) throw new Error(`encoder ${encoder.id} made ${twoFrames} and ${threeFrames} silent frames where 2 and 3 were expected`);
  return (frames) => {
    if (frames < 2) return [];
    const pieces: Uint8Array[] = frames % 2 === 1 ? [three.mp3] : [];
    for (let left = frames - (frames % 2 === 1 ? 3 : 0); left > 0; left -= 2) pieces.push(two.mp3);
    return pieces;
  };
}
