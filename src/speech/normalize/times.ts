import { readInteger, type NumberWords } from './read-number.ts';
import { B } from './dates.ts';

/**
 * Clock times: 14h30, 14h, 21g26p, 14 giờ 30, 09:30 → "mười bốn giờ ba mươi phút"; zero minutes
 * are not read ("00 giờ 00 phút" → "không giờ"); "9h - 10h" → "chín giờ đến mười giờ".
 */
function time(h: number, min: number | null, words: NumberWords): string {
  const hour = `${readInteger(String(h), words)} giờ`;
  return min === null || min === 0 ? hour : `${hour} ${readInteger(String(min), words)} phút`;
}

const CLOCK = '\\d{1,2}(?:h\\d{0,2}|g\\d{2}p?|\\s?giờ(?:\\s\\d{2}(?:\\s?phút)?)?|:\\d{2})';
const CLOCK_RANGE = new RegExp(`${B}(${CLOCK})(?:\\s*[-–—]\\s*(${CLOCK}))?(?![\\p{L}\\p{N}])`, 'gu');

export function normalizeTimes(text: string, words: NumberWords): string {
  return text.replace(CLOCK_RANGE, (match, first: string, second?: string) => {
    const times = [first, second].filter((t): t is string => Boolean(t)).map((t) => (t.match(/\d+/g) ?? []).map(Number));
    if (times.some(([h = 99, min = 0]) => h > 24 || min > 59)) return match;
    return times.map(([h = 0, min]) => time(h, min ?? null, words)).join(' đến ');
  });
}
