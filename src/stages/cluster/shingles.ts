import { syllables } from '../../text/syllables.ts';

/** Word-like units are syllable n-grams: the set of syllable k-grams (bigrams by default); a text shorter than k gives its syllables. */
export function shingleSet(text: string, k = 2): Set<string> {
  const tokens = syllables(text);
  const shingles = new Set<string>();
  if (tokens.length < k) {
    for (const token of tokens) shingles.add(token);
    return shingles;
  }
  for (let i = 0; i + k <= tokens.length; i += 1) shingles.add(tokens.slice(i, i + k).join(' '));
  return shingles;
}

/** Exact Jaccard similarity of two sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * What tells two similar headlines apart: numbers ("448/455", "20/11", "1.200") and capitalised
 * syllables after the first word (names of people, places, bodies: "Cần Thơ", "Nhật Bản").
 */
export function distinctiveTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of nameRuns(text, true)) for (const token of run) tokens.add(token);
  return tokens;
}

/**
 * Names as written: runs of consecutive capitalised syllables that do not open a sentence
 * ("HLV Anthony Hudson tiếc…" gives ["anthony", "hudson"]), lower-cased; with `numbers`, each
 * number is a run of its own ("448/455" → "448/455", "1.200" → "1200").
 */
export function nameRuns(text: string, numbers = false): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const words = text.normalize('NFC').split(/\s+/);
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const opensSentence = index === 0 || /[.!?:]['"’”]?$/.test(words[index - 1] ?? '');
    if (word && /\p{N}/u.test(word)) {
      close();
      if (numbers) runs.push([word.replace(/[.,]/g, '')]);
    } else if (word && !opensSentence && /^\p{Lu}/u.test(word)) {
      run.push(word.toLowerCase());
    } else {
      close();
    }
    // A name ends at punctuation: "Việt Nam, Thái Lan" are two names.
    if (/[^\p{L}\p{N}]$/u.test(raw)) close();
  });
  close();
  return runs;
}
