import type { SegmentsFile } from '../domain/segments.ts';
import { indexMp3Frames, type Mp3FrameIndex } from '../speech/audio/mp3-frames.ts';

/** Which spoken item a slide shows, and how much of it. */
export interface SlideVoice {
  /** Spoken item id ("intro", "section:tinh", "story:<id>", "segment:birthdays", "outro"); absent for a slide nobody reads. */
  item?: string;
  /** Share of the item's text on this slide (characters); the slides of one item split its audio by these. */
  weight: number;
}

/** A slide's cut of briefing.mp3: whole frames copied as they are (never re-encoded). */
export interface SlideClip {
  /** Absent on a slide with no speech of its own. */
  mp3?: Uint8Array;
  /** How long the slide stays up: its clip's decoded length, or SILENT_SLIDE_MS without a clip. */
  durationMs: number;
  /** Seconds in briefing.mp3 where the clip starts and ends. */
  start: number;
  end: number;
}

/** A slide nobody reads (an item missing from segments.json) stays this long, then moves on. */
export const SILENT_SLIDE_MS = 3000;
/** Frames carrying fewer coded bits than this are silence (LAME spends 0 bits on a zero frame; speech takes ~1,400 at 64 kbit/s). */
const QUIET_BITS = 100;
/** How far from the estimate (by text length) a cut between two slides of one item looks for a pause. */
const SEARCH_SECONDS = 3;

/**
 * Cuts the bulletin into one clip per slide, at MP3 frame boundaries, so that played one after the
 * other the clips are the bulletin: every frame lands on exactly one slide. Each spoken item's
 * frames (from its chapter start to the next chapter start) go to the slides that show it; an item
 * on several slides (the introduction over the cover and the contents, a long story over its
 * "(tiếp theo)" pages) is split by the text each slide carries, each cut moved into the longest
 * pause near it so no word is cut. An item with no slide joins the slide before it.
 */
export function cutSlideAudio(bulletin: Uint8Array, segments: SegmentsFile, slides: SlideVoice[]): SlideClip[] {
  const index = indexMp3Frames(bulletin);
  const frameSeconds = index.samplesPerFrame / index.sampleRate;
  const total = index.bits.length;
  const frameAt = (seconds: number) => Math.min(total, Math.max(0, Math.round(seconds / frameSeconds)));

  const groups: Array<{ slides: number[]; start: number; end: number }> = [];
  segments.items.forEach((item, position) => {
    const next = segments.items[position + 1];
    const end = next ? frameAt(next.start) : total;
    const shown = slides.flatMap((slide, slideIndex) => (slide.item === item.id ? [slideIndex] : []));
    const previous = groups[groups.length - 1];
    if (shown.length > 0) groups.push({ slides: shown, start: previous ? previous.end : 0, end });
    else if (previous) previous.end = end;
  });
  const last = groups[groups.length - 1];
  if (last) last.end = total;

  const ranges = new Map<number, [number, number]>();
  for (const group of groups) {
    const cuts = splitRange(group.start, group.end, group.slides.map((slide) => slides[slide]!.weight), index, Math.round(SEARCH_SECONDS / frameSeconds));
    group.slides.forEach((slide, i) => ranges.set(slide, [cuts[i]!, cuts[i + 1]!]));
  }

  return slides.map((_, slideIndex) => {
    const range = ranges.get(slideIndex);
    if (!range || range[1] <= range[0]) return { durationMs: SILENT_SLIDE_MS, start: 0, end: 0 };
    const [from, to] = range;
    return {
      mp3: bulletin.slice(index.offsets[from]!, index.offsets[to]!),
      durationMs: ((to - from) * index.samplesPerFrame * 1000) / index.sampleRate,
      start: from * frameSeconds,
      end: to * frameSeconds,
    };
  });
}

/**
 * Frame numbers [start, …cuts, end] splitting a range by weights. The estimate shares out the
 * range's speech (from its first to its last sounding frame, so the pauses around the item do not
 * skew it), then each cut moves into the best pause near it.
 */
function splitRange(start: number, end: number, weights: number[], index: Mp3FrameIndex, reach: number): number[] {
  const sum = weights.reduce((total, weight) => total + Math.max(0, weight), 0);
  let first = start;
  while (first < end - 1 && index.bits[first]! < QUIET_BITS) first += 1;
  let last = end - 1;
  while (last > first && index.bits[last]! < QUIET_BITS) last -= 1;
  const cuts = [start];
  let done = 0;
  for (let i = 0; i < weights.length - 1; i += 1) {
    done += sum > 0 ? Math.max(0, weights[i]!) : 1;
    const estimate = first + Math.round(((last + 1 - first) * done) / (sum > 0 ? sum : weights.length));
    // Every slide keeps at least one frame.
    const low = cuts[cuts.length - 1]! + 1;
    const high = end - (weights.length - 1 - i);
    cuts.push(low > high ? low : pauseNear(estimate, Math.max(low, estimate - reach), Math.min(high, estimate + reach), index));
  }
  cuts.push(end);
  return cuts;
}

/**
 * The middle of the pause that best fits the estimate within [low, high]: near it and long (a
 * frame of pause is worth a frame of distance, so a full stop beats a nearer comma by a little);
 * the estimate itself when there is no pause at all.
 */
function pauseNear(estimate: number, low: number, high: number, index: Mp3FrameIndex): number {
  let best: { cut: number; score: number } | null = null;
  let runStart = -1;
  for (let frame = low; frame <= high + 1; frame += 1) {
    const quiet = frame <= high && index.bits[frame]! < QUIET_BITS;
    if (quiet && runStart < 0) runStart = frame;
    if (!quiet && runStart >= 0) {
      const cut = Math.floor((runStart + frame) / 2);
      const score = Math.abs(cut - estimate) - (frame - runStart);
      if (!best || score < best.score) best = { cut, score };
      runStart = -1;
    }
  }
  return best ? best.cut : Math.min(high, Math.max(low, estimate));
}
