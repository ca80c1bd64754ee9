import { readDigits, readFraction, readInteger, readOrdinal, readVietnameseNumber, type NumberWords } from './read-number.ts';
import { spellLetters } from './spell-letters.ts';

/**
 * The last numeric pass: ranges with "đến", ordinals after "thứ", negative numbers, acronyms glued
 * to digits ("U23", "G7"), then every remaining number. Dots group thousands only in groups of
 * three ("1.500.000"); another dot is read "chấm" ("4.0" → "bốn chấm không").
 */
const SCORE_WORDS = /(?<![\p{L}])(thắng|thua|hòa|hoà|tỷ số|tỉ số|thất bại|dẫn|cầm hòa|bàn thắng)(?![\p{L}])[^.,;:]*$/iu;

export function normalizeNumbers(text: string, words: NumberWords): string {
  let out = text;
  // 2020-2025, 10-15%, 3 – 5 năm read with "đến"; a score ("thắng 2-1", "thua 0-2", "hòa 1-1") is two numbers.
  out = out.replace(/(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*)\s*[-–—]\s*(?=(\d+(?:[.,]\d+)*))/gu, (_m, a: string, b: string, offset: number, all: string) => {
    const small = /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b);
    const isScore = small && (Number(a) >= Number(b) || SCORE_WORDS.test(all.slice(Math.max(0, offset - 40), offset)));
    return isScore ? `${a} ` : `${a} đến `;
  });
  out = out.replace(/(?<![\p{L}])(thứ|Thứ)\s+(\d{1,3})(?![\p{N}.,])/gu, (_m, word: string, n: string) => `${word} ${readOrdinal(Number(n), words)}`);
  out = out.replace(/(?<=^|[\s(])[-−](?=\d)/gu, 'âm ');
  // Codes such as C01, PC02: letters spelled; digits with a leading zero read one by one ("xê không một").
  out = out.replace(/(?<![\p{L}])(\p{Lu}{1,3})(\d+)/gu, (_m, letters: string, digits: string) => `${spellLetters(letters, words)} ${digits.startsWith('0') && digits.length > 1 ? readDigits(digits) : digits}`);
  out = out.replace(/(?<![\p{N}])\d+(?:(?:\.\d{3}(?!\d))+(?:,\d+)?|,\d+|\.\d+(?:\.\d+)*)?/gu, (number: string) => {
    if (/^\d+(\.\d{3})+(,\d+)?$/.test(number) || /^\d+,\d+$/.test(number)) return ` ${readVietnameseNumber(number, words)} `;
    if (number.includes('.')) {
      // "0.00001" must keep its zeros: the parts after a dot are read like decimals.
      const [head = '', ...rest] = number.split('.');
      return ` ${[readInteger(head, words), ...rest.map((part) => readFraction(part, words))].join(' chấm ')} `;
    }
    if (number.length >= 4 && number.startsWith('0')) return ` ${readDigits(number)} `;
    return ` ${readInteger(number, words)} `;
  });
  return out;
}
