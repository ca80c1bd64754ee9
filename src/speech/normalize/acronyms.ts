import type { NumberWords } from './read-number.ts';
import { isVietnameseSyllable, spellLetters } from './spell-letters.ts';

/**
 * After the lexicon has expanded the known abbreviations: "Q.5" → "quận 5", "P.7" → "phường 7",
 * and any other all-capital token that is not a Vietnamese syllable is spelled with Vietnamese
 * letter names ("VKSĐT" → "vê ca ét đê tê"), while capitalised words in headlines ("HÀ NỘI") stay.
 */
const PLACE_PREFIXES: Record<string, string> = { Q: 'quận', P: 'phường', H: 'huyện', X: 'xã', KP: 'khu phố', kp: 'khu phố' };

export function normalizeAcronyms(text: string, words: NumberWords): string {
  // "Q.1", "Q. 1", "P.Cô Giang" (glued to a capital); "bà P. nhiều lần" is an initial and stays.
  let out = text.replace(/(?<![\p{L}\p{N}])(KP|kp|Q|P|H|X)\.(?:\s?(?=\d)|(?=\p{Lu}))/gu, (_m, prefix: string) => `${PLACE_PREFIXES[prefix]} `);
  // "U.22": a letter and a number joined by a dot.
  out = out.replace(/(?<![\p{L}\p{N}])(\p{Lu})\.(?=\d)/gu, (_m, letter: string) => `${spellLetters(letter, words)} `);
  // 5G, 4K: digits glued to capitals.
  out = out.replace(/(?<=\d)(\p{Lu}{1,3})(?![\p{L}])/gu, (letters: string) => ` ${spellLetters(letters, words)}`);
  out = out.replace(/(?<![\p{L}\p{N}])[\p{Lu}Đ]{2,}(?![\p{L}\p{N}])/gu, (token) => (isVietnameseSyllable(token) ? token : spellLetters(token, words)));
  return out;
}
