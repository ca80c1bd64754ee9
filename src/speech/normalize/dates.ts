import { parseRomanNumeral } from './roman-numeral.ts';
import { readInteger, readOrdinal, type NumberWords } from './read-number.ts';
import { wordAfter, wordsBefore } from './text-context.ts';

/**
 * Dates as the Vietnamese press writes them: 15/5/2016, 15-5-2016, 20.6.2025, ngày 1/7, ngày 30-4,
 * tháng 12/2025, quý III/2026, từ 20-30/4, từ 01-12/2025, with ranges read with "đến". A date gets
 * "ngày" in front unless the text already says "ngày", "mùng", "mồng" or "hôm".
 */

/** Start and end of a numeric token: not inside a longer number, date or code. */
export const B = '(?<![\\p{L}\\p{N}.,/:-])';
export const E = '(?![\\p{N}]|[.,/:-]\\p{N})';

/** Words after which "d/m" is a date even when "24/7" could mean round the clock. */
const DATE_CONTEXT = new Set(['ngày', 'mùng', 'mồng', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'từ', 'đến', 'tới', 'vào', 'lúc', 'dịp', 'lễ', 'hạn']);
/** Quantity words before "a/b" that make it a fraction ("chiếm 1/4", "khoảng 2/3", "giảm 1/2"). */
const FRACTION_BEFORE = new Set(['khoảng', 'gần', 'hơn', 'trên', 'dưới', 'chiếm', 'giảm', 'tăng', 'bằng', 'còn', 'mất', 'thêm', 'chỉ', 'đạt', 'chia', 'hưởng', 'nhận']);
/** Words that, following "a/b", make it a fraction ("1/3 số vụ", "2/3 diện tích"). */
const FRACTION_FOLLOW = new Set(['số', 'tổng', 'diện', 'dân', 'lượng', 'các', 'những', 'trong', 'thời', 'quân', 'quyền', 'giá', 'tài', 'di', 'khối', 'phần', 'mức']);
const DAY_PREFIXES = new Set(['ngày', 'mùng', 'mồng', 'hôm']);
/** Names that contain a date, read without "ngày": đường 30/4, cầu 3/2, Công viên 23/9, Quốc khánh 2/9, dịp 30/4. */
const NAME_BEFORE = new Set([
  'đường', 'phố', 'cầu', 'chợ', 'công viên', 'quảng trường', 'hội trường', 'sân vận động', 'khu phố', 'bến', 'trường', 'giải', 'cúp',
  'quốc khánh', 'kỷ niệm', 'lễ', 'dịp', 'mừng', 'chào mừng', 'tết', 'khởi nghĩa', 'phong trào', 'đại lộ',
]);
/** Words before a house or lane number ("số 12/3", "hẻm 45/2"), never a date. */
const ADDRESS_BEFORE = new Set(['số', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'nhà']);
/** Nouns that make "a/b" a count of a whole ("12/12 chỉ tiêu", "9/10 huyện"), read "trên". */
const COUNTED = new RegExp(
  `^\\s*(?:${[
    'chỉ tiêu', 'tiêu chí', 'xã', 'phường', 'thị trấn', 'huyện', 'tỉnh', 'thành phố', 'thành', 'đơn vị', 'hộ', 'người', 'bị cáo', 'bị can',
    'đảng viên', 'đại biểu', 'trường', 'cơ sở', 'doanh nghiệp', 'dự án', 'thôn', 'ấp', 'khóm', 'khu', 'cơ quan', 'vụ', 'việc', 'hồ sơ',
    'thủ tục', 'nhiệm vụ', 'nội dung', 'trận', 'phiếu', 'thành viên', 'quốc gia', 'nước', 'địa phương', 'sở', 'ngành', 'bộ', 'chi bộ',
    'đảng bộ', 'tổ chức', 'ý kiến', 'mục tiêu', 'công trình', 'học sinh', 'thí sinh', 'giải pháp', 'tập thể', 'cá nhân', 'lượt', 'ca',
    'bệnh nhân', 'vị trí', 'ghế', 'điểm', 'câu', 'bàn', 'ván', 'phòng', 'ban', 'đề án', 'kiến nghị', 'đoàn', 'trạm', 'tuyến', 'chương trình',
    'tuần', 'ngày(?!\\s+càng)',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;

function month(m: number, words: NumberWords): string {
  return m === 4 ? 'tư' : readInteger(String(m), words);
}

function dayPrefix(text: string, offset: number): string {
  return DAY_PREFIXES.has(wordsBefore(text, offset)) ? '' : 'ngày ';
}

function fraction(a: string, b: string, words: NumberWords): string {
  return `${readInteger(a, words)} phần ${Number(b) === 4 ? 'tư' : readInteger(b, words)}`;
}

function ratio(a: string, b: string, words: NumberWords): string {
  return `${readInteger(a, words)} trên ${readInteger(b, words)}`;
}

/** The word or two before `offset` name a street, a place or a holiday ("đường 30/4", "Quốc khánh 2/9"). */
function isName(text: string, offset: number): boolean {
  return NAME_BEFORE.has(wordsBefore(text, offset)) || NAME_BEFORE.has(wordsBefore(text, offset, 2));
}

/** "Ngày Giải phóng miền Nam 30/4", "Ngày Quốc tế Phụ nữ 8/3": the event name already said "Ngày". */
function namesAnEvent(text: string, offset: number): boolean {
  return /Ngày(?:\s+\p{Lu}[\p{L}]*)(?:\s+[\p{L}]+){0,6}\s*$/u.test(text.slice(Math.max(0, offset - 60), offset));
}

/** "dịp 30/4 và 1/5", "ngày 2/9, 3/9": the second date of a list is read like the first, without "ngày". */
function continuesDates(text: string, offset: number): boolean {
  return /\d{1,2}\/\d{1,2}\s*(?:và|hoặc|,)\s*$/u.test(text.slice(Math.max(0, offset - 20), offset));
}

function dayMonth(d: number, m: number, words: NumberWords): string {
  return `${readInteger(String(d), words)} tháng ${month(m, words)}`;
}

function year(y: string, words: NumberWords): string {
  return ` năm ${readInteger(y, words)}`;
}

export function normalizeDates(text: string, words: NumberWords): string {
  let out = text;

  // d/m - d/m/yyyy, d/m/yyyy - d/m/yyyy, 4.1.2017 - 4.1.2018 (dotted dates only with years)
  out = out.replace(
    new RegExp(`${B}(\\d{1,2})([/.])(\\d{1,2})(?:\\2(\\d{4}))?\\s*[-–—]\\s*(\\d{1,2})\\2(\\d{1,2})(?:\\2(\\d{4}))?${E}`, 'gu'),
    (match, d1, sep, m1, y1, d2, m2, y2, offset: number, all: string) => {
      if (![d1, d2].every((d) => validDay(Number(d))) || ![m1, m2].every((m) => validMonth(Number(m)))) return match;
      if (sep === '.' && !(y1 && y2)) return match;
      // "nghỉ lễ 30/4 - 1/5", "dịp 30/4-1/5": two holidays named together, not a span.
      if (!y1 && !y2 && isName(all, offset)) return `${dayMonth(Number(d1), Number(m1), words)} và ${dayMonth(Number(d2), Number(m2), words)}`;
      const first = `${dayPrefix(all, offset)}${dayMonth(Number(d1), Number(m1), words)}${y1 ? year(y1, words) : ''}`;
      return `${first} đến ngày ${dayMonth(Number(d2), Number(m2), words)}${y2 ? year(y2, words) : ''}`;
    },
  );

  // Full dates: 15/5/2016, 15-5-2016, 20.6.2025
  out = out.replace(new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`, 'gu'), (match, d, _sep, m, y, offset: number, all: string) => {
    if (!validDay(Number(d)) || !validMonth(Number(m))) return match;
    return `${dayPrefix(all, offset)}${dayMonth(Number(d), Number(m), words)}${year(y, words)}`;
  });

  // Month ranges with a year: từ 01-12/2025, từ tháng 1 - 7.2017
  out = out.replace(new RegExp(`${B}(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})[/.](\\d{4})${E}`, 'gu'), (match, m1, m2, y, offset: number, all: string) => {
    if (!validMonth(Number(m1)) || !validMonth(Number(m2))) return match;
    const first = wordsBefore(all, offset) === 'tháng' ? '' : 'tháng ';
    return `${first}${month(Number(m1), words)} đến tháng ${month(Number(m2), words)}${year(y, words)}`;
  });

  // Day ranges in one month: từ 20-30/4, 20-30/4/2025, 14-20.2.2018 (dotted only with a year)
  out = out.replace(new RegExp(`${B}(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})([/.])(\\d{1,2})(?:\\3(\\d{4}))?${E}`, 'gu'), (match, d1, d2, sep, m, y, offset: number, all: string) => {
    if (!validDay(Number(d1)) || !validDay(Number(d2)) || !validMonth(Number(m)) || (sep === '.' && !y)) return match;
    const to = `${readInteger(d2, words)} tháng ${month(Number(m), words)}${y ? year(y, words) : ''}`;
    return `${dayPrefix(all, offset)}${readInteger(d1, words)} đến ngày ${to}`;
  });

  // tháng 12/2025, tháng 5-2025, quý III/2026, quý 3/2026
  out = out.replace(/(?<![\p{L}])(tháng|Tháng|quý|Quý)\s+(\d{1,2}|[IV]{1,3})\s*[/.-]\s*(\d{4})(?!\p{N})/gu, (match, unit: string, value: string, y: string) => {
    const n = /\d/.test(value) ? Number(value) : parseRomanNumeral(value);
    if (n === null || (unit.toLowerCase() === 'tháng' ? !validMonth(n) : n < 1 || n > 4)) return match;
    const spoken = unit.toLowerCase() === 'tháng' ? month(n, words) : readInteger(String(n), words);
    return `${unit} ${spoken}${year(y, words)}`;
  });

  // ngày 30-4, ngày 8.11, đường 30-4, Sáng 8-3: a dash or dot date only after a word that announces it.
  // After "từ" and "đến" a dash pair is a range ("từ 3-5 năm") unless it descends, which no range
  // does ("từ 22-8"), or ends the clause, where a range would name what it counts ("Từ 1-7, …").
  out = out.replace(
    /(?<![\p{L}])(ngày|mùng|mồng|đường|lễ|dịp|sáng|trưa|chiều|tối|đêm|hôm|nay|từ|đến)\s+(\d{1,2})([.-])(\d{1,2})(?![\p{N}]|[.,/-]\p{N}|\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|%|lần|giờ|phút|tiếng))/giu,
    (match, prefix: string, d: string, sep: string, m: string, offset: number, all: string) => {
      const range = ['từ', 'đến'].includes(prefix.toLowerCase()) && sep === '-' && Number(d) < Number(m) && !/^\s*(?:[,;]|\.(?!\p{N})|$)/u.test(all.slice(offset + match.length));
      if (!validDay(Number(d)) || !validMonth(Number(m)) || range) return match;
      const day = ['đường', 'lễ', 'dịp'].includes(prefix.toLowerCase()) ? '' : dayPrefix(all, offset + prefix.length + 1);
      return `${prefix} ${day}${dayMonth(Number(d), Number(m), words)}`;
    },
  );

  // "Sáng nay, 6-2, ông …": the day and month set off by commas after the time of day, as in brackets.
  out = out.replace(/(?<![\p{L}])(nay|sáng|trưa|chiều|tối|đêm),\s+(\d{1,2})[.-](\d{1,2})(?=\s*,)/giu, (match, prefix: string, d: string, m: string) => {
    if (!validDay(Number(d)) || !validMonth(Number(m))) return match;
    return `${prefix}, ngày ${dayMonth(Number(d), Number(m), words)}`;
  });

  // 12/2024 without "tháng" is a month and year; "số 21/2019" and "13/2025" a document number and year.
  out = out.replace(new RegExp(`${B}(\\d{1,4})/((?:19|20)\\d{2})${E}`, 'gu'), (match, n: string, y: string, offset: number, all: string) => {
    if (wordsBefore(all, offset) === 'số' || !validMonth(Number(n))) return `${readInteger(n, words)}${year(y, words)}`;
    return `tháng ${month(Number(n), words)}${year(y, words)}`;
  });

  // "Sáng nay (6-2)": a day and month in brackets, the way Tuổi Trẻ and Nhân Dân date a story.
  out = out.replace(/\((\d{1,2})[-.](\d{1,2})\)/gu, (match, d, m, offset: number, all: string) => {
    if (!validDay(Number(d)) || !validMonth(Number(m))) return match;
    return `(${dayPrefix(all, offset)}${dayMonth(Number(d), Number(m), words)})`;
  });

  // "24/7" is round the clock, not the 24th of July.
  out = out.replace(/(?<![\p{N}/])24\/7(?![\p{N}/])/gu, (match, offset: number, all: string) => (DATE_CONTEXT.has(wordsBefore(all, offset)) ? match : 'hai mươi tư trên bảy'));

  // d/m: a date, a ratio or a fraction, decided by the neighbouring words.
  out = out.replace(new RegExp(`${B}(\\d{1,2})/(\\d{1,2})${E}`, 'gu'), (match, a: string, b: string, offset: number, all: string) => {
    const d = Number(a);
    const m = Number(b);
    if (m === 0) return match;
    const before = wordsBefore(all, offset);
    const after = all.slice(offset + match.length, offset + match.length + 40);
    // A rank: "xếp thứ 12/63" → "thứ mười hai trên sáu mươi ba".
    if (before === 'thứ' || before === 'hạng') return `${readOrdinal(d, words)} trên ${readInteger(b, words)}`;
    // A house or lane number: "số 12/3", "hẻm 45/2" → "mười hai trên ba".
    if (ADDRESS_BEFORE.has(before)) return ratio(a, b, words);
    const date = validDay(d) && validMonth(m);
    if (date && (isName(all, offset) || namesAnEvent(all, offset) || continuesDates(all, offset))) return dayMonth(d, m, words);
    if (date && DATE_CONTEXT.has(before)) return `${dayPrefix(all, offset)}${dayMonth(d, m, words)}`;
    if (FRACTION_FOLLOW.has(wordAfter(all, offset + match.length))) return fraction(a, b, words);
    // "12/12 chỉ tiêu", "45/45 đảng viên": how many of how many.
    if (d <= m && COUNTED.test(after)) return ratio(a, b, words);
    if (FRACTION_BEFORE.has(before)) return d < m ? fraction(a, b, words) : ratio(a, b, words);
    if (!date) return d < m && m <= 10 ? fraction(a, b, words) : ratio(a, b, words);
    // News text dates far more often than it divides: a valid d/m is a date unless a quantity word says otherwise.
    return `${dayPrefix(all, offset)}${dayMonth(d, m, words)}`;
  });

  // "102/102 xã", "150/163 hồ sơ": larger counts of counts (years and document codes were read above).
  out = out.replace(new RegExp(`${B}(\\d{1,5})/(\\d{1,5})${E}`, 'gu'), (_m, a: string, b: string) => ratio(a, b, words));

  return out;
}
