/**
 * Vietnamese is written one syllable per space-separated token ("Viện kiểm sát"): the unit of
 * speaking rate, of word-like n-grams for grouping, and of sentence similarity.
 */

/** Lowercased NFC syllables without punctuation, diacritics kept ("bắt" and "bất" differ): "TP.HCM" is "tp", "hcm". */
export function syllables(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** Space-separated tokens that carry a letter or digit, as read aloud: "26/11" and "3,5%" count once. */
export function countSyllables(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}
