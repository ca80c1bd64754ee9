import type { Token } from './spoken-form.ts';

/** Parts of a day and a day said from today: "hôm qua", "tối nay", "sáng mai". */
const DAYS = new Set(['hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày']);
const FROM_TODAY = new Set(['qua', 'nay', 'mai', 'kia']);
/** Periods said from now: "tuần trước", "năm ngoái", "tháng này", "quý tới". */
const PERIODS = new Set(['tuần', 'tháng', 'năm', 'quý']);
const FROM_NOW: Record<string, string> = { trước: 'trước', qua: 'trước', ngoái: 'trước', này: 'nay', nay: 'nay', sau: 'tới', tới: 'tới' };
/** Words a figure after them belongs to: "tháng 11", "ngày 20". */
const DATE_UNITS = new Set(['ngày', 'tháng', 'quý', 'năm', 'khóa', 'số']);
/** Which part of a period: "nửa đầu năm ngoái", "cuối tháng trước". */
const PARTS = new Set(['đầu', 'cuối', 'giữa']);
/** "những năm trước", "nhiều tháng qua": periods in general, no time. */
const PLURAL = new Set(['những', 'các', 'nhiều', 'mấy', 'vài']);

/** A lone "năm" reads as the figure five; here it is the year. */
const wordOf = (token: Token | undefined) => (token?.weak ? 'năm' : token?.word);

interface RelativeTime {
  /** One form for each meaning: "tuần qua" and "tuần trước" are both "tuần trước". */
  key: string;
  /** The words as the sentence says them. */
  said: string;
}

/** The relative time at `index`, or undefined. */
function relativeTimeAt(tokens: Token[], index: number): RelativeTime | undefined {
  const word = wordOf(tokens[index]);
  let next = wordOf(tokens[index + 1]);
  if (!word || tokens[index + 1]?.breakBefore) return undefined;
  const said = (from: number, to: number) => tokens.slice(from, to + 1).map((token) => (token.value !== undefined && !token.weak ? String(token.value) : wordOf(token))).join(' ');
  // "ngày nay" is "nowadays", no day.
  if (DAYS.has(word) && next && FROM_TODAY.has(next) && !(word === 'ngày' && next === 'nay')) return { key: `${word} ${next}`, said: said(index, index + 1) };
  const before = tokens[index - 1];
  // "tháng 11 năm ngoái": the figure is the month's, not a count of years.
  const counted = before?.value !== undefined && !before.weak && !DATE_UNITS.has(wordOf(tokens[index - 2]) ?? '');
  // "hai ngày trước" counts days; "ngày trước" alone is "formerly".
  if (!(PERIODS.has(word) || (word === 'ngày' && counted)) || PLURAL.has(wordOf(before) ?? '')) return undefined;
  const skip = next === 'vừa' ? 1 : 0;
  next = wordOf(tokens[index + 1 + skip]);
  if (!next || !(next in FROM_NOW)) return undefined;
  const half = wordOf(tokens[index - 2]) === 'nửa';
  const part = PARTS.has(wordOf(before) ?? '') ? `${half ? 'nửa ' : ''}${wordOf(before)} ` : '';
  const count = counted ? `${before!.value} ` : '';
  const start = index - (part ? (half ? 2 : 1) : count ? 1 : 0);
  return { key: `${part}${count}${word} ${FROM_NOW[next]}`, said: said(start, index + 1 + skip) };
}

/** Every relative time of a sentence. */
export function relativeTimesOf(tokens: Token[]): RelativeTime[] {
  return tokens.flatMap((_, index) => relativeTimeAt(tokens, index) ?? []);
}

/**
 * The relative times of a draft sentence ("hôm qua", "một tuần trước", "nửa cuối năm ngoái") that
 * no source sentence says, as the draft says them: a bulletin is played days after the article, so
 * a time said from today holds only as the article says it, and one it does not say is a changed date.
 */
export function relativeTimesUnstated(draft: Token[], sentences: Token[][]): string[] {
  const stated = new Set(sentences.flatMap((tokens) => relativeTimesOf(tokens).map((time) => time.key)));
  return relativeTimesOf(draft).filter((time) => !stated.has(time.key)).map((time) => time.said);
}
