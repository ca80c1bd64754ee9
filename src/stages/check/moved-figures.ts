import type { Token } from './spoken-form.ts';
import { same } from './compare-spoken.ts';
import { STOP, findPhrase } from './sentence-words.ts';

/** Words before a number that make it a name or a reference: "quận 12", "khoản 2", "ngày 26". */
export const NOT_FIGURE_BEFORE = new Set(['quận', 'phường', 'khoản', 'điều', 'số', 'lần', 'thứ', 'khóa', 'khoá', 'tháng', 'ngày', 'năm', 'điểm', 'chương', 'kỳ', 'đoạn', 'tuyến', 'lộ']);
const LIST_JOINS = new Set(['và', 'hoặc', 'với', 'cùng']);

/** Words between a fact and its figure: "thu lợi bất chính (hơn) 3,3 tỷ", "lập biên bản (được) 7.184". */
const FIGURE_FILLERS = new Set(['hơn', 'khoảng', 'gần', 'trên', 'dưới', 'là', 'được', 'có', 'tới', 'lên', 'đến', 'chỉ', 'mới', 'tổng', 'cộng', 'số', 'tiền', 'đã']);

/**
 * A figure the sources give to another fact: the words right before the draft's number ("thu lợi
 * bất chính") are, in the sources, followed only by other numbers ("thu lợi bất chính 3,3 tỷ đồng"),
 * though the draft's number is in the article (as the goods' value, "tổng trị giá 6,6 tỷ đồng").
 */
export function figuresMovedFromTheirFacts(draft: Token[], sentences: Token[][]): Array<{ value: number; lead: string }> {
  const moved: Array<{ value: number; lead: string }> = [];
  draft.forEach((token, index) => {
    if (token.value === undefined || token.weak || token.value === 0 || token.value === 1 || token.breakBefore) return;
    let end = index;
    while (end > 0 && FIGURE_FILLERS.has(draft[end - 1]!.word) && !draft[end]!.breakBefore) end -= 1;
    if (draft[end]?.breakBefore && end !== index) return;
    const lead = draft.slice(Math.max(0, end - 3), end);
    if (lead.length < 2 || lead.some((word, offset) => word.value !== undefined || (offset > 0 && word.breakBefore)) || draft[end]?.breakBefore) return;
    if (lead.filter((word) => !STOP.has(word.word) && word.word.length > 1).length < 2 || LIST_JOINS.has(lead.at(-1)!.word)) return;
    const words = lead.map((word) => word.word);
    const unit = draft[index + 1] && !draft[index + 1]!.breakBefore ? draft[index + 1]!.word : undefined;
    const values: number[] = [];
    const qualifier = wordsAfter(draft, index);
    for (const tokens of sentences) {
      for (const at of findPhrase(tokens, words)) {
        let next = at + words.length;
        while (next < tokens.length && FIGURE_FILLERS.has(tokens[next]!.word) && next < at + words.length + 3) next += 1;
        const figure = tokens[next];
        // Only a figure of the same unit is the same slot: "thu giữ 3 gói…, 256 viên" lists two.
        if (figure?.value !== undefined && !figure.weak && tokens[next + 1]?.word === unit) values.push(...rowsOfList(tokens, next, unit, qualifier));
      }
    }
    if (values.length > 0 && !values.some((value) => same(value, token.value!))) moved.push({ value: token.value, lead: words.join(' ') });
  });
  for (const [index, token] of draft.entries()) {
    if (token.value === undefined || token.weak || token.value === 0 || token.value === 1 || moved.some((entry) => same(entry.value, token.value!))) continue;
    // "quận 12", "khoản 2", "lần thứ 5": a name or a reference, not a figure of a fact.
    if (NOT_FIGURE_BEFORE.has(draft[index - 1]?.word ?? '')) continue;
    if (figureOfAnotherContext(draft, index, sentences)) moved.push({ value: token.value, lead: '' });
  }
  return moved;
}

/** Content words after a figure and its unit, up to the next figure or clause: what the figure counts. */
function wordsAfter(tokens: Token[], index: number): Set<string> {
  const words = new Set<string>();
  for (let at = index + 2; at < Math.min(tokens.length, index + 12); at += 1) {
    const token = tokens[at]!;
    if (token.value !== undefined || (token.breakBefore && words.size > 0)) break;
    if (token.word.length > 1 && !STOP.has(token.word)) words.add(token.word);
  }
  return words;
}

/**
 * The figures a sentence gives, after the same words, to what the draft's figure counts: "giảm giá
 * cho 972 xe bán tại miền Bắc và 1.023 xe bán tại miền Nam" gives 1.023 to "xe bán tại miền Nam" and
 * 972 to "xe bán tại miền Bắc". Each figure of the list (the same unit, after "và", "hoặc" or a comma)
 * is a row; the rows whose words after the figure share most with the draft's are its figures.
 */
