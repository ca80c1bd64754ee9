import { parseRomanNumeral } from './roman-numeral.ts';
import { readInteger, type NumberWords } from './read-number.ts';
import { spellLetters } from './spell-letters.ts';

/**
 * A list marker at the start of a line: bullets ("-", "•", "+", "*") are dropped; "1.", "1)",
 * "a)", "b.", "II." are read as the number or letter followed by a period, which gives a pause:
 * "1. Tình hình" → "Một. Tình hình", "a) Tội phạm" → "A. Tội phạm".
 */
export function readListMarker(line: string, words: NumberWords): string {
  const bullet = /^\s*[-–—•●▪◦·*+]\s+/u.exec(line);
  if (bullet) return line.slice(bullet[0].length);
  const marker = /^\s*(\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+(?=\S)/u.exec(line);
  if (!marker) return line;
  const token = marker[1]!;
  let spoken: string;
  if (/^\d+$/.test(token)) spoken = readInteger(token, words);
  else if (/^[IVX]+$/.test(token)) {
    const value = parseRomanNumeral(token);
    if (value === null) return line;
    spoken = readInteger(String(value), words);
  } else spoken = spellLetters(token, words);
  return `${spoken.charAt(0).toUpperCase()}${spoken.slice(1)}. ${line.slice(marker[0].length)}`;
}
