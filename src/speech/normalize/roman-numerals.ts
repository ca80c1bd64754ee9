import { parseRomanNumeral } from './roman-numeral.ts';
import { readInteger, readOrdinal, type NumberWords } from './read-number.ts';

/**
 * Roman numerals are read only where the press uses them: after khóa, Đại hội, thế kỷ, quý, kỳ,
 * phần, chương, mục, đợt, giai đoạn, Quân khu, loại (đô thị loại I), hạng (Huân chương hạng III),
 * vùng (lương vùng II), khu vực, báo động (báo động III), cấp độ, nhóm, and as ordinals after
 * "thứ" (lần thứ IV → lần thứ tư,
 * thứ I → thứ nhất). Elsewhere a token of two or more I/V/X that is a valid numeral ("XIII") is
 * read as a number too, because spelling it is always worse; a lone "I", "V" or "X" is left alone.
 */
const CONTEXT = [
  'khóa', 'khoá', 'đại hội', 'thế kỷ', 'thế kỉ', 'quý', 'kỳ', 'kì', 'phần', 'chương', 'mục', 'đợt', 'giai đoạn',
  'quân khu', 'quân đoàn', 'tập', 'hội nghị', 'thứ', 'loại', 'hạng', 'vùng', 'khu vực', 'báo động', 'cấp độ', 'cấp', 'bậc', 'nhóm', 'sư đoàn', 'trung đoàn', 'tiểu đoàn',
];
const CONTEXT_PATTERN = new RegExp(
  `(?<![\\p{L}])(${CONTEXT.join('|')})\\s+([IVXLC]+)(?![\\p{L}\\p{N}])`,
  'giu',
);

export function normalizeRomanNumerals(text: string, words: NumberWords): string {
  let out = text.replace(CONTEXT_PATTERN, (match, context: string, numeral: string) => {
    // A lone C or L is a class letter ("bằng lái hạng C", "nhóm C"), not 100 or 50.
    if (numeral !== numeral.toUpperCase() || numeral === 'C' || numeral === 'L') return match;
    const value = parseRomanNumeral(numeral);
    if (value === null) return match;
    const spoken = context.toLowerCase() === 'thứ' ? readOrdinal(value, words) : readInteger(String(value), words);
    return `${context} ${spoken}`;
  });
  out = out.replace(/(?<![\p{L}\p{N}])[IVX]{2,}(?![\p{L}\p{N}])/gu, (numeral) => {
    const value = parseRomanNumeral(numeral);
    return value === null ? numeral : readInteger(String(value), words);
  });
  return out;
}
