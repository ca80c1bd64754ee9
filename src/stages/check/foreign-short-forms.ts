import { isForeignWord } from './foreign-names.ts';

/** A run of capitalized words, each whole with its hyphenated parts: "Jong-nam" is no short form of "Jong-un". */
const CAPITALIZED_RUN = /\p{Lu}\p{L}*(?:-\p{L}+)*(?:\s+\p{Lu}\p{L}*(?:-\p{L}+)*)+/gu;

/** "Utd" shortens "United": the same first letter, then its letters in order. */
function shortens(short: string, long: string): boolean {
  const [s, l] = [short.toLowerCase(), long.toLowerCase()];
  if (s[0] !== l[0] || s.length > l.length) return false;
  let at = 0;
  for (const letter of l) if (letter === s[at]) at += 1;
  return at === s.length;
}

/**
 * Whether a source writes a foreign name of two or more words in short: "Man Utd" for "Manchester
 * United". Each word of the source's run shortens the name's word at its place, one at least is
 * shorter. Foreign words only, so a Vietnamese name never matches its initials or a near name.
 */
export function shortFormInSources(name: string, sentences: Iterable<string>): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every(isForeignWord)) return false;
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
      const run = match[0].split(/\s+/u);
      for (let start = 0; start + words.length <= run.length; start += 1) {
        const part = run.slice(start, start + words.length);
        if (part.every((short, index) => shortens(short, words[index]!)) && part.some((short, index) => short.length < words[index]!.length)) return true;
      }
    }
  }
  return false;
}

/**
 * The other way round: the draft writes short ("Man Utd") what a source writes in full ("Manchester
 * United", "Man United"). The source's words must be foreign, so a Vietnamese name is never read
 * as the long form of a short draft word.
 */
export function longFormInSources(name: string, sentences: Iterable<string>): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
      const run = match[0].split(/\s+/u);
      for (let start = 0; start + words.length <= run.length; start += 1) {
        const part = run.slice(start, start + words.length);
        if (!part.every(isForeignWord)) continue;
        if (part.every((long, index) => shortens(words[index]!, long)) && part.some((long, index) => words[index]!.length < long.length)) return true;
      }
    }
  }
  return false;
}
