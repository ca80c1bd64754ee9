import { isForeignWord } from './foreign-names.ts';
import { officeHolderStart } from './office-person.ts';

/**
 * The checkable facts of a Vietnamese text: document codes (05-CT/TW, 168/2024/NĐ-CP), dates,
 * percentages, numbers and proper names. Read in that order, each span counted once.
 */
export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

export type Fact =
  | { kind: 'code'; value: string; key: string }
  | { kind: 'date'; value: string; date: DateParts }
  | { kind: 'percent' | 'number'; value: string; numbers: number[] }
  | { kind: 'name'; value: string; alternatives: string[]; acronym: boolean };

const TIME_WORD = '(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|nay)';
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** Capitalized words that start sentences or name offices generically; alone they identify no one. */
const GENERIC = new Set(
  'Đảng Nhà Chính Quốc Ngành Tỉnh Thành Bộ Sở Ban Viện Tòa Toà Nhân Dân Đồng Chí Bác Ông Bà Anh Chị Theo Trong Tin Kính Thưa Thủ Tổng Phó Chủ Trung Ủy Uỷ Hội Đoàn Công Cục Vụ Phòng Đại Tiến Sau Trước Ngày Tháng Năm Các Những Khi Tại Với Về Đây Điểm Hoạt Cuối Tiếp Mở Chuyển Chỉ Nghị Quyết Luật Thông Kết Hiến Bản Chương Điều Khoản'.split(' '),
);

/** Ordinals and weekdays written with a capital after "thứ" (kỳ họp thứ Tư, thứ Hai): a count or a day, never a name. */
const ORDINALS_AFTER_THU = new Set('Nhất Nhì Hai Ba Tư Bốn Năm Sáu Bảy Tám Chín Mười'.split(' '));

/** The most common Vietnamese family names: a sentence starting with one starts with a person's name. */
const SURNAMES = new Set('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Mai Tạ Châu Cao Hà Lưu Tô Đinh Thái Quách Kiều Lương'.split(' '));

function validDay(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Every value a written number can mean: "1.234" is 1234 (Vietnamese) or 1.234 (English). */
export function numberValues(token: string): number[] {
  const values = new Set<number>();
  if (/^\d+$/.test(token)) values.add(Number.parseInt(token, 10));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(token)) values.add(Number(token.replace(/\./g, '').replace(',', '.')));
  if (/^\d+,\d+$/.test(token)) values.add(Number(token.replace(',', '.')));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) values.add(Number(token.replace(/,/g, '')));
  if (/^\d+\.\d+$/.test(token)) values.add(Number(token));
  return [...values].filter((value) => Number.isFinite(value));
}

function codeKey(code: string): string {
  return code
    .normalize('NFC')
    .toUpperCase()
    .replace(/\u00d0/g, 'Đ')
    .replace(/\d+/g, (digits) => String(Number.parseInt(digits, 10)));
}

interface Span {
  start: number;
  end: number;
}

export function extractFacts(input: string): Fact[] {
  const text = input.normalize('NFC');
  const facts: Fact[] = [];
  const taken: Span[] = [];
  const free = (start: number, end: number) => !taken.some((span) => start < span.end && end > span.start);
  const scan = (pattern: RegExp, onMatch: (match: RegExpExecArray) => Fact | null) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      const fact = onMatch(match);
      if (!fact) continue;
      taken.push({ start, end });
      facts.push(fact);
    }
  };

  scan(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)+(?![\p{L}\p{N}])/gu, (match) => {
    const code = match[0];
    if (!code.includes('/') || !/\p{N}/u.test(code) || !/\p{Lu}/u.test(code)) return null;
    return { kind: 'code', value: code, key: codeKey(code) };
  });
  scan(/(?<![\p{N}/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}])/gu, (match) => {
    const [day, month, year] = [match[1], match[3], match[4]].map(Number) as [number, number, number];
    return validDay(day, month) ? { kind: 'date', value: match[0], date: { day, month, year } } : null;
  });
  scan(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu, (match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    const year = match[3] ? Number(match[3]) : undefined;
    return validDay(day, month) ? { kind: 'date', value: match[0], date: { day, month, year } } : null;
  });
  scan(/tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(\d{4})(?![\p{N}])/giu, (match) => {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 ? { kind: 'date', value: match[0], date: { month, year } } : null;
  });
  scan(/(?<![\p{N}/.,-])(\d{1,2})\/(\d{1,2})(?![\p{N}/])/gu, (match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    return validDay(day, month) ? { kind: 'date', value: match[0], date: { day, month } } : null;
  });
  scan(new RegExp(`(?<=${TIME_WORD}\\s+\\(?)(\\d{1,2})[.-](\\d{1,2})(?![\\p{N}/.-])`, 'giu'), (match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    return validDay(day, month) ? { kind: 'date', value: match[0], date: { day, month } } : null;
  });
  scan(/tháng\s+(\d{1,2})(?![\p{N}/.,])/giu, (match) => {
    const month = Number(match[1]);
    return month >= 1 && month <= 12 ? { kind: 'date', value: match[0], date: { month } } : null;
  });
  scan(/(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)\s*(?:%|phần trăm)/gu, (match) => ({
    kind: 'percent',
    value: match[0],
    numbers: numberValues(match[1]!),
  }));
  scan(/(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)(?![\p{N}])(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?/gu, (match) => {
    const raw = numberValues(match[1]!);
    const scale = match[2] ? SCALES[match[2]] ?? 1 : 1;
    return { kind: 'number', value: match[0], numbers: [...raw, ...raw.map((value) => value * scale)] };
  });

  facts.push(...extractNames(text, taken));
  return facts;
}

