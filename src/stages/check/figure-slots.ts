import type { Token } from './spoken-form.ts';
import { same } from './compare-spoken.ts';
import { STOP, contentWords } from './sentence-words.ts';

const LIST_OR_RANGE = new Set(['và', 'hoặc', 'với', 'đến', 'tới']);
const LIST_JOINS = new Set(['và', 'hoặc']);
/** "tháng 7 năm 2017", "quận 1", "Điều 156": dates and references, left to the date and code checks. */
const NOT_A_FIGURE_AFTER = new Set(['tháng', 'ngày', 'năm', 'quận', 'phường', 'khoản', 'điều', 'số', 'lần', 'thứ', 'khóa', 'khoá', 'chương', 'điểm', 'kỳ']);

const isFigure = (token: Token | undefined): token is Token & { value: number } =>
  token?.value !== undefined && !token.weak && token.value !== 0 && token.value !== 1;

/** What a figure counts ("đồng", "tuổi", "xe"); "đến" in "25 triệu đến 30 triệu" is none. */
function unitAfter(tokens: Token[], index: number): string | undefined {
  const next = tokens[index + 1];
  return next && !next.breakBefore && next.value === undefined && !STOP.has(next.word) && !LIST_OR_RANGE.has(next.word) ? next.word : undefined;
}

/** The article sentences that tell the draft sentence's fact: a slot is only compared where the draft retells a sentence. */
function retoldSentences(draft: Token[], sentences: Token[][]): Token[][] {
  const words = contentWords(draft);
  if (words.size === 0) return [];
  const scored = sentences.map((tokens) => {
    const own = contentWords(tokens);
    return { tokens, share: [...words].filter((word) => own.has(word)).length / words.size };
  });
  const best = Math.max(...scored.map((entry) => entry.share));
  return scored.filter((entry) => entry.share >= Math.max(0.4, best - 0.15)).map((entry) => entry.tokens);
}

/** Words before a sum of money that only say it is one: "với giá (tiền)", "(số) (tiền) là". */
const MONEY_WORDS = new Set(['tiền', 'số']);

/**
 * The two words before a figure that say what it is ("để lấy", "diện tích (là)"), past the small
 * words between ("là", "khoảng", "hơn") and the words that only say a sum is money ("với giá tiền"
 * is the slot "với giá"); none after a list join ("tổ chức đảng và 12 đảng viên").
 */
function leadOf(tokens: Token[], index: number): string[] | undefined {
  let end = index;
  const skipped = (word: string) => STOP.has(word) || (MONEY_WORDS.has(word) && tokens[index + 1]?.word === 'đồng');
  while (end > 0 && end > index - 3 && skipped(tokens[end - 1]!.word) && !tokens[end]!.breakBefore) {
    if (LIST_OR_RANGE.has(tokens[end - 1]!.word)) return undefined;
    end -= 1;
  }
  if (end < 2 || tokens[end]!.breakBefore || tokens[end - 1]!.breakBefore) return undefined;
  const lead = tokens.slice(end - 2, end);
  if (lead.some((token) => token.value !== undefined) || STOP.has(lead[1]!.word) || lead[1]!.word.length < 2) return undefined;
  return lead.map((token) => token.word);
}

/**
 * Content words right after a figure's unit, up to the clause's end: what it counts ("tiền công giới
 * thiệu"). A list join ends them: in "75 triệu đồng và đối với tổ chức là 150 triệu đồng" what
 * follows "và" is the next item's.
 */
function countedAfter(tokens: Token[], index: number): string[] {
  const words: string[] = [];
  for (let at = index + 2; at < Math.min(tokens.length, index + 7); at += 1) {
    const token = tokens[at]!;
    if (token.value !== undefined || token.breakBefore || LIST_JOINS.has(token.word)) break;
    if (!STOP.has(token.word) && token.word.length > 1) words.push(token.word);
  }
  return words;
}

/** Whether a sentence lists or ranges the draft's value right after the figure at `at` ("200 triệu và 750 triệu"). */
function listedAfter(tokens: Token[], at: number, value: number, unit: string): boolean {
  for (let index = at + 2; index < Math.min(tokens.length, at + 8); index += 1) {
    const token = tokens[index]!;
    if (isFigure(token) && same(token.value, value) && unitAfter(tokens, index) === unit && LIST_OR_RANGE.has(tokens[index - 1]?.word ?? '')) return true;
  }
  return false;
}

/**
 * A figure put in the slot the article gives another figure: the draft writes the article's words
 * before the figure ("để lấy … triệu đồng") or after it ("… triệu đồng tiền công giới thiệu"), but
 * the article's figure there is another one, and the draft's number belongs to something else.
 */
export function figuresOutOfTheirSlots(draft: Token[], sentences: Token[][]): number[] {
  const moved: number[] = [];
  const retold = new Set(retoldSentences(draft, sentences));
  draft.forEach((token, index) => {
    const unit = unitAfter(draft, index);
    if (!isFigure(token) || unit === undefined || NOT_A_FIGURE_AFTER.has(draft[index - 1]?.word ?? '')) return;
    const lead = leadOf(draft, index);
    const counted = countedAfter(draft, index);
    const inSlot = (tokens: Token[], at: number) => {
      if (lead !== undefined && leadOf(tokens, at)?.join(' ') === lead.join(' ')) return true;
      const after = new Set(countedAfter(tokens, at));
      return counted.length >= 2 && counted.every((word) => after.has(word));
    };
    let otherInSlot = false;
    let ownInSlot = false;
    for (const tokens of sentences) {
      tokens.forEach((other, at) => {
        if (!isFigure(other) || unitAfter(tokens, at) !== unit || !inSlot(tokens, at)) return;
        // The draft's own figure in that slot anywhere vouches for it; another figure only where the draft retells the sentence.
        if (same(other.value, token.value!) || listedAfter(tokens, at, token.value!, unit)) ownInSlot = true;
        else if (retold.has(tokens)) otherInSlot = true;
      });
    }
    if (otherInSlot && !ownInSlot) moved.push(token.value!);
  });
  return moved;
}
