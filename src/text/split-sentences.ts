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

export interface SplitOptions {
  /** A full stop inside “…” does not end the sentence that holds the quotation (topic decks). */
  keepQuotations?: boolean;
  /**
   * Sentences as a newsreader pauses between them (SSML breaks, subtitle cues, TTS chunks): a
   * semicolon ends one too, and a mark ends one whatever letter follows, because text normalized
   * for speech opens sentences in lowercase ("… tỷ đồng. mười lăm người …") and a trailing "…"
   * before a lowercase word is a pause. Abbreviations and initials still never end one.
   */
  speech?: boolean;
}

/** Splits text into sentences (NFC, trimmed, never empty, each with a letter or digit); paragraphs always end a sentence. */
export function splitSentences(text: string, options: SplitOptions = {}): string[] {
  const sentences: string[] = [];
  for (const paragraph of splitParagraphs(text)) sentences.push(...splitParagraph(paragraph, options));
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Paragraphs (NFC): blocks separated by line breaks, inner whitespace collapsed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\r\n]+/)
    .map((paragraph) => paragraph.replace(/[\s\u00a0\u2007\u202f]+/gu, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

function splitParagraph(paragraph: string, options: SplitOptions): string[] {
  const marks = options.speech ? '.!?…;' : '.!?…';
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index]!;
    let closedQuotation = false;
    if (options.keepQuotations) {
      const before = depth;
      if (char === '“' || char === '«') depth += 1;
      else if ((char === '”' || char === '»') && depth > 0) depth -= 1;
      else if (char === '"') depth = depth > 0 ? depth - 1 : 1;
      if (depth > 0) continue;
      closedQuotation = before > 0 && marks.includes(paragraph[index - 1] ?? '');
    }
    // A quotation that ends its own sentence (“… làm ngay.” Sau đó …) ends the holding one too.
    if (!marks.includes(char) && !closedQuotation) continue;
    let end = index + 1;
    while (end < paragraph.length && marks.includes(paragraph[end]!)) end += 1;
    while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end += 1;
    if (paragraph[end] !== ' ') continue;
    const next = paragraph[end + 1] ?? '';
    if (!options.speech && !startsSentence(next)) continue;
    if (char === '.' && end === index + 1 && isAbbreviation(paragraph.slice(start, index), options.speech ?? false) && !OPENS_SENTENCE.test(paragraph.slice(end + 1, end + 12))) continue;
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

/**
 * The word before a full stop is an abbreviation or a personal initial. Speech text spells "v.v."
 * as "v. v." and keeps initials, so there any single letter is one.
 */
function isAbbreviation(before: string, speech: boolean): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("“'‘]+/, '');
  if (/^\p{Lu}$/u.test(bare) || (speech && /^\p{L}$/u.test(bare))) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}
