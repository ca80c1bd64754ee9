import type { WordTiming } from '../../providers/tts/tts.ts';
import { cutLongSentence, splitSentences } from './split-sentences.ts';

/** One subtitle: seconds from the start of the bulletin. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** The speech of one item: its spoken text, where it sits, and word timings if the voice gave them. */
export interface CueSource {
  text: string;
  /**
   * The item's written sentences with the length of each once spoken. Sentence cues then show the
   * text as written ("ngày 27/11", "VKSND") while their timing follows the spoken length.
   */
  sentences?: Array<{ written: string; spokenLength: number }>;
  speechStart: number;
  speechEnd: number;
  words?: WordTiming[];
}

const MAX_CUE_CHARS = 84;
const MAX_CUE_WORDS = 12;
const WORD_GAP_SPLIT_SECONDS = 0.6;

/**
 * Subtitles for the whole bulletin. With word timings (Azure) cues follow the words exactly;
 * without them each sentence (cut to at most two short lines) gets a share of its item's speech
 * time proportional to its length in characters.
 */
export function buildCues(sources: CueSource[]): Cue[] {
  return sources.flatMap((source) => (source.words && source.words.length > 0 ? cuesFromWords(source, source.words) : cuesFromSentences(source)));
}

function cuesFromSentences(source: CueSource): Cue[] {
  const sentences = source.sentences ?? splitSentences(source.text).map((written) => ({ written, spokenLength: written.length }));
  const pieces = sentences.flatMap(({ written, spokenLength }) => {
    const parts = cutLongSentence(written, MAX_CUE_CHARS);
    const writtenLength = parts.reduce((sum, part) => sum + part.length + 1, 0);
    return parts.map((text) => ({ text, weight: ((spokenLength + 1) * (text.length + 1)) / writtenLength }));
  });
  const weights = pieces.map((piece) => piece.weight);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const span = source.speechEnd - source.speechStart;
  let cursor = source.speechStart;
  return pieces.map(({ text }, index) => {
    const start = cursor;
    cursor = index === pieces.length - 1 ? source.speechEnd : cursor + (span * weights[index]!) / total;
    return { start, end: cursor, text };
  });
}

function cuesFromWords(source: CueSource, words: WordTiming[]): Cue[] {
  const cues: Cue[] = [];
  let group: WordTiming[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const start = source.speechStart + group[0]!.start;
    const end = Math.min(source.speechEnd, source.speechStart + group[group.length - 1]!.end);
    cues.push({ start, end: Math.max(end, start + 0.2), text: group.map((word) => word.text).join(' ') });
    group = [];
  };
  for (const word of words) {
    const previous = group[group.length - 1];
    const chars = group.reduce((sum, w) => sum + w.text.length + 1, 0);
    if (previous && (group.length >= MAX_CUE_WORDS || chars + word.text.length > MAX_CUE_CHARS || word.start - previous.end > WORD_GAP_SPLIT_SECONDS)) flush();
    group.push(word);
    if (/[.!?…]$/u.test(word.text)) flush();
  }
  flush();
  return cues;
}
