import type { WordTiming } from '../../domain/synthesized-audio.ts';
import { breakCues, cueText, type Cue } from './break-cues.ts';
import { paceCues } from './pace-cues.ts';
import { splitSentences } from '../../text/split-sentences.ts';

export type { Cue } from './break-cues.ts';

/** The speech of one item: its spoken text, where it sits, and word timings if the voice gave them. */
export interface CueSource {
  text: string;
  /**
   * The item's written sentences with the length of each once spoken. Sentence cues then show the
   * text as written ("ngày 27/11", "VKSND") while their timing follows the spoken length.
   */
  sentences?: Array<{ written: string; spokenLength: number }>;
  /** Where the item's chapter begins (its speech a little later): no cue of the item shows before it. */
  start?: number;
  speechStart: number;
  speechEnd: number;
  words?: WordTiming[];
}

const WORD_GAP_SPLIT_SECONDS = 0.6;

/**
 * Subtitles for the whole bulletin, as broadcasters make them: each sentence broken into cues of
 * at most two lines of 42 characters at phrase boundaries (never inside a word or a compound),
 * then paced so that each cue stays up 1.2 s or more and reads at 17 characters a second or less
 * where the pauses and neighbouring cues leave the time. With word timings (Azure) cues follow
 * the words; without them each cue gets a share of its item's speech time proportional to its
 * spoken length. `end` is the length of the whole audio (cues may linger into the final pause).
 */
export function buildCues(sources: CueSource[], options: { end?: number } = {}): Cue[] {
  const grouped = sources.flatMap((source, group) =>
    (source.words && source.words.length > 0 ? cuesFromWords(source, source.words) : cuesFromSentences(source)).map((cue) => ({ ...cue, group, notBefore: source.start ?? source.speechStart })),
  );
  const end = options.end ?? Math.max(0, ...sources.map((source) => source.speechEnd));
  return paceCues(grouped, { end });
}

function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

function cuesFromSentences(source: CueSource): Cue[] {
  const sentences = source.sentences ?? splitSentences(source.text, { speech: true }).map((written) => ({ written, spokenLength: written.length }));
  const pieces = sentences.flatMap(({ written, spokenLength }) => {
    const parts = breakCues(splitWords(written)).map(cueText);
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

/** Word-timed speech: sentences end at a word with a full stop or after a long silence. */
function cuesFromWords(source: CueSource, words: WordTiming[]): Cue[] {
  const sentences: WordTiming[][] = [];
  let sentence: WordTiming[] = [];
  for (const word of words) {
    const previous = sentence[sentence.length - 1];
    if (previous && word.start - previous.end > WORD_GAP_SPLIT_SECONDS) {
      sentences.push(sentence);
      sentence = [];
    }
    sentence.push(word);
    if (/[.!?…;]["”’)»]*$/u.test(word.text)) {
      sentences.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences.flatMap((timed) => {
    let at = 0;
    return breakCues(timed.map((word) => word.text)).map((lines) => {
      const count = lines.reduce((sum, line) => sum + line.length, 0);
      const first = timed[at]!;
      const last = timed[at + count - 1]!;
      at += count;
      const start = source.speechStart + first.start;
      const end = Math.min(source.speechEnd, source.speechStart + last.end);
      return { start, end: Math.max(end, start + 0.2), text: cueText(lines) };
    });
  });
}
