/**
 * Vietnamese sentence splitting for news text. A full stop ends a sentence only when whitespace and
 * an uppercase letter, digit or opening quote follow, so "TP.HCM", "1.234,5", "4.1.2017" and
 * "v.v. và" stay whole; known abbreviations ("TP.", "Th.S", "PGS.") and initials ("Nguyễn V. A")
 * never end one.
 */
const ABBREVIATIONS = new Set([
  'tp', 'th.s', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'cn', 'ls', 'ncs', 'pgs.ts', 'gs.ts', 'tx', 'tt', 'q', 'p', 'h', 'st',
  'mr', 'mrs', 'ms', 'dr', 'no', 'tr', 'ng', 'đ/c', 'v.v', 'vv', 'ttxvn', 'etc', 'vs', 'kts', 'ths.bs', 'bs.ckii', 'bs.cki',
]);

/** "… Trường Chính trị TP. Ông Quang …": words that open a sentence and never follow "TP." in a name. */
const OPENS_SENTENCE = /^(?:Ông|Bà|Theo|Trong|Tại|Được|Việc|Sau|Ngày|Đây|Các|Những|Hiện|Cũng|Trước|Khi|Tuy|Đồng thời|Ngoài ra|Bên cạnh)(?!\p{L})/u;

const OPENERS = `"“‘'«([`;
const CLOSERS = `"”’'»)]`;

/**
 * Splits text into sentences (NFC, trimmed, never empty); paragraphs always end a sentence. With
 * keepQuotations a full stop inside “…” does not end the sentence that holds the quotation.
 */
export function splitSentences(text: string, options: { keepQuotations?: boolean } = {}): string[] {
  const sentences: string[] = [];
  const paragraphs = text.normalize('NFC').replace(/\r/g, '').replace(/[\u00a0\u2007\u202f]/g, ' ').split(/\n+/);
  for (const paragraph of paragraphs) {
    sentences.push(...splitParagraph(paragraph.replace(/[ \t]+/g, ' ').trim(), options.keepQuotations ?? false));
  }
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function splitParagraph(paragraph: string, keepQuotations: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index]!;
    if (keepQuotations) {
      if (char === '“' || char === '«') depth += 1;
      else if ((char === '”' || char === '»') && depth > 0) depth -= 1;
      else if (char === '"') depth = depth > 0 ? depth - 1 : 1;
      if (depth > 0) continue;
    }
    if (!'.!?…'.includes(char)) continue;
    let end = index + 1;
    while (end < paragraph.length && '.!?…'.includes(paragraph[end]!)) end += 1;
    while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end += 1;
    if (paragraph[end] !== ' ') continue;
    const next = paragraph[end + 1] ?? '';
    if (!startsSentence(next)) continue;
    if (char === '.' && end === index + 1 && isAbbreviation(paragraph.slice(start, index)) && !OPENS_SENTENCE.test(paragraph.slice(end + 1, end + 12))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end + 1;
    index = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function startsSentence(char: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(char) || OPENERS.includes(char) || char === '-' || char === '–';
}

/** The word before a full stop is an abbreviation or a personal initial. */
function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("“'‘]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Space-separated syllables that carry a letter or digit: the unit of Vietnamese speaking rate. */
export function countSyllables(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/** Lowercased syllables without punctuation. */
export function syllables(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}
