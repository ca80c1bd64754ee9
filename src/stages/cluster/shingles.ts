/**
 * Vietnamese is written one syllable per space-separated token ("Viện kiểm sát"), so word-like
 * units are syllable n-grams. Lower-cased NFC with diacritics kept: "bắt" and "bất" differ.
 */
export function syllables(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** The set of syllable k-grams (bigrams by default); a text shorter than k gives its syllables. */
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