function rowsOfList(tokens: Token[], at: number, unit: string | undefined, qualifier: Set<string>): number[] {
  const rows = [{ value: tokens[at]!.value!, words: wordsAfter(tokens, at) }];
  for (let index = at + 2; index < Math.min(tokens.length, at + 30); index += 1) {
    const token = tokens[index]!;
    if (token.value === undefined || token.weak || tokens[index + 1]?.word !== unit) continue;
    if (token.breakBefore || LIST_JOINS.has(tokens[index - 1]!.word)) rows.push({ value: token.value, words: wordsAfter(tokens, index) });
  }
  const shared = rows.map((row) => [...row.words].filter((word) => qualifier.has(word)).length);
  const best = Math.max(...shared);
  return rows.filter((_, index) => shared[index] === best).map((row) => row.value);
}

/** Content words within eight words of a figure, apart from its unit and the words that only lead to it. */
function figureContext(tokens: Token[], index: number): Set<string> {
  return new Set(
    [...tokens.slice(Math.max(0, index - 8), index), ...tokens.slice(index + 2, index + 9)]
      .filter((token) => token.value === undefined && token.word.length > 1 && !STOP.has(token.word) && !FIGURE_FILLERS.has(token.word))
      .map((token) => token.word),
  );
}

/**
 * The draft's figure stands, in the article, among other words ("33 năm ở nhờ"), while another
 * figure of the same unit stands among the draft's words ("phụng dưỡng bà suốt 31 năm"): the
 * number was moved from one fact to another.
 */
function figureOfAnotherContext(draft: Token[], index: number, sentences: Token[][]): boolean {
  const value = draft[index]!.value!;
  const unit = draft[index + 1] && !draft[index + 1]!.breakBefore ? draft[index + 1]!.word : undefined;
  const context = figureContext(draft, index);
  if (context.size < 3) return false;
  let sameBest = -1;
  let otherBest = -1;
  let sameSentence = 0;
  for (const tokens of sentences) {
    tokens.forEach((token, at) => {
      if (token.value === undefined || token.weak || (unit !== undefined && tokens[at + 1]?.word !== unit)) return;
      let shared = 0;
      for (const word of figureContext(tokens, at)) if (context.has(word)) shared += 1;
      if (same(token.value, value)) {
        sameBest = Math.max(sameBest, shared);
        // A long rule sentence ("…trong vùng đất cảng …: chạy quá tốc độ từ 5 km/h đến dưới 10 km/h")
        // may hold the draft's words further from the figure than eight words.
        const words = new Set(tokens.map((other) => other.word));
        sameSentence = Math.max(sameSentence, [...context].filter((word) => words.has(word)).length);
      } else otherBest = Math.max(otherBest, shared);
    });
  }
  return sameBest >= 0 && sameBest <= 1 && otherBest >= 3 && otherBest >= sameBest + 3 && sameSentence < otherBest;
}

const isYear = (tokens: Token[], index: number) => {
  const value = tokens[index]?.value;
  return value !== undefined && Number.isInteger(value) && value >= 1900 && value <= 2100 && tokens[index - 1]?.word === 'năm';
};

function sentenceWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((token) => token.value === undefined && token.word.length > 1 && token.word !== 'năm' && !STOP.has(token.word)).map((token) => token.word));
}

/**
 * A year the article gives to another of its events: "Cuối năm 2016, thị trấn nhận được 120 đơn…"
 * where the article writes "Cuối năm 2017, họ nhận được 120 đơn…" and 2016 only in the sentence
 * about the first buyer. A year of a full date ("ngày 4 tháng 3 năm 2026") is left to the date check.
 */
export function yearsOfAnotherEvent(draft: Token[], sentences: Token[][]): number[] {
  const moved: number[] = [];
  const words = sentenceWords(draft);
  // A sentence with two years may join two events of the article ("khởi công năm 2019, nghiệm thu năm 2021").
  if (draft.filter((_, index) => isYear(draft, index)).length !== 1) return moved;
  draft.forEach((token, index) => {
    if (!isYear(draft, index) || draft[index - 2]?.value !== undefined) return;
    let same: { shared: Set<string> } | undefined;
    let other: { shared: Set<string> } | undefined;
    for (const tokens of sentences) {
      const years = tokens.flatMap((candidate, at) => (isYear(tokens, at) ? [candidate.value!] : []));
      if (years.length === 0) continue;
      const shared = new Set([...sentenceWords(tokens)].filter((word) => words.has(word)));
      if (years.some((year) => year === token.value)) {
        if (!same || shared.size > same.shared.size) same = { shared };
      } else if (!other || shared.size > other.shared.size) other = { shared };
    }
    if (!same || !other) return;
    // Words the draft shares with one sentence only: the subject both sentences name says nothing.
    const otherOnly = [...other.shared].filter((word) => !same!.shared.has(word)).length;
    const sameOnly = [...same.shared].filter((word) => !other!.shared.has(word)).length;
    if (otherOnly >= sameOnly + 4) moved.push(token.value!);
  });
  return moved;
}
