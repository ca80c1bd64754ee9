import { readInteger, type NumberWords } from './read-number.ts';

/**
 * Letter names as Vietnamese newsreaders spell acronyms ("VTV" → "vê tê vê", "FDI" → "ép đê i"):
 * D is "đê" as in GDP and USD, the same as Đ.
 */
const LETTER_NAMES: Record<string, string> = {
  a: 'a', b: 'bê', c: 'xê', d: 'đê', đ: 'đê', e: 'e', f: 'ép', g: 'gờ', h: 'hát', i: 'i', j: 'gi', k: 'ca',
  l: 'lờ', m: 'em', n: 'en', o: 'ô', p: 'pê', q: 'quy', r: 'rờ', s: 'ét', t: 'tê', u: 'u', v: 'vê', w: 'vê kép',
  x: 'ích', y: 'i', z: 'dét',
};

/** "VKSĐT" → "vê ca ét đê tê"; digits inside are read as a number ("F0" → "ép không"). */
export function spellLetters(token: string, words: NumberWords): string {
  const parts = token.match(/\d+|\p{L}/gu) ?? [];
  return parts
    .map((part) => (/\d/.test(part) ? readInteger(part, words) : LETTER_NAMES[part.toLowerCase()] ?? part))
    .join(' ');
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

/** True when a word could be one Vietnamese syllable ("HÀ", "KIỂM"), so it is read, not spelled. */
export function isVietnameseSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replaceAll('đ', 'd');
  return SYLLABLE.test(bare);
}

/**
 * Shapes the loose pattern above allows but Vietnamese does not: iê/yê/uô never end a syllable or
 * take -nh/-ch ("lie", "lienh"), and of the three-vowel clusters only uyê takes a final ("tuoit").
 */
function impossibleSyllable(piece: string): boolean {
  if (/(ie|ye|uo)(nh|ch)?$/.test(piece)) return true;
  // A vowel cluster ending in a glide (ao, ai, ay, eo, oi, ui…) takes no final consonant: "baoch", "dayn".
  const glideThenFinal = /([aeiouy]+)(ng|nh|ch|[cmnpt])$/.exec(piece);
  if (glideThenFinal && glideThenFinal[1]!.length >= 2 && /[iouy]$/.test(glideThenFinal[1]!) && !['uy', 'uo', 'oo', 'uyu'].includes(glideThenFinal[1]!)) return true;
  const closedTriple = /([aeiouy]{3})(ng|nh|ch|[cmnpt])$/.exec(piece);
  return closedTriple !== null && closedTriple[1] !== 'uye';
}

/** True when an unaccented lower-case piece can be one Vietnamese syllable ("cong", not "baoch"). */
export function isSyllablePiece(piece: string): boolean {
  return SYLLABLE.test(piece) && !impossibleSyllable(piece);
}
