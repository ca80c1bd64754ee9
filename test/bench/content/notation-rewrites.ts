/**
 * Meaning-preserving rewrites that editors and language models make to a news sentence, each made
 * by rule: place forms, acronyms, number, date and time notation, Roman ordinals, units, honorifics,
 * a clause or lead-in dropped, two sentences merged, "đã"/"vừa" dropped, titles and capitals. A
 * family holds several rules; a draft gets one rule (every match of it), so a flag names its cause.
 */
import { decimalInWords, integerInWords } from './number-words.ts';

/** What a rule may read besides its sentence: the next sentence and the whole article. */
export interface RewriteContext {
  next?: string;
  article: string;
}

/** One rule: the rewritten sentence, or undefined when the sentence has nothing it rewrites. */
type Rule = (sentence: string, context: RewriteContext) => string | undefined;

export interface RewriteFamily {
  name: string;
  rules: Array<[string, Rule]>;
}

const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const word = (pattern: string, flags = 'gu') => new RegExp(`${BEFORE}(?:${pattern})${AFTER}`, flags);
const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';

/** A rule that replaces every match; undefined when nothing matched or nothing changed. */
function replacing(pattern: RegExp, replace: (match: string, ...groups: string[]) => string | undefined): Rule {
  return (sentence) => {
    const result = sentence.replace(pattern, (match, ...rest) => replace(match, ...(rest.slice(0, -2) as string[])) ?? match);
    return result === sentence ? undefined : result;
  };
}

const swap = (from: string, to: string, flags = 'gu'): Rule => replacing(word(from, flags), () => to);

// Place forms
const HCM_SHORT = 'TP\\.? ?HCM|TPHCM|TP\\.? Hồ Chí Minh|Tp\\.? ?HCM';
const PROVINCES = ['Đồng Tháp', 'Tiền Giang', 'Vĩnh Long', 'Sóc Trăng', 'An Giang', 'Quảng Trị', 'Tây Ninh', 'Cà Mau', 'Long An', 'Bến Tre', 'Cần Thơ', 'Kiên Giang', 'Hậu Giang', 'Bạc Liêu', 'Trà Vinh', 'Sơn La', 'Lai Châu', 'Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình', 'Hà Giang'];
const placeForms: RewriteFamily = {
  name: 'place form',
  rules: [
    ['TP HCM → Thành phố Hồ Chí Minh', swap(HCM_SHORT, 'Thành phố Hồ Chí Minh')],
    ['Thành phố Hồ Chí Minh → TP.HCM', swap('[Tt]hành phố Hồ Chí Minh', 'TP.HCM')],
    ['tỉnh X → X', replacing(new RegExp(`${BEFORE}tỉnh (?=${NAME_WORD})`, 'gu'), () => '')],
    ['X → tỉnh X', replacing(new RegExp(`(?<!(?:tỉnh|huyện|xã|thị xã|thành phố|TP|[\\p{Lu}][\\p{L}\\p{M}]*) )${BEFORE}(${PROVINCES.join('|')})(?! Mười)${AFTER}`, 'gu'), (match) => `tỉnh ${match}`)],
    ['TP Hà Nội → Hà Nội', swap('TP\\.? ?Hà Nội', 'Hà Nội')],
    [', tỉnh X → (X)', replacing(new RegExp(`, tỉnh (${NAME_WORD}(?: ${NAME_WORD}){0,2})(?=[.;,]| và)`, 'gu'), (_match, province) => ` (${province})`)],
    ['quận 12 → Quận 12', replacing(/(?<![\p{L}])quận (?=\d)/gu, () => 'Quận ')],
    ['Hà Nội → thành phố Hà Nội', replacing(new RegExp(`(?<=(?:^|[,(:]|\\s[\\p{Ll}\\p{M}]+)\\s?)${BEFORE}Hà Nội${AFTER}`, 'gu'), () => 'thành phố Hà Nội')],
    ['TP X → thành phố X', replacing(new RegExp(`${BEFORE}TP\\.? (?=${NAME_WORD})`, 'gu'), () => 'thành phố ')],
    ['H./Q. X → huyện/quận X', replacing(/(?<![\p{L}])([HQ])\.\s*(?=\p{Lu})/gu, (_match, letter) => (letter === 'H' ? 'huyện ' : 'quận '))],
  ],
};

