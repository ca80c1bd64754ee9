/**
 * Text measurement for the deck's one font, Arial (Liberation Sans in LibreOffice is metric-compatible).
 * Widths are advance widths in thousandths of an em, from the Helvetica/Arial metrics. Vietnamese
 * letters are measured by their base letter: the tone and vowel marks sit above or below it and
 * do not widen the glyph, except the horn of ơ/ư, which does.
 */

const ASCII_FROM = 32;
// Advance widths for U+0020..U+007E.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space .. /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 .. ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ .. O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P .. _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` .. o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p .. ~
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

const EXTRA: Record<string, number> = {
  'đ': 556, 'Đ': 722, '–': 556, '—': 1000, '…': 1000, '“': 333, '”': 333, '‘': 222, '’': 222,
  '·': 278, '•': 350, '«': 556, '»': 556, '°': 400, '№': 1000,
};
// The combining horn (U+031B) of ơ/ư widens the glyph; other marks sit above or below it.
const HORN = /\u031B/;
const COMBINING = /[\u0300-\u036f]/g;
/** Used for any character we have no width for; wide on purpose so unknown text never under-measures. */
const UNKNOWN = 700;

/** How a run of text is set: size in points and weight. */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

const widthCache = new Map<string, number>();

/** Advance width of one character in thousandths of an em. */
export function charWidth(char: string, bold = false): number {
  const key = bold ? `b${char}` : char;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  const width = computeCharWidth(char, bold);
  widthCache.set(key, width);
  return width;
}

function computeCharWidth(char: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const direct = lookup(char, table);
  if (direct !== null) return direct;
  const decomposed = char.normalize('NFD');
  const horn = HORN.test(decomposed) ? 80 : 0;
  const plain = decomposed.replace(COMBINING, '');
  if (plain.length === 1) {
    const fromBase = lookup(plain, table);
    if (fromBase !== null) return fromBase + horn;
  }
  if (/\p{Mark}/u.test(char)) return 0;
  if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/.test(char)) return 1000;
  return UNKNOWN;
}

function lookup(char: string, table: number[]): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && code >= ASCII_FROM && code - ASCII_FROM < table.length) return table[code - ASCII_FROM] ?? null;
  return EXTRA[char] ?? null;
}

/** Width of a string in points at the given style. */
export function textWidth(text: string, style: TextStyle): number {
  let units = 0;
  for (const char of text) units += charWidth(char, style.bold);
  return (units / 1000) * style.fontSize;
}

/**
 * Lines a paragraph takes when wrapped at `maxWidth` points: breaks at spaces, and breaks a word
 * that is wider than a whole line between characters, as PowerPoint and Impress do.
 */
export function wrapLines(text: string, style: TextStyle, maxWidth: number): string[] {
  const words = text.split(' ').filter((word) => word.length > 0);
  if (words.length === 0) return [''];
  const space = textWidth(' ', style);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const width = textWidth(word, style);
    if (line && lineWidth + space + width <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + width;
      continue;
    }
    if (line) lines.push(line);
    if (width <= maxWidth) {
      line = word;
      lineWidth = width;
      continue;
    }
    // A word longer than the line: hard-break it.
    line = '';
    lineWidth = 0;
    for (const char of word) {
      const w = textWidth(char, style);
      if (line && lineWidth + w > maxWidth) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += char;
      lineWidth += w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
