import { bareSyllable, joinsCompound } from './vi-compounds.ts';

/** One subtitle: seconds from the start of the bulletin. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** How much text one subtitle may show. */
export interface CueLimits {
  /** Characters a line, spaces included. */
  lineChars: number;
  /** Lines a cue. */
  lines: number;
}

/** Broadcast practice (EBU, Netflix's Vietnamese guide): 42 characters a line, two lines. */
export const BROADCAST_CUE_LIMITS: CueLimits = { lineChars: 42, lines: 2 };

/** One cue's text laid out: lines of words. */
export type CueLines = string[][];

const FORBIDDEN = 1000;
/** Conjunctions: a new clause starts after the break ("… bờ bao, | và …"). */
const CONJUNCTIONS = new Set(['và', 'hoặc', 'hay', 'nhưng', 'song', 'mà', 'nên', 'thì', 'để', 'vì', 'do', 'nếu', 'khi', 'nhằm', 'còn', 'cũng']);
/** Prepositions: the break falls before a phrase ("… 14 nghị quyết | về đầu tư công"). */
const PREPOSITIONS = new Set(['của', 'cho', 'tại', 'ở', 'về', 'từ', 'đến', 'tới', 'theo', 'bằng', 'trên', 'dưới', 'giữa', 'qua', 'vào', 'với', 'như', 'gồm', 'thuộc', 'so', 'trong', 'sau', 'trước', 'ngoài']);
/** Verbs that open a predicate: an acceptable place to turn the line. */
const PREDICATE_OPENERS = new Set(['là', 'được', 'bị', 'đã', 'sẽ', 'đang', 'vừa', 'cần', 'phải', 'có', 'không', 'chưa']);
/** Words that lean on the next one: a line ending in "các", "của" or "ngày" reads as cut off. */
const LEANS_FORWARD = new Set([
  'các', 'những', 'một', 'mỗi', 'mọi', 'từng', 'của', 'cho', 'tại', 'ở', 'về', 'từ', 'đến', 'tới', 'theo', 'với', 'và', 'hoặc', 'là',
  'được', 'bị', 'đã', 'sẽ', 'đang', 'không', 'chưa', 'rất', 'vào', 'trong', 'ngày', 'tháng', 'năm', 'số', 'ông', 'bà', 'anh', 'chị',
  'đồng', 'tỉnh', 'huyện', 'xã', 'phường', 'thị', 'sông', 'đường', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'nhiều', 'ít', 'mức', 'hàng', 'bằng', 'nhằm', 'để', 'như', 'cả', 'toàn',
]);

/**
 * The cost of turning a line (or ending a cue) between two words: 0 after a full stop or
 * semicolon, low after a comma and before a conjunction or preposition, high where it would part
 * a number from its noun, a title from a name or a word from the one it leans on, and forbidden
 * inside a compound ("giai | đoạn").
 */
