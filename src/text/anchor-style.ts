import { vietnamParts } from '../domain/vietnam-time.ts';

/** Newsreader phrasing shared by the summarizers: attribution, dates, sentence joins. */

/** Day and month of an ISO instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), e.g. "26/11". */
export function localDayMonth(iso: string | null | undefined): string | null {
  const parts = localDateParts(iso);
  return parts ? `${parts.day}/${parts.month}` : null;
}

export function localDateParts(iso: string | null | undefined): { day: number; month: number; year: number } | null {
  return vietnamParts(iso);
}

/** "Báo Nhân Dân" is written "báo Nhân Dân" after "Theo"; "Báo và Phát thanh, …" and "Cổng Thông tin …" keep their capital. */
export function outletAsObject(name: string): string {
  return name.trim().replace(/^Báo (?=\p{Lu})/u, 'báo ');
}

const TIME_LEAD = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm nay|Hôm qua|Rạng sáng|Chiều tối|Sáng sớm|Cuối tuần|Đầu tuần|Trong ngày|Từ ngày|Tuần qua|Tuần này)(?!\p{L})/u;

/**
 * "Theo báo Nhân Dân ngày 26/11" — the outlet and its publication date. The date is left out when
 * the sentence that follows already opens with a time ("Sáng 25/11, …"), which the listener needs more.
 */
export function attribution(source: { name: string; published: string | null }, firstSentence: string): string {
  const date = localDayMonth(source.published);
  const withDate = date !== null && !TIME_LEAD.test(firstSentence.trim());
  return `Theo ${outletAsObject(source.name)}${withDate ? ` ngày ${date}` : ''}`;
}

/** Titles and institutions that keep their capital after "Theo …,". */
const KEEP_CAPITAL = /^(?:Thủ tướng|Chủ tịch|Tổng Bí thư|Bộ trưởng|Thứ trưởng|Phó Thủ tướng|Phó Chủ tịch|Bí thư|Viện trưởng|Chánh án|Đại sứ|Tổng thống|Thủ tướng|Quốc hội|Chính phủ|Đảng|Nhà nước|Tỉnh ủy|Thành ủy|Ban Bí thư|Bộ Chính trị)(?!\p{L})/u;

/**
 * Joins "Theo …" and a source sentence: the sentence's first letter drops its capital unless it
 * starts a name. A sentence with its own "Theo …" becomes "Báo X ngày d/m đưa tin, theo …".
 */
export function withAttribution(lead: string, sentence: string, sourceText?: string): string {
  const trimmed = sentence.trim();
  if (/^Theo\s/u.test(trimmed)) {
    const outlet = lead.replace(/^Theo\s+/u, '');
    return `${outlet.charAt(0).toUpperCase()}${outlet.slice(1)} đưa tin, ${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
  }
  const words = trimmed.split(/\s+/);
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  // "Tại Hội nghị …" opens on a common word even though a name follows it.
  const opener = FUNCTION_OPENERS.has(first.replace(/[^\p{L}\p{M}]/gu, '').toLowerCase());
  const startsName = (!opener && /^\p{Lu}/u.test(second)) || /^[\p{Lu}\p{N}]{2,}/u.test(first) || KEEP_CAPITAL.test(trimmed) || (sourceText !== undefined && !usedInLowercase(first, sourceText));
  const body = startsName ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  return `${lead}, ${body}`;
}

/** Function words that open a sentence and never begin a name, even before a capitalized word. */
const FUNCTION_OPENERS = new Set('tại trong theo với từ đến khi sau trước về để các những một nhiều cũng qua bằng nhờ đối tùy'.split(' '));

/** Words that open news sentences and are never names. */
const COMMON_OPENERS = new Set('ngày sáng chiều tối trưa đêm hôm sau trước trong tại theo cũng với từ đến khi năm tháng tuần hiện để các những một nhiều đây đó này qua tính dự đại lực cơ ban bằng nhờ rút tranh trao liên về đối thực tùy cho bắt giai người hành'.split(' '));

/** A one-syllable name ("Hiếu khai …") never appears in lowercase in its own article; a common word does. */
function usedInLowercase(word: string, text: string): boolean {
  const lower = word.replace(/[^\p{L}\p{M}]/gu, '').toLowerCase();
  if (!lower || COMMON_OPENERS.has(lower)) return true;
  return new RegExp(`(?<![\\p{L}\\p{M}])${lower}(?![\\p{L}\\p{M}])`, 'u').test(text.normalize('NFC'));
}
