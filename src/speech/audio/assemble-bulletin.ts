import type { SpokenItem } from '../../domain/spoken-items.ts';
import { MP3_START_DELAY_SAMPLES, concatBytes, encodeMp3 } from './encode-mp3.ts';
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

/** Silence before an item, by kind: longer before a new section than between two stories. */
const PAUSE_BEFORE: Record<SpokenItem['kind'], number> = {
  intro: 0.5,
  section: 1.4,
  story: 0.9,
  segment: 1.4,
  outro: 1.4,
};
const PAUSE_BEFORE_OUTRO_CHIME = 0.7;

/**
 * Lays the bulletin out as MP3 frames: intro chime, each item after its pause, outro chime.
 * Every piece is a separately encoded MP3 of the same format, and a concatenation of such
 * streams is itself a valid stream, so each story is encoded once, serves as the deck's
 * per-story audio as is, and is reused from the cache when only another story changed.
 * Times come from frame counts, i.e. exactly what a player decodes.
 */
export function assembleBulletin(items: EncodedItem[], format: { sampleRate: number; kbps: number }): { mp3: Uint8Array; placements: Placement[]; duration: number } {
  const pieces: Uint8Array[] = [];
  const placements: Placement[] = [];
  let samples = 0;
  const append = (mp3: Uint8Array) => {
    pieces.push(mp3);
    samples += readMp3Frames(mp3).samples;
  };
  const delay = MP3_START_DELAY_SAMPLES / format.sampleRate;

  append(fixedPiece('chime-up', format, () => generateChime(format.sampleRate)));
  for (const item of items) {
    const pause = PAUSE_BEFORE[item.kind];
    append(fixedPiece(`pause-${pause}`, format, () => new Int16Array(Math.round(pause * format.sampleRate))));
    const start = samples / format.sampleRate;
    append(item.mp3);
    placements.push({ start, speechStart: start + delay, speechEnd: start + delay + item.speechSamples / format.sampleRate });
  }
  append(fixedPiece('pause-outro', format, () => new Int16Array(Math.round(PAUSE_BEFORE_OUTRO_CHIME * format.sampleRate))));
  append(fixedPiece('chime-down', format, () => generateChime(format.sampleRate, { descending: true })));
  return { mp3: concatBytes(pieces), placements, duration: samples / format.sampleRate };
}

const fixedPieces = new Map<string, Uint8Array>();

/** Chimes and pauses are the same in every bulletin of a format: encode them once per process. */
function fixedPiece(name: string, format: { sampleRate: number; kbps: number }, make: () => Int16Array): Uint8Array {
  const key = `${name}@${format.sampleRate}/${format.kbps}`;
  let piece = fixedPieces.get(key);
  if (!piece) {
    piece = encodeMp3(make(), format.sampleRate, format.kbps);
    fixedPieces.set(key, piece);
  }
  return piece;
}
