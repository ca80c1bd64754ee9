import type { SpokenText, Token } from './spoken-form.ts';
import { STOP, findPhrase } from './sentence-words.ts';

/**
 * Claims read from the spoken form of a draft and looked up in the spoken form of its sources:
 * numbers with the words around them, dates as day–month–year, negations and who holds which role.
 */
export interface NumberClaim {
  value: number;
  previous?: string;
  next?: string;
  weak: boolean;
  /** The claim as the reader hears it: "8 năm tù". */
  text: string;
  kind: 'number' | 'percent' | 'date';
  /** The next few words, across commas and brackets: "34.118 phương tiện (ô tô)". */
  following: string[];
}

export interface DateClaim {
  day?: number;
  month?: number;
  year?: number;
  text: string;
}

/** Words before a day and month; "lễ 2 tháng 9", "dịp 30 tháng 4" name the holiday by its date. */
const DATE_LEAD = new Set(['ngày', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'lễ', 'dịp']);
/** After a lone "năm" these words mean "year": "năm nay", "năm qua", "hàng năm". */
const YEAR_AFTER = new Set(['nay', 'qua', 'trước', 'ngoái', 'tới', 'sau', 'học', 'tài', 'đó', 'này', 'mới', 'nào', 'ấy', 'kia', 'rồi', 'đầu', 'cuối', 'sinh', 'trời']);
const YEAR_BEFORE = new Set(['hàng', 'hằng', 'mỗi', 'các', 'những', 'nhiều', 'cả', 'trong', 'cuối', 'đầu', 'giữa', 'một', 'từng', 'bao', 'sang', 'đến', 'tới', 'của']);