/** Runs of capitalized words; a sentence's first word is capitalized by grammar, so it may be dropped. */
function extractNames(text: string, taken: Span[]): Fact[] {
  const masked = taken.reduce((current, span) => current.slice(0, span.start) + '|'.repeat(span.end - span.start) + current.slice(span.end), text);
  const facts: Fact[] = [];
  const words = [...masked.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*/gu)].map((match) => ({ word: match[0], start: match.index ?? 0 }));
  let run: Array<{ word: string; start: number }> = [];
  let runInitial = false;
  const flush = () => {
    if (run.length > 0) {
      const words = run.map((entry) => entry.word);
      const holder = officeHolderStart(words, masked.slice(Math.max(0, run[0]!.start - 120), run[0]!.start), SURNAMES);
      const parts: Array<[string[], boolean]> = holder > 0 ? [[words.slice(0, holder), runInitial], [words.slice(holder), false]] : [[words, runInitial]];
      for (const [part, initial] of parts) {
        const fact = nameFact(part, initial);
        if (fact) facts.push(fact);
      }
    }
    run = [];
  };
  words.forEach((entry, index) => {
    const previous = words[index - 1];
    const gap = previous ? masked.slice(previous.start + previous.word.length, entry.start) : '';
    const capital = /^\p{Lu}/u.test(entry.word);
    const ordinal = capital && previous?.word.toLowerCase() === 'thứ' && gap === ' ' && ORDINALS_AFTER_THU.has(entry.word);
    if (!capital || ordinal || (run.length > 0 && gap !== ' ')) flush();
    if (!capital || ordinal) return;
    // A quotation mark opens a sentence only right before its word: in 'và "ông bầu" Khắc Việt' it closes one.
    if (run.length === 0) runInitial = !previous || /[.!?…:;(\n|–—]|\s-\s|["“]$/u.test(gap);
    run.push(entry);
  });
  flush();
  return facts;
}

function nameFact(words: string[], sentenceInitial: boolean): Fact | null {
  const value = words.join(' ');
  const acronym = words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(value);
  if (words.length === 1) {
    if (acronym) return { kind: 'name', value, alternatives: [value], acronym: true };
    // A sentence may start with a capitalized common word, never with a word no Vietnamese syllable spells ("William và Meghan …").
    if ((sentenceInitial && !isForeignWord(value)) || GENERIC.has(value) || value.length < 2) return null;
    return { kind: 'name', value, alternatives: [value], acronym: false };
  }
  if (!sentenceInitial) return { kind: 'name', value, alternatives: [value], acronym: false };
  const tail = words.slice(1);
  // "Huỳnh Anh phối vest …": after a family name, a word that is generic alone is a given name.
  if (tail.length === 1 && GENERIC.has(tail[0]!)) return SURNAMES.has(words[0]!) ? { kind: 'name', value, alternatives: [value], acronym: false } : null;
  // Reported without the sentence's first word (capitalized by grammar) unless that word is a family name.
  const reported = SURNAMES.has(words[0]!) ? value : tail.join(' ');
  return { kind: 'name', value: reported, alternatives: [value, tail.join(' ')], acronym: false };
}