export function breakCost(left: string, right: string): number {
  if (joinsCompound(left, right)) return FORBIDDEN;
  if (/[.!?…;:]["”’)»]*$/u.test(left)) return 0;
  if (/[,)\]]["”’»]*$/u.test(left)) return 1;
  // "nhiệm kỳ 2026 - 2031" is one phrase; a dash between words opens an aside.
  if (/^[–—-]$/u.test(right) && /\p{N}$/u.test(left)) return 9;
  if (/^[–—-]$/u.test(left) && /^\p{N}/u.test(right)) return 9;
  if (/^[(“"«–—-]/u.test(right)) return 1.5;
  const leftWord = bareSyllable(left);
  const rightWord = bareSyllable(right);
  if (/^\p{N}/u.test(rightWord)) return 9;
  if (/\p{N}/u.test(left) && !startsUpper(right) && !opensPhrase(rightWord)) return 9;
  if (startsUpper(left) && startsUpper(right)) return 10;
  if (LEANS_FORWARD.has(leftWord)) return 8;
  if (startsUpper(right)) return 7;
  if (CONJUNCTIONS.has(rightWord)) return 1.5;
  if (PREPOSITIONS.has(rightWord)) return 2.5;
  if (PREDICATE_OPENERS.has(rightWord)) return 3.5;
  return 6;
}

function opensPhrase(word: string): boolean {
  return CONJUNCTIONS.has(word) || PREPOSITIONS.has(word) || PREDICATE_OPENERS.has(word);
}

function startsUpper(word: string): boolean {
  const letter = word.match(/\p{L}/u)?.[0];
  return letter !== undefined && letter !== letter.toLocaleLowerCase('vi');
}

function width(words: string[], from: number, to: number): number {
  let total = to - from - 1;
  for (let i = from; i < to; i += 1) total += words[i]!.length;
  return total;
}

/**
 * The best layout of words as one cue, or null when they do not fit. One line when they fit on
 * one; else the break that costs least, with balanced lines preferred.
 */
export function layoutCue(words: string[], limits: CueLimits = BROADCAST_CUE_LIMITS): { lines: CueLines; cost: number } | null {
  const result = bestLayout(words, 0, words.length, limits);
  if (!result) return null;
  return { lines: result.breaks.map((to, index) => words.slice(index === 0 ? 0 : result.breaks[index - 1]!, to)), cost: result.cost };
}

function bestLayout(words: string[], from: number, to: number, limits: CueLimits): { breaks: number[]; cost: number } | null {
  if (to - from === 1 || width(words, from, to) <= limits.lineChars) return { breaks: [to], cost: 0 };
  if (limits.lines < 2) return null;
  let best: { breaks: number[]; cost: number } | null = null;
  for (let split = from + 1; split < to; split += 1) {
    const top = width(words, from, split);
    if (top > limits.lineChars && split - from > 1) break;
    const rest = bestLayout(words, split, to, { ...limits, lines: limits.lines - 1 });
    if (!rest) continue;
    const bottom = width(words, split, rest.breaks[0]!);
    const cost = breakCost(words[split - 1]!, words[split]!) + 0.05 * Math.abs(top - bottom) + (Math.min(top, bottom) < 10 ? 3 : 0) + rest.cost;
    if (!best || cost < best.cost) best = { breaks: [split, ...rest.breaks], cost };
  }
  return best;
}

/** A cue is cheaper the fewer there are; a cue under this many characters flashes by. */
const CUE_COST = 4;
const SHORT_CUE_CHARS = 24;

/**
 * Splits the words of one sentence into cues of at most `limits.lines` lines of at most
 * `limits.lineChars` characters, choosing cue ends and line turns at phrase boundaries (dynamic
 * programming over the word boundaries, costs from `breakCost`). A single word longer than a
 * line (a long web address) gets a line of its own.
 */
export function breakCues(words: string[], limits: CueLimits = BROADCAST_CUE_LIMITS): CueLines[] {
  const n = words.length;
  if (n === 0) return [];
  const best: Array<{ cost: number; from: number; lines: CueLines } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, from: 0, lines: [] };
  for (let to = 1; to <= n; to += 1) {
    for (let from = to - 1; from >= 0; from -= 1) {
      const before = best[from];
      if (width(words, from, to) > limits.lineChars * limits.lines + limits.lines && to - from > 1) break;
      if (!before) continue;
      const cue = layoutCue(words.slice(from, to), limits);
      if (!cue) continue;
      const chars = width(words, from, to);
      const end = to < n ? 1.5 * breakCost(words[to - 1]!, words[to]!) : 0;
      const cost = before.cost + CUE_COST + cue.cost + end + Math.max(0, SHORT_CUE_CHARS - chars) * 0.4;
      if (!best[to] || cost < best[to]!.cost) best[to] = { cost, from, lines: cue.lines };
    }
  }
  const cues: CueLines[] = [];
  for (let at = n; at > 0; at = best[at]!.from) cues.unshift(best[at]!.lines);
  return cues;
}

/** A cue's lines as subtitle text: words joined by spaces, lines by a line break. */
export function cueText(lines: CueLines): string {
  return lines.map((line) => line.join(' ')).join('\n');
}