const shown = (token: Token | undefined) => (token ? token.word.replace(/^#/, '') : '');

/** A value as a newsreader's script writes it: "150 tỷ", "3,2 triệu", "1.234". */
function formatValue(value: number): string {
  for (const [scale, word] of [[1e9, 'tỷ'], [1e6, 'triệu']] as const) {
    const scaled = value / scale;
    if (scaled >= 1 && Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) return `${String(Math.round(scaled * 1000) / 1000).replace('.', ',')} ${word}`;
  }
  return Number.isInteger(value) ? value.toLocaleString('vi-VN') : String(value).replace('.', ',');
}

function claimText(tokens: Token[], index: number): string {
  const token = tokens[index]!;
  const after = tokens.slice(index + 1, index + 3).filter((next, offset) => offset === 0 ? !next.breakBefore : !next.breakBefore && !tokens[index + 1]!.breakBefore);
  const words = after.map(shown);
  if (words.length === 2 && STOP.has(words[1]!)) words.pop();
  return [formatValue(token.value!), ...words].join(' ').trim();
}

/** "Luật Đất đai 2013" is "Luật Đất đai năm 2013": a year after a law's name, not a count. */
function lawYear(tokens: Token[], index: number): boolean {
  const value = tokens[index]!.value!;
  if (!Number.isInteger(value) || value < 1900 || value > 2100 || tokens[index - 1]?.word === 'năm') return false;
  for (let at = index - 1; at >= Math.max(0, index - 5); at -= 1) {
    if (tokens[at]!.word === 'luật' || (tokens[at]!.word === 'pháp' && tokens[at - 1]?.word === 'hiến')) return true;
    if (tokens[at]!.breakBefore || tokens[at]!.value !== undefined) return false;
  }
  return false;
}

/** Dates and numbers of one text, each number with its neighbours in the same clause. */
export function readClaims(spoken: SpokenText): { numbers: NumberClaim[]; dates: DateClaim[] } {
  const numbers: NumberClaim[] = [];
  const dates: DateClaim[] = [];
  for (const tokens of spoken.sentences) {
    const used = new Set<number>();
    tokens.forEach((token, index) => {
      if (token.value === undefined || used.has(index)) return;
      const at = (offset: number) => tokens[index + offset];
      const isValue = (offset: number) => at(offset)?.value !== undefined;
      const lead = at(-1)?.word;
      let date: DateClaim | null = null;
      if (lead && DATE_LEAD.has(lead) && at(1)?.word === 'tháng' && isValue(2)) {
        date = { day: token.value, month: at(2)!.value, text: '' };
        used.add(index + 2);
        if (at(3)?.word === 'năm' && isValue(4)) {
          date.year = at(4)!.value;
          used.add(index + 4);
        }
      } else if (lead === 'tháng' && at(1)?.word === 'năm' && isValue(2) && at(2)!.value! >= 1900) {
        date = { month: token.value, year: at(2)!.value, text: '' };
        used.add(index + 2);
      }
      if (date) {
        const parts = [date.day, date.month, date.year].filter((part) => part !== undefined);
        date.text = `${date.day !== undefined ? 'ngày ' : 'tháng '}${parts.join('/')}`;
        if (validDate(date)) dates.push(date);
        return;
      }
      const previous = token.breakBefore ? undefined : lawYear(tokens, index) ? 'năm' : at(-1)?.word;
      const next = at(1) && !at(1)!.breakBefore ? at(1)!.word : undefined;
      const kind = next === 'phần' ? 'percent' : previous === 'tháng' || previous === 'ngày' || (previous === 'năm' && token.value >= 1900 && token.value <= 2100) ? 'date' : 'number';
      numbers.push({ value: token.value, previous, next, weak: token.weak ?? false, text: claimText(tokens, index), kind, following: tokens.slice(index + 1, index + 5).map((word) => word.word) });
    });
  }
  return { numbers, dates };
}

function validDate(date: DateClaim): boolean {
  return (date.month === undefined || (date.month >= 1 && date.month <= 12)) && (date.day === undefined || (date.day >= 1 && date.day <= 31));
}

export const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a draft's number needs checking: "một" is mostly the article "a", a lone "năm" often "year". */
export function checkable(claim: NumberClaim): boolean {
  if (claim.value === 1 || claim.value === 0) return false;
  // "thứ hai" at the end of a clause is a weekday or "the second (point)", not a figure.
  if (claim.previous === 'thứ' && !claim.next && claim.value <= 8) return false;
  // "giữa hai người", "cả hai": "between" and "both" say two by themselves; nobody counted anything.
  if (claim.value === 2 && (claim.previous === 'giữa' || claim.previous === 'cả')) return false;
  if (claim.weak) {
    if (!claim.next || YEAR_AFTER.has(claim.next)) return false;
    if (claim.previous && YEAR_BEFORE.has(claim.previous)) return false;
  }
  return true;
}

/** A number is found when the source has the same value with the same word after or before it. */
export function numberFound(claim: NumberClaim, evidence: NumberClaim[]): boolean {
  return evidence.some((other) => {
    if (!same(claim.value, other.value)) return false;
    if (claim.next && (other.next === claim.next || other.following.includes(claim.next))) return true;
    if (claim.previous && other.previous === claim.previous) return true;
    return !claim.next && !claim.previous && !other.weak;
  });
}

/** A figure that reads as a year: "năm 2024", or a bare 2024 that counts nothing ("mùa khô 2024,"). */
function readsAsYear(claim: NumberClaim): boolean {
  return Number.isInteger(claim.value) && claim.value >= 1900 && claim.value <= 2100 && (claim.kind === 'date' || claim.next === undefined);
}

/** "mùa khô năm 2024" where the article writes "mùa khô 2024", or the other way round: the same year. */
export function yearFound(claim: NumberClaim, evidence: NumberClaim[]): boolean {
  return readsAsYear(claim) && evidence.some((other) => same(claim.value, other.value) && readsAsYear(other));
}

/** Found in the source with the same value, and the counted word is in that same sentence: a notation difference. */
export function numberNearlyFound(claim: NumberClaim, sources: SpokenText[]): boolean {
  return sources.some((source) =>
    source.sentences.some((tokens) => tokens.some((token) => token.value !== undefined && !token.weak && same(token.value, claim.value)) && (!claim.next || tokens.some((token) => token.word === claim.next))),
  );
}

export function dateFound(date: DateClaim, pool: DateClaim[]): boolean {
  return pool.some(
    (other) =>
      (date.day === undefined || other.day === date.day) &&
      (date.month === undefined || other.month === date.month) &&
      (date.year === undefined || other.year === undefined || other.year === date.year),
  );
}

/**
 * "hai quyết định" where one sentence of the article lists "Quyết định số … và Quyết định số …"
 * without counting them: a small count of a two-word noun is the number of times one source
 * sentence names it.
 */
export function countedBySource(claim: NumberClaim, sentences: Token[][]): boolean {
  if (!Number.isInteger(claim.value) || claim.value < 2 || claim.value > 5) return false;
  const phrase = claim.following.slice(0, 2);
  if (phrase.length < 2 || phrase.some((word) => STOP.has(word) || word.length < 2)) return false;
  return sentences.some((tokens) => findPhrase(tokens, phrase).length === claim.value);
}

/** Words that put an hour after noon: "3 giờ chiều" is "15h". */
const AFTERNOON = new Set(['chiều', 'tối', 'đêm']);
/** Words that say a figure is rounded, and which side of it the exact one lies on. */
const ROUNDED: Record<string, 'above' | 'below' | 'around'> = { hơn: 'above', trên: 'above', gần: 'below', khoảng: 'around', chừng: 'around', 'xấp xỉ': 'around' };

/** How far a round figure stands for: 500 for any of 500–599, 18.000 for 18.000–18.999. */
function roundingStep(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
  return step;
}

/**
 * A figure the article writes in another accepted form: "3 giờ chiều" for "15h", "hơn 500 đồng" for
 * "504 đồng", "gần 720" for "712", "khoảng 12.000" for "12.350". The rounded figure must round the
 * article's one, counting the same thing.
 */
export function numberInOtherForm(claim: NumberClaim, evidence: NumberClaim[]): boolean {
  if (claim.next === 'giờ' && claim.value >= 1 && claim.value < 12 && AFTERNOON.has(claim.following[1] ?? '')) {
    if (numberFound({ ...claim, value: claim.value + 12 }, evidence)) return true;
  }
  const side = claim.previous ? ROUNDED[claim.previous] : undefined;
  const step = roundingStep(claim.value);
  if (!side || !claim.next || !Number.isInteger(claim.value) || step < 10) return false;
  return evidence.some((other) => {
    if (other.next !== claim.next || same(other.value, claim.value)) return false;
    if (side === 'above') return other.value > claim.value && other.value < claim.value + step;
    if (side === 'below') return other.value < claim.value && other.value > claim.value - step;
    return Math.abs(other.value - claim.value) <= step / 2;
  });
}

/**
 * A draft sentence with each figure the article writes in another form ("3 giờ chiều", "hơn 500
 * đồng") given the article's value, for the checks that place figures: they compare values.
 */
export function withArticleValues(tokens: Token[], evidence: NumberClaim[]): Token[] {
  const claims = readClaims({ sentences: [tokens], flat: '' }).numbers;
  let next = 0;
  return tokens.map((token) => {
    if (token.value === undefined) return token;
    const claim = claims.find((candidate, index) => index >= next && same(candidate.value, token.value!));
    if (!claim) return token;
    next = claims.indexOf(claim) + 1;
    if (numberFound(claim, evidence) || !numberInOtherForm(claim, evidence)) return token;
    const hour = claim.next === 'giờ' && claim.value < 12 ? claim.value + 12 : undefined;
    const exact = evidence.find((other) => other.next === claim.next && (hour !== undefined ? same(other.value, hour) : !same(other.value, claim.value)) && numberInOtherForm(claim, [other]));
    return exact ? { ...token, word: `#${exact.value}`, value: exact.value } : token;
  });
}
