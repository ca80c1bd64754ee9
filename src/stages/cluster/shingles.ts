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

/**
 * What tells two similar headlines apart: numbers ("448/455", "20/11", "1.200") and capitalised
 * syllables after the first word (names of people, places, bodies: "Cần Thơ", "Nhật Bản").
 */
export function distinctiveTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const words = text.normalize('NFC').split(/\s+/);
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) return;
    if (/\p{N}/u.test(word)) tokens.add(word.replace(/[.,]/g, ''));
    else if (index > 0 && /^\p{Lu}/u.test(word) && !/[.!?:]$/.test(words[index - 1] ?? '')) tokens.add(word.toLowerCase());
  });
  return tokens;
}
