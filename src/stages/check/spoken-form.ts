import { normalizeForSpeech } from '../../speech/normalize/normalize.ts';
import { expandAliases, spokenVariant } from './aliases.ts';
import { normalizeForMatch } from './normalize-vi.ts';

/**
 * A text in the form both sides are compared in: aliases expanded, then everything written out by
 * the speech normalizer (digits, dates, times, Roman numerals, abbreviations), lower case, and
 * runs of number words read back as values. "8 năm tù", "tám năm tù" and "08 năm tù" all become
 * [#8, năm, tù]; "TP HCM" and "Thành phố Hồ Chí Minh" the same words.
 */
export interface Token {
  word: string;
  /** The value when this token stands for a run of number words. */
  value?: number;
  /** A lone "năm" that may be the number five or the word "year": never evidence on its own. */
  weak?: boolean;
  /** A comma, colon or bracket was right before this token: it has no left neighbour. */
  breakBefore?: boolean;
  /** A hyphen joined this token to the one before: "in-tơ-nét" is one word of three tokens. */
  joined?: boolean;
}

export interface SpokenText {
  sentences: Token[][];
  /** All words, lower case, punctuation removed, one space between: for phrase searches. */
  flat: string;
}

const DIGITS: Record<string, number> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const NUMBER_WORDS = new Set([...Object.keys(DIGITS), ...Object.keys(SCALES), 'mười', 'mươi', 'trăm', 'linh', 'lẻ', 'phẩy', 'chấm', 'rưỡi']);
/** Words that only continue a number ("hai mươi lăm"), never start one. */
const CONTINUATIONS = new Set(['mốt', 'tư', 'lăm', 'nhăm', 'mươi', 'linh', 'lẻ', 'phẩy', 'chấm', 'rưỡi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);

/** Value of a number below one thousand: "hai trăm linh năm", "mười lăm", "ba mươi tư". */
function parseHundreds(words: string[]): number | null {
  let index = 0;
  let value = 0;
  const digit = (word: string | undefined) => (word !== undefined && word in DIGITS ? DIGITS[word]! : null);
  const first = digit(words[0]);
  if (first !== null && words[1] === 'trăm') {
    value = first * 100;
    index = 2;
    if (index === words.length) return value;
    if (words[index] === 'linh' || words[index] === 'lẻ') {
      const unit = digit(words[index + 1]);
      return unit !== null && index + 2 === words.length ? value + unit : null;
    }
  }
  const rest = words.slice(index);
  if (rest.length === 0) return index > 0 ? value : null;
  if (rest[0] === 'mười') {
    if (rest.length === 1) return value + 10;
    const unit = digit(rest[1]);
    // "mười năm" is ten years; fifteen is "mười lăm".
    return unit !== null && rest.length === 2 && rest[1] !== 'không' && rest[1] !== 'năm' ? value + 10 + unit : null;
  }
  const tens = digit(rest[0]);
  if (tens === null) return null;
  if (rest.length === 1) return index > 0 ? null : value + tens;
  if (rest[1] !== 'mươi') return null;
  if (rest.length === 2) return value + tens * 10;
  const unit = digit(rest[2]);
  return unit !== null && rest.length === 3 && rest[2] !== 'không' && rest[2] !== 'năm' ? value + tens * 10 + unit : null;
}

/** Value of a run of number words, or null when it is not one well-formed number. */
export function parseNumberWords(words: string[]): number | null {
  const comma = words.findIndex((word) => word === 'phẩy' || word === 'chấm');
  if (comma >= 0) {
    const whole = parseNumberWords(words.slice(0, comma));
    const tail = words.slice(comma + 1);
    const scaleAt = tail.findIndex((word) => word in SCALES);
    const fractionWords = scaleAt >= 0 ? tail.slice(0, scaleAt) : tail;
    const fraction = fractionWords.every((word) => word in DIGITS) && fractionWords.length <= 3
      ? Number(`0.${fractionWords.map((word) => DIGITS[word]).join('')}`)
      : null;
    const asNumber = fraction === null ? parseHundreds(fractionWords) : null;
    const fractional = fraction ?? (asNumber === null ? null : asNumber / 10 ** String(asNumber).length);
    if (whole === null || fractional === null) return null;
    const scale = scaleAt >= 0 ? parseNumberWords(['một', ...tail.slice(scaleAt)]) : 1;
    return scale === null ? null : (whole + fractional) * scale;
  }
  let total = 0;
  let group: string[] = [];
  let lastScale = Infinity;
  for (const [index, word] of words.entries()) {
    if (word in SCALES) {
      const scale = SCALES[word]!;
      const value = group.length === 0 ? (total > 0 ? null : 1) : parseHundreds(group);
      if (value === null) return null;
      if (scale >= lastScale) {
        // "một trăm tỷ" after "nghìn": a larger scale multiplies what came before ("hai nghìn tỷ").
        total = (total + value) * scale;
      } else {
        total += value * scale;
      }
      lastScale = scale;
      group = [];
      if (words[index + 1] === 'rưỡi') return index + 2 === words.length ? total + scale / 2 : null;
    } else {
      group.push(word);
    }
  }
  if (group.length === 0) return words.length > 0 ? total : null;
  const rest = parseHundreds(group);
  if (rest === null) {
    // "hai nghìn không trăm hai mươi lăm": the hundreds written out with a zero.
    if (group[0] === 'không' && group[1] === 'trăm') {
      const tail = parseHundreds(group.slice(2).filter((word) => word !== 'linh' && word !== 'lẻ'));
      return tail === null ? null : total + tail;
    }
    // "ba nghìn tư" = 3400, "hai triệu mốt" = 2,100,000: the short form after a scale.
    if (group.length === 1 && total > 0 && group[0]! in DIGITS && lastScale !== Infinity) return total + (DIGITS[group[0]!]! * lastScale) / 10;
    return null;
  }
  return total + rest;
}

/** Splits a run of number words into numbers and the word "năm" (year) where it is one. */
function segmentRun(words: string[]): Token[] {
  const pieces: Array<{ words: string[]; value: number }> = [];
  let start = 0;
  while (start < words.length) {
    let end = words.length;
    let value: number | null = null;
    for (; end > start; end -= 1) {
      value = parseNumberWords(words.slice(start, end));
      if (value !== null) break;
    }
    if (value === null || end === start) {
      pieces.push({ words: [words[start]!], value: Number.NaN });
      start += 1;
    } else {
      pieces.push({ words: words.slice(start, end), value });
      start = end;
    }
  }
  return pieces.map((piece, index): Token => {
    const bare = piece.words.length === 1 && piece.words[0] === 'năm';
    if (bare) {
      const before = pieces[index - 1];
      const after = pieces[index + 1];
      // "tám năm" = eight years; "năm hai nghìn…" = the year 2000-something; "năm năm" = five years.
      if (before) return { word: 'năm' };
      if (after && !(after.words.length === 1 && after.words[0] === 'năm')) return { word: 'năm' };
      if (!after) return { word: '#5', value: 5, weak: true };
    }
    if (Number.isNaN(piece.value)) return { word: piece.words[0]! };
    return { word: `#${piece.value}`, value: piece.value };
  });
}

function startsNumber(words: string[], index: number): boolean {
  const word = words[index]!;
  if (!NUMBER_WORDS.has(word)) return false;
  const previous = words[index - 1];
  // "tháng tư", "thứ tư": April, Wednesday, where "tư" alone is a number.
  if (word === 'tư') return previous === 'tháng' || previous === 'thứ';
  if (CONTINUATIONS.has(word)) return false;
  if (word === 'không') return ['trăm', 'phẩy', 'chấm'].includes(words[index + 1] ?? '');
  return true;
}

/** Words a negation takes and a number never does: "năm 2026 không phải" is a year and a negation, not 20260. */
const NEGATED_WORDS = new Set(['phải', 'hề', 'thể', 'chỉ', 'cần', 'nên', 'được', 'bị', 'có', 'còn', 'từng', 'đủ']);

function negatesNext(words: string[], index: number): boolean {
  return words[index] === 'không' && NEGATED_WORDS.has(words[index + 1] ?? '');
}

/**
 * Whether "không" at `index` may go on a number run: no number ends "… triệu không" or "… trăm
 * không", so there it negates what follows ("15 triệu không rõ nguồn gốc"); after a digit it is
 * the zero of a score ("hai không") or of "không trăm".
 */
function zeroInRun(words: string[], index: number): boolean {
  return words[index] !== 'không' || !(words[index - 1]! in SCALES || words[index - 1] === 'trăm') || words[index + 1] === 'trăm';
}

function tokenizeSentence(sentence: string): Token[] {
  const parts = sentence.split(/([,:;()[\]"'“”‘’«»–—…]|\s-\s)/u);
  const tokens: Token[] = [];
  let pendingBreak = false;
  for (const part of parts) {
    if (/^[,:;()[\]"'“”‘’«»–—…]$|^\s-\s$/u.test(part)) {
      pendingBreak = true;
      continue;
    }
    // "Kim Jong-nam" and "Kim Jong Nam" are one name: a hyphen between letters joins no more than a space.
    const pieces = part.replace(/(?<=\p{L})-(?=\p{L})/gu, ' -').split(/[^\p{L}\p{M}\p{N}#.-]+/u);
    const kept = pieces.map((piece) => ({ word: spokenVariant(piece.replace(/^[.-]+|[.-]+$/g, '')), joined: /^-\p{L}/u.test(piece) })).filter((piece) => piece.word);
    const words = kept.map((piece) => piece.word);
    let index = 0;
    while (index < words.length) {
      if (startsNumber(words, index)) {
        let end = index + 1;
        while (end < words.length && NUMBER_WORDS.has(words[end]!) && !negatesNext(words, end) && zeroInRun(words, end)) end += 1;
        const segmented = segmentRun(words.slice(index, end));
        segmented.forEach((token, offset) => tokens.push(offset === 0 && pendingBreak ? { ...token, breakBefore: true } : token));
        pendingBreak = false;
        index = end;
      } else {
        tokens.push({ word: words[index]!, ...(pendingBreak ? { breakBefore: true } : {}), ...(kept[index]!.joined ? { joined: true } : {}) });
        pendingBreak = false;
        index += 1;
      }
    }
  }
  return tokens;
}

/**
 * "7-8 triệu đồng" reads "bảy đến tám triệu": the scale after the second figure of a range is the
 * first one's too, so it matches "7 triệu đến 8 triệu đồng".
 */
function scaleRanges(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const high = tokens[index + 2];
    if (token.value === undefined || !['đến', 'tới'].includes(tokens[index + 1]?.word ?? '') || high?.value === undefined || high.breakBefore) return token;
    const scale = [1e9, 1e6, 1e3].find((candidate) => high.value! >= candidate && high.value! / candidate < 1000);
    if (!scale || token.value <= 0 || token.value >= high.value! / scale) return token;
    const value = token.value * scale;
    return { word: `#${value}`, value, ...(token.breakBefore ? { breakBefore: true } : {}) };
  });
}

/** The spoken, compared form of a written text. */
export function toSpoken(text: string): SpokenText {
  const spoken = normalizeForMatch(normalizeForSpeech(expandAliases(text.normalize('NFC'))).replace(/\n/g, ' \u2029 '));
  const sentences = spoken
    // "ông T. đã …": an initial ends no sentence.
    .split(/(?<!(?:^|\s)\p{L}\.)(?<=[.!?])\s+|\s*\u2029\s*/u)
    .map((sentence) => scaleRanges(tokenizeSentence(sentence)))
    .filter((tokens) => tokens.length > 0);
  return { sentences, flat: sentences.map((tokens) => tokens.map((token) => token.word).join(' ')).join(' ') };
}

/** The spoken, compared form of a short phrase (a name, a quotation) as one string of words. */
export function spokenPhrase(text: string): string {
  return toSpoken(text).flat;
}