// Institution acronyms, each with the full name an editor would write instead.
const ACRONYMS: Array<[string, string]> = [
  ['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân'], ['VKSND', 'Viện Kiểm sát nhân dân'], ['TAND', 'Tòa án nhân dân'],
  ['CSĐT', 'Cảnh sát điều tra'], ['CQĐT', 'cơ quan điều tra'], ['BHXH', 'Bảo hiểm xã hội'], ['THPT', 'trung học phổ thông'],
  ['LHQ', 'Liên hợp quốc'], ['ĐBQH', 'đại biểu Quốc hội'], ['MTTQ', 'Mặt trận Tổ quốc'], ['HĐQT', 'Hội đồng quản trị'],
  ['BLHS', 'Bộ luật Hình sự'], ['TNHS', 'trách nhiệm hình sự'], ['T\\.Ư', 'Trung ương'], ['UBKT', 'Ủy ban Kiểm tra'],
  ['TNCS', 'Thanh niên Cộng sản'], ['GD&ĐT', 'Giáo dục và Đào tạo'], ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['Cty', 'Công ty'], ['TNHH', 'trách nhiệm hữu hạn'], ['ĐH', 'Đại học'], ['TTXVN', 'Thông tấn xã Việt Nam'],
  ['NTTS', 'nuôi trồng thủy sản'], ['LHTN', 'Liên hiệp Thanh niên'], ['KSND', 'Kiểm sát nhân dân'],
  ['NHNN', 'Ngân hàng Nhà nước'], ['HTX', 'hợp tác xã'], ['GTGT', 'giá trị gia tăng'], ['TNDN', 'thu nhập doanh nghiệp'],
  ['TT&TT', 'Thông tin và Truyền thông'], ['KH&ĐT', 'Kế hoạch và Đầu tư'], ['GTVT', 'Giao thông vận tải'], ['KT-XH', 'kinh tế - xã hội'],
  ['CSHS', 'Cảnh sát hình sự'], ['CSCĐ', 'cảnh sát cơ động'], ['DN', 'doanh nghiệp'], ['ĐBSCL', 'Đồng bằng sông Cửu Long'],
  ['TANDTC', 'Tòa án nhân dân tối cao'], ['VKSNDTC', 'Viện Kiểm sát nhân dân tối cao'], ['CSGT', 'Cảnh sát giao thông'], ['XHCN', 'xã hội chủ nghĩa'], ['BCH', 'Ban Chấp hành'], ['QĐ', 'Quyết định'],
];
const unescape = (pattern: string) => pattern.replace(/\\/g, '');
const acronyms: RewriteFamily = {
  name: 'acronym',
  rules: [
    ['acronym → full name', (sentence) => {
      // Inside a document code ("77/QĐ-TTg") an acronym is part of the code, never spelled out.
      const result = ACRONYMS.reduce((text, [short, long]) => text.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}/-])(?:${short})(?![\\p{L}\\p{M}\\p{N}/-])`, 'gu'), long), sentence)
        .replace(/(?<=Công ty )CP(?![\p{L}])/gu, 'cổ phần')
        .replace(/(?<![\p{L}])SN (?=\d{4})/gu, 'sinh năm ');
      return result === sentence ? undefined : result;
    }],
    ['full name → acronym', (sentence) => {
      const result = ACRONYMS.reduce((text, [short, long]) => text.replace(word(long, 'giu'), unescape(short)), sentence)
        .replace(/(?<=Công ty )cổ phần(?![\p{L}])/giu, 'CP')
        .replace(/(?<![\p{L}])sinh năm (?=\d{4})/gu, 'SN ');
      return result === sentence ? undefined : result;
    }],
    ['country names', (sentence) => {
      const result = sentence
        .replace(new RegExp(`(?<!\\p{Lu}[\\p{L}\\p{M}]* )${BEFORE}(?:Mỹ|Hoa Kỳ)${AFTER}(?! \\p{Lu})`, 'gu'), (match) => (match === 'Mỹ' ? 'Hoa Kỳ' : 'Mỹ'))
        .replace(word('quốc tịch Anh'), 'quốc tịch Vương quốc Anh')
        .replace(word('nước Cộng hòa nhân dân Trung Hoa'), 'Trung Quốc')
        .replace(word('CH Ba Lan'), 'Cộng hòa Ba Lan');
      return result === sentence ? undefined : result;
    }],
  ],
};

// Number notation
const NUMBER_AFTER_NOT_COUNT = '(?<!(?:quận|phường|số|Vụ|khoản|điều|Điều|giai đoạn|lần|thứ|khóa|ngày|tháng|năm|mã|nhóm|đầu|Khu|buồng|T|C|PC) )';
const UNIT_SYMBOL_AHEAD = '(?! ?(?:kg|g|ha|km|m2|%)(?![\\p{L}\\p{M}]))';
const LOWER_NOUN_AHEAD = '(?= (?!(?:kg|g|ha|km|m2|gram|giờ|h|phút|tháng|năm \\d|đến|-|–)(?![\\p{L}\\p{M}]))[\\p{Ll}])';
const SMALL_WORDS = ['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const DIGIT_OF: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const NOT_COUNT_AFTER = '(?<!(?:thứ|lần|tháng|khóa|Thứ) )';
const numberNotation: RewriteFamily = {
  name: 'number notation',
  rules: [
    ['tỉ ↔ tỷ', (sentence) => {
      const result = sentence.replace(word('tỉ|tỷ'), (match) => (match === 'tỉ' ? 'tỷ' : 'tỉ'));
      return result === sentence ? undefined : result;
    }],
    ['1.256 → words', replacing(new RegExp(`${BEFORE}(?<![/.,-])\\d{1,3}(?:\\.\\d{3})+(?![.,/-]?\\p{N})${AFTER}${UNIT_SYMBOL_AHEAD}`, 'gu'), (match) => integerInWords(Number(match.replace(/\./g, ''))))],
    ['1.000.000 đồng → 1 triệu đồng', replacing(/(?<![\p{N}.,])(\d{1,3})((?:\.000)+)(?= đồng)/gu, (_match, head, zeros) => `${head} ${['', 'nghìn', 'triệu', 'tỷ'][zeros!.length / 4]}`)],
    ['small number → words', replacing(new RegExp(`${NUMBER_AFTER_NOT_COUNT}${BEFORE}(?<![/.,:-])0?([1-9]\\d?)(?![.,/:-]\\p{N})${AFTER}${LOWER_NOUN_AHEAD}`, 'gu'), (_match, digits) => integerInWords(Number(digits)))],
    ['N triệu/tỷ → words', replacing(new RegExp(`${BEFORE}(?<![/.,-])(\\d{1,3})(?:,(\\d{1,2}))? (?=(?:nghìn|ngàn|triệu|tỷ|tỉ)${AFTER})`, 'gu'), (_match, whole, fraction) => `${decimalInWords(Number(whole), fraction ?? '')} `)],
    ['decimal → words', replacing(new RegExp(`${BEFORE}(?<![/.,-])(\\d{1,3}),(\\d{1,2})(?![.,]?\\p{N})${AFTER}${UNIT_SYMBOL_AHEAD}`, 'gu'), (_match, whole, fraction) => decimalInWords(Number(whole), fraction!))],
    ['number words → digits', replacing(new RegExp(`${NOT_COUNT_AFTER}${BEFORE}(${SMALL_WORDS.join('|')})${AFTER}(?= (?!(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|lăm|mốt|tư|năm|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)${AFTER})[\\p{Ll}])`, 'gu'), (match) => String(DIGIT_OF[match]))],
    ['% → phần trăm', replacing(/(\d)\s?%/gu, (_match, digit) => `${digit} phần trăm`)],
    ['1.000.000 đồng → một triệu đồng', replacing(/(?<![\p{N}.,])(\d{1,3})((?:\.000)+)(?= đồng)/gu, (_match, head, zeros) => `${integerInWords(Number(head))} ${['', 'nghìn', 'triệu', 'tỷ'][zeros!.length / 4]}`)],
    ['từ X đồng đến Y đồng → từ X đến Y đồng', replacing(/(?<=từ )([\d.,]+(?: (?:nghìn|triệu|tỷ|tỉ))?) (đồng|năm|tháng|ngày|ha|kg|người) đến (?=[\d.,]+(?: (?:nghìn|triệu|tỷ|tỉ))? \2)/gu, (_match, figure) => `${figure} đến `)],
    ['tỷ đồng → tỷ', replacing(/(?<=\d (?:tỷ|tỉ|triệu)) đồng(?![\p{L}])/gu, () => '')],
    ['9.000 viên → 9 nghìn viên', replacing(/(?<![\p{N}.,])(\d{1,3})((?:\.000)+)(?![.,]?\p{N})(?= \p{Ll})/gu, (_match, head, zeros) => `${head} ${['', 'nghìn', 'triệu', 'tỷ'][zeros!.length / 4]}`)],
    ['1,5 tỷ → 1 tỷ 500 triệu', replacing(/(?<![\p{N}.,])(\d{1,3}),(\d) (tỷ|tỉ|triệu)(?![\p{L}])/gu, (_match, whole, tenth, scale) => `${whole} ${scale} ${Number(tenth) * 100} ${scale === 'triệu' ? 'nghìn' : 'triệu'}`)],
    ['1,5 tỷ → một tỷ rưỡi', replacing(/(?<![\p{N}.,])(\d{1,3}),5 (tỷ|tỉ|triệu)(?![\p{L}])/gu, (_match, whole, scale) => `${integerInWords(Number(whole))} ${scale} rưỡi`)],
    ['hơn ↔ trên (before a figure)', replacing(/(?<![\p{L}])(hơn|trên) (?=\d)/gu, (_match, hedge) => (hedge === 'hơn' ? 'trên ' : 'hơn '))],
  ],
};

// Date forms
const DATE = /(?<![\p{L}\p{N}/.,-])(ngày )?(0?[1-9]|[12]\d|3[01])([/.-])(0?[1-9]|1[0-2])(?:\3(\d{4}))?(?![\p{N}\p{L}]|[/.-]\p{N})/gu;
function rewriteDates(form: (day: number, month: number, year: string | undefined, separator: string, hadNgay: boolean) => string | undefined): Rule {
  return (sentence) => {
    let changed = false;
    const result = sentence.replace(DATE, (match, ngay: string | undefined, day: string, separator: string, month: string, year: string | undefined) => {
      if (separator === '.' && !year) return match;
      const rewritten = form(Number(day), Number(month), year, separator, ngay !== undefined);
      if (rewritten === undefined) return match;
      changed = true;
      return rewritten;
    });
    return changed && result !== sentence ? result : undefined;
  };
}
const MONTH_YEAR = /(?<=tháng )(0?[1-9]|1[0-2])[/.-](\d{4})(?!\p{N})/gu;
const dateForms: RewriteFamily = {
  name: 'date form',
  rules: [
    ['D/M/YYYY → ngày D tháng M năm YYYY', rewriteDates((day, month, year) => (year ? `ngày ${day} tháng ${month} năm ${year}` : undefined))],
    ['D/M → ngày D tháng M', rewriteDates((day, month, year) => (year ? undefined : `ngày ${day} tháng ${month}`))],
    ['D/M ↔ D-M', rewriteDates((day, month, year, separator, hadNgay) => `${hadNgay ? 'ngày ' : ''}${day}${separator === '/' ? '-' : '/'}${month}${year ? `${separator === '/' ? '-' : '/'}${year}` : ''}`)],
    ['D/M/YYYY → D.M.YYYY', rewriteDates((day, month, year, separator, hadNgay) => (year && separator !== '.' ? `${hadNgay ? 'ngày ' : ''}${day}.${month}.${year}` : undefined))],
    ['tháng M/YYYY → tháng M năm YYYY', replacing(MONTH_YEAR, (_match, month, year) => `${Number(month)} năm ${year}`)],
    ['sáng 5/2 → sáng ngày 5/2', replacing(/(?<![\p{L}])(sáng|trưa|chiều|tối|đêm) (?=\d{1,2}[/-]\d{1,2})/giu, (_match, time) => `${time} ngày `)],
    ['Ngày 6/2, A. → A vào ngày 6/2.', (sentence) => {
      const match = /^(Ngày|Sáng|Trưa|Chiều|Tối) (\d{1,2}\/\d{1,2}(?:\/\d{4})?), ([^,]+ [^,]+[^.]*)\.$/u.exec(sentence);
      if (!match || match[3]!.split(' ').length < 6) return undefined;
      return `${match[3]!.charAt(0).toUpperCase()}${match[3]!.slice(1)} vào ${match[1]!.toLowerCase()} ${match[2]}.`;
    }],
    ['YYYY-YYYY → từ năm YYYY đến năm YYYY', replacing(/(?<![\p{L}\p{N}(])(?:từ )?(?:năm )?(\d{4}) ?[-–] ?(\d{4})(?!\p{N})/gu, (_match, from, to) => `từ năm ${from} đến năm ${to}`)],
    ['YYYY → năm YYYY', replacing(/(?<=(?:vụ |mùa khô |Xuân |cuối |đầu |giữa ))(\d{4})(?!\p{N})/gu, (year) => `năm ${year}`)],
    ['ngày D tháng M năm YYYY → D/M/YYYY', replacing(/ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/gu, (_match, day, month, year) => `ngày ${day}/${month}${year ? `/${year}` : ''}`)],
  ],
};

// Time forms
const timeForms: RewriteFamily = {
  name: 'time form',
  rules: [
    ['20h30 → 20 giờ 30 phút', replacing(/(?<![\p{L}\p{N}])(\d{1,2})h ?(\d{2})?(?! phút)(?![\p{L}\p{N}])/gu, (_match, hour, minute) => `${Number(hour)} giờ${minute ? ` ${minute} phút` : ''}`)],
    ['20h30 → 20 giờ 30', replacing(/(?<![\p{L}\p{N}])(\d{1,2})h(\d{2})(?![\p{L}\p{N}])/gu, (_match, hour, minute) => `${Number(hour)} giờ ${minute}`)],
    ['20 giờ 30 phút → 20h30', replacing(/(?<![\p{L}\p{N}])(\d{1,2})(?: giờ|h) (\d{2}) phút/gu, (_match, hour, minute) => `${Number(hour)}h${minute}`)],
  ],
};

// Roman and Arabic ordinals after the words that take them
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12, XIII: 13, XIV: 14 };
const ROMAN_OF = Object.fromEntries(Object.entries(ROMAN).map(([roman, value]) => [value, roman]));
const ORDINAL_WORDS: Record<string, number> = { hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const ORDINAL_HEAD = '(?<=(?:khóa|khoá|lần thứ|phần|Quân khu) )';
const ordinals: RewriteFamily = {
  name: 'roman ↔ arabic',
  rules: [
    ['khóa XII → khóa 12', replacing(new RegExp(`${ORDINAL_HEAD}([IVX]+)${AFTER}`, 'gu'), (match) => (ROMAN[match] ? String(ROMAN[match]) : undefined))],
    ['thứ năm → thứ 5', replacing(/(?<=(?:lần|ngày|giai đoạn|Đại hội) thứ )(hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{M}])/gu, (match) => String(ORDINAL_WORDS[match]))],
    ['khóa 12 → khóa XII', replacing(new RegExp(`${ORDINAL_HEAD}(\\d{1,2})${AFTER}`, 'gu'), (match) => ROMAN_OF[Number(match)])],
  ],
};

// Units
const UNITS: Array<[string, string]> = [['kg', 'ki-lô-gam'], ['km', 'ki-lô-mét'], ['ha', 'héc-ta'], ['USD', 'đô la Mỹ'], ['m2', 'mét vuông'], ['g|gram', 'gam']];
const units: RewriteFamily = {
  name: 'unit',
  rules: [
    ['symbol → word', (sentence) => {
      const result = UNITS.reduce((text, [symbol, spelled]) => text.replace(new RegExp(`(?<=\\d)\\s?(?:${symbol})${AFTER}`, 'gu'), ` ${spelled}`), sentence);
      return result === sentence ? undefined : result;
    }],
    ['word → symbol', (sentence) => {
      const result = UNITS.reduce((text, [symbol, spelled]) => text.replace(new RegExp(`(?<=\\d )(?:${spelled})${AFTER}`, 'gu'), symbol.split('|')[0]!), sentence);
      return result === sentence ? undefined : result;
    }],
  ],
};

// Honorifics dropped before a name
const honorifics: RewriteFamily = {
  name: 'honorific dropped',
  rules: [
    ['ông/bà X → X', replacing(new RegExp(`(?:(?<=^)(?:Ông|Bà)|${BEFORE}(?:ông|bà)) (?=${NAME_WORD})`, 'gu'), () => '')],
    ['Nguyễn Văn A → A (after the first mention)', (sentence) => {
      const names = [...sentence.matchAll(FULL_NAME)].map((match) => match[0]);
      const repeated = names.find((name, index) => names.indexOf(name) !== index || names.some((other) => other !== name && other.endsWith(name.split(' ').at(-1)!)) ? false : index > 0);
      if (!repeated) return undefined;
      return sentence.replace(new RegExp(`(?<=[\\s,(])${repeated}${AFTER}`, 'u'), repeated.split(' ').at(-1)!);
    }],
    ['ông Nguyễn Văn A → ông A', replacing(new RegExp(`(?<=(?:^(?:Ông|Bà)|${BEFORE}(?:ông|bà)) )(?:${NAME_WORD} ){1,3}(?=\\p{Lu}[\\p{Ll}\\p{M}]+${AFTER}(?! \\p{Lu}))`, 'gu'), () => '')],
  ],
};

const FAMILY_NAMES = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Đinh|Mai|Trương|Lâm|Phùng|Đoàn|Hà|Tạ|Cao|Lương';
/** A full name of three or four words, not a street, ward or school named after a person. */
const FULL_NAME = new RegExp(`(?<!(?:phường|đường|xã|quận|Trường|phố|số \\d+) )${BEFORE}(?:${FAMILY_NAMES}) ${NAME_WORD}(?: ${NAME_WORD}){1,2}${AFTER}(?! \\p{Lu})`, 'gu');

// Brackets and the order of a name and its title
const TITLE_HEAD = '(?:Phó |Nguyên |Thường trực )?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Phó|Ủy viên|Thủ tướng|Tổng Bí thư|Chánh|Viện trưởng|Cục trưởng|Bộ trưởng|Tổng giám đốc|Kế toán|Hiệu trưởng)';
const apposition: RewriteFamily = {
  name: 'apposition',
  rules: [
    // One bracket a sentence: in a list of people, brackets turned to commas no longer say whose.
    ['X (Y) → X, Y,', (sentence) => {
      if ((sentence.match(/\(/gu) ?? []).length !== 1) return undefined;
      const result = sentence.replace(/ \(([^()“”"]{3,80})\)(?=([ ,.;]))/gu, (match, inside: string, after: string) => (/^[\p{Ll}]+$|^[\p{Lu}\p{N}&]+$/u.test(inside) ? match : after === ' ' ? `, ${inside},` : `, ${inside}`));
      return result === sentence ? undefined : result;
    }],
    ['X (Y) → X', (sentence) => {
      if ((sentence.match(/\(/gu) ?? []).length !== 1) return undefined;
      const result = sentence.replace(/ \(([^()“”"]{2,80})\)(?=[ ,.;])/gu, '');
      return result === sentence ? undefined : result;
    }],
    ['ông X, Title, → Title X', (sentence) => {
      const pattern = new RegExp(`(?:(?<=^)(?:Ông|Bà) |${BEFORE}(?:ông|bà) )(${NAME_WORD}(?: ${NAME_WORD}){1,3}), (${TITLE_HEAD}[^,;:()]{2,80}?(?:, ${TITLE_HEAD}[^,;:()]{2,80}?)*),(?= \\p{Ll})`, 'u');
      const match = sentence.match(pattern);
      if (!match || /(?<![\p{L}])(?:cho biết|nói|cho rằng|khẳng định|đề nghị|yêu cầu|là)(?![\p{L}])/u.test(match[2]!)) return undefined;
      return sentence.replace(match[0], `${match[2]} ${match[1]}`);
    }],
  ],
};

/** Whether quotation marks and brackets are all closed in a piece of text. */
function balanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/\(/gu) === count(/\)/gu) && count(/“/gu) === count(/”/gu) && count(/"/gu) % 2 === 0;
}

/** Words that open a clause after a comma: the rest of the sentence is a clause of its own. */
const CLAUSE_OPENERS = /^(?:nhưng|song|để|nhằm|trong đó|đồng thời|sau đó|khi|rồi|còn|thì|gây|kéo theo|góp phần|yêu cầu|kết thúc|tạo|vì|do|nên|đến khi|chủ động|nâng cao|sẽ|thu giữ|chấp nhận)(?![\p{L}\p{M}])/u;
const LEAD_INS = /^(?:Theo đó|Sau đó|Bên cạnh đó|Đồng thời|Cụ thể|Tuy nhiên|Ngoài ra|Được biết|Trong đó|Tiếp đó|Trước đó|Tiếp tục|Cụ thể hơn),\s+/u;
const clauses: RewriteFamily = {
  name: 'clause dropped',
  rules: [
    ['A, clause B. → A.', (sentence) => {
      for (const match of sentence.matchAll(/,\s+/gu)) {
        const head = sentence.slice(0, match.index);
        const tail = sentence.slice(match.index! + match[0].length);
        if (head.split(/\s+/u).length >= 6 && balanced(head) && CLAUSE_OPENERS.test(tail)) return `${head}.`;
      }
      return undefined;
    }],
    ['Theo X, A. → A, theo X.', (sentence) => {
      const match = /^Theo ([^,“”.]{3,60}), ([^“”]*)\.$/u.exec(sentence);
      if (!match || match[2]!.split(' ').length < 6 || /cho biết|, thì /u.test(sentence) || /^(?:một|thì) /u.test(match[2]!)) return undefined;
      return `${match[2]!.charAt(0).toUpperCase()}${match[2]!.slice(1)}, theo ${match[1]}.`;
    }],
    ['lead-in dropped', (sentence) => {
      if (!LEAD_INS.test(sentence)) return undefined;
      const rest = sentence.replace(LEAD_INS, '');
      return rest.split(/\s+/u).length >= 6 ? rest.charAt(0).toUpperCase() + rest.slice(1) : undefined;
    }],
  ],
};

const merges: RewriteFamily = {
  name: 'sentences merged',
  rules: [
    // One draft a sentence; the joiner alternates with the length so both are used.
    ['A. B. → A và B. / A, B.', (sentence, { next, article }) => mergeWith(sentence, next, article, sentence.length % 2 === 0 ? ' và ' : ', ')],
  ],
};
/** The second sentence's first word is lowered when the article also writes it in lower case: not a name. */
function mergeWith(sentence: string, next: string | undefined, article: string, joiner: string): string | undefined {
  if (!next || !/[.]$/u.test(sentence) || /^[-–“"(]/u.test(next) || /^Ảnh/u.test(next)) return undefined;
  const [first, second] = next.split(/\s+/u) as [string, string | undefined];
  const opener = word(first.toLowerCase()).test(article) && /^\p{Ll}/u.test(second ?? '') ? first.toLowerCase() : first;
  return `${sentence.slice(0, -1)}${joiner}${opener}${next.slice(first.length)}`;
}

const aspect: RewriteFamily = {
  name: 'đã/vừa dropped',
  rules: [['đã/vừa dropped', (sentence) => {
    if ((sentence.match(word('vừa')) ?? []).length > 1) return undefined;
    const result = sentence.replace(new RegExp(`${BEFORE}(?:đã|vừa) (?=[\\p{Ll}])`, 'gu'), '');
    return result === sentence ? undefined : result;
  }]],
};

// Titles and capitals: how an editor names the same office or body.
const TITLE_CASE_NAMES = ['Bộ luật Hình sự', 'Bộ Tài chính', 'Bộ Công an', 'Bộ Chính trị', 'Ban Tuyên giáo', 'Tòa Phúc thẩm', 'Ủy ban Kiểm tra', 'Ban Chấp hành Trung ương', 'Viện Kiểm sát nhân dân', 'Tòa án nhân dân', 'Cục Viễn thông', 'Bộ Thông tin và Truyền thông', 'Ban Thường vụ', 'Cơ quan Cảnh sát điều tra'];
const titleCase = (name: string) => name.split(' ').map((part) => (part === 'và' ? part : part.charAt(0).toUpperCase() + part.slice(1))).join(' ');
const TITLES_LOWERED = ['Phó Chủ tịch', 'Chủ tịch', 'Trưởng phòng', 'Trưởng ban', 'Giám đốc', 'Phó Bí thư', 'Bí thư', 'Ủy viên', 'Tổng giám đốc'];
const titles: RewriteFamily = {
  name: 'titles and capitals',
  rules: [
    ['Thủ tướng Chính phủ → Thủ tướng', swap('Thủ tướng Chính phủ', 'Thủ tướng')],
    ['Bộ trưởng Bộ X ↔ Bộ trưởng X', replacing(/(?<=Bộ trưởng )(Bộ )?(?=\p{Lu})/gu, (match) => (match ? '' : 'Bộ '))],
    ['institution in title case', (sentence) => {
      const result = TITLE_CASE_NAMES.reduce((text, name) => text.replace(word(name, 'giu'), titleCase(name)), sentence);
      return result === sentence ? undefined : result;
    }],
    ['title lowered', (sentence) => {
      const result = TITLES_LOWERED.reduce((text, title) => text.replace(new RegExp(`(?<=[\\p{L},(] )${title}${AFTER}`, 'gu'), title.toLowerCase()), sentence);
      return result === sentence ? undefined : result;
    }],
  ],
};

export const REWRITE_FAMILIES: RewriteFamily[] = [placeForms, acronyms, numberNotation, dateForms, timeForms, ordinals, units, honorifics, apposition, clauses, merges, aspect, titles];

const QUOTED = /“[^”]*”|"[^"]*"/gu;

/** Quotations are kept word for word: a rewrite that changes one is no longer faithful. */
function keepsQuotations(sentence: string, draft: string): boolean {
  const before: string[] = sentence.match(QUOTED) ?? [];
  return (draft.match(QUOTED) ?? []).every((quote) => before.includes(quote));
}

/** Every rewrite of a sentence: one draft per rule that changes it, quotations untouched. */
export function rewritesOf(sentence: string, context: RewriteContext): Array<{ family: string; rule: string; draft: string }> {
  const single = REWRITE_FAMILIES.flatMap((family) =>
    family.rules.flatMap(([rule, apply]) => {
      const written = apply(sentence, context);
      const draft = written && /^\p{Lu}/u.test(sentence) ? written.charAt(0).toUpperCase() + written.slice(1) : written;
      return draft !== undefined && draft !== sentence && keepsQuotations(sentence, draft) ? [{ family: family.name, rule, draft }] : [];
    }),
  );
  return [...single, ...combined(sentence, context)];
}

/** Families that change notation, not what the sentence keeps: an editor may apply them all at once. */
const NOTATION_FAMILIES = new Set(['place form', 'acronym', 'number notation', 'date form', 'time form', 'roman ↔ arabic', 'unit', 'honorific dropped', 'titles and capitals', 'đã/vừa dropped']);

/** One draft with the first rule of every notation family that applies, one after another. */
function combined(sentence: string, context: RewriteContext): Array<{ family: string; rule: string; draft: string }> {
  const rules: string[] = [];
  let draft = sentence;
  for (const family of REWRITE_FAMILIES.filter((candidate) => NOTATION_FAMILIES.has(candidate.name))) {
    for (const [rule, apply] of family.rules) {
      const written = apply(draft, context);
      if (written === undefined || written === draft || !keepsQuotations(sentence, written)) continue;
      draft = written;
      rules.push(rule);
      break;
    }
  }
  return rules.length >= 2 ? [{ family: 'all at once', rule: rules.join(' + '), draft }] : [];
}
