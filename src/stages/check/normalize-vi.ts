/**
 * Text normalization for comparing facts: Unicode form, case, and the two accepted placements of
 * the tone mark in "oa", "oe", "uy" at the end of a syllable (hòa/hoà, thủy/thuỷ, khỏe/khoẻ).
 */
const OLD_TO_NEW_TONE: Array<[string, string]> = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];
const TONE_PATTERN = new RegExp(`(${OLD_TO_NEW_TONE.map(([old]) => old).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const TONE_MAP = new Map(OLD_TO_NEW_TONE);

export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .toLowerCase()
    .replace(TONE_PATTERN, (match) => TONE_MAP.get(match) ?? match)
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `haystack` contains `needle` as whole words; both already normalized. */
export function containsPhrase(haystack: string, needle: string): boolean {
  if (!needle) return true;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{M}\p{N}]/u.test(before) && !/[\p{L}\p{M}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
