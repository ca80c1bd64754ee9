/**
 * Errors a writing model makes, made by rule in real article sentences: one corruption per kind the
 * sentence allows, each one a changed fact (a substitute name is never another name of the same
 * person; a sentence where a rule cannot apply cleanly gets none of that kind). People and places
 * are found here on their own, not with the check's code, so the measure does not share its blind spots.
 */
import { neighbourOf } from './neighbour-provinces.ts';

export type CorruptionKind = 'number' | 'date' | 'name' | 'role' | 'place' | 'code' | 'negation' | 'quote';

export interface Corruption {
  kind: CorruptionKind;
  /** What changed, for the report: "12 → 13". */
  change: string;
  draft: string;
}

const NOT_LETTER = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]*';

/** A stable choice per sentence, so the set is the same on every run. */
function seedOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash;
}

function replaceAt(text: string, index: number, length: number, by: string): string {
  return text.slice(0, index) + by + text.slice(index + length);
}

// ---------- numbers ----------

const YEAR = /^(?:19|20)\d\d$/u;
/** A numeral not inside a date, a code, a time or a word: "1.234", "12,6", "664". */
const NUMERAL = /(?<![\p{L}\p{N}/.,:-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\p{N}/]|[.,:-]\d)/gu;
/** Words before a numeral that make it a date or a code, not a count. */
const NOT_COUNT_BEFORE = /(?:ngày|tháng|năm|Điều|điều|Khoản|khoản|số|Quốc lộ|quốc lộ|QL|lần thứ|khóa|Khóa|thứ|kỳ|T|\p{Lu}\p{Ll}* \p{Lu}\p{Ll}*)\s*$/u;
const NUMBER_WORDS = ['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const NEXT_NUMBER_WORD: Record<string, string> = { hai: 'ba', ba: 'bốn', bốn: 'năm', sáu: 'bảy', bảy: 'tám', tám: 'chín', chín: 'mười', mười: 'chín' };
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(?<!thứ |Thứ )(${NUMBER_WORDS.join('|')})(?= \\p{Ll})`, 'gu');

function valueOf(integer: string, fraction: string | undefined): number {
  return Number(integer.replace(/\./gu, '')) + (fraction ? Number(`0.${fraction}`) : 0);
}

function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

/** n+1 for small counts, the second digit moved for larger ones ("664" → "674", "5.000" → "5.100"). */
function nearbyNumeral(integer: string, fraction: string | undefined): string {
  if (fraction) return `${integer},${fraction.slice(0, -1)}${(Number(fraction.at(-1)) + 1) % 10}`;
  const value = valueOf(integer, undefined);
  if (value < 20) return String(value + 1);
  const step = 10 ** (String(value).length - 2);
  return integer.includes('.') ? withThousands(value + step) : String(value + step);
}

interface Numeral { index: number; text: string; value: number; integer: string; fraction?: string }

function numeralsOf(text: string): Numeral[] {
  return [...text.matchAll(NUMERAL)]
    .filter((match) => !YEAR.test(match[0]) && !NOT_COUNT_BEFORE.test(text.slice(Math.max(0, match.index! - 12), match.index!)))
    .map((match) => ({ index: match.index!, text: match[0], value: valueOf(match[1]!, match[2]), integer: match[1]!, ...(match[2] ? { fraction: match[2] } : {}) }));
}

export function corruptNumber(sentence: string, article: string): Corruption | undefined {
  const seed = seedOf(sentence);
  const numerals = numeralsOf(sentence);
  if (numerals.length > 0) {
    const chosen = numerals[seed % numerals.length]!;
    const inSentence = new Set(numerals.map((numeral) => numeral.value));
    // Another figure of the same article, of the same size, that counts something else.
    const others = [...new Set(numeralsOf(article).filter((numeral) => !inSentence.has(numeral.value) && numeral.value > 1 && !numeral.fraction === !chosen.fraction && numeral.value > chosen.value / 10 && numeral.value < chosen.value * 10).map((numeral) => numeral.text))];
    const by = seed % 2 === 0 && others.length > 0 ? others[(seed >>> 3) % others.length]! : nearbyNumeral(chosen.integer, chosen.fraction);
    return { kind: 'number', change: `${chosen.text} → ${by}`, draft: replaceAt(sentence, chosen.index, chosen.text.length, by) };
  }
  const word = [...sentence.matchAll(NUMBER_WORD)][0];
  if (!word) return undefined;
  const by = NEXT_NUMBER_WORD[word[1]!]!;
  return { kind: 'number', change: `${word[1]} → ${by}`, draft: replaceAt(sentence, word.index!, word[1]!.length, by) };
}

// ---------- dates ----------

const DAY_MONTH = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/-])(\d{1,2})(?:[/-](\d{4}))?(?![\p{N}/-]|\.\d)/gu;
const MONTH = /(?<![\p{L}])(tháng) (\d{1,2})(?![\p{N}/]|-\d{1,2}(?!\d))/gu;
const YEAR_IN_TEXT = /(?<![\p{L}\p{N}/.,])((?:19|20)\d\d)(?![\p{L}\p{N}]|\/[\p{L}])/gu;

export function corruptDate(sentence: string): Corruption | undefined {
  const seed = seedOf(sentence);
  const options: Array<{ index: number; length: number; by: string; was: string }> = [];
  for (const match of sentence.matchAll(DAY_MONTH)) {
    const [day, mark, month, year] = [Number(match[1]), match[2]!, Number(match[3]), match[4]];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    // "6-2" is a date only where a date is expected: "sáng nay (6-2)", "ngày 6-2"; elsewhere it may be a score or a range.
    if (mark === '-' && !/(?:\(|ngày |sáng |chiều |tối |trưa |đêm )$/u.test(sentence.slice(0, match.index!))) continue;
    const shifted = seed % 3 === 0 ? `${match[1]}${mark}${month === 12 ? 11 : month + 1}` : `${day >= 28 ? day - 1 : day + 1}${mark}${match[3]}`;
    const by = year && seed % 3 === 2 ? `${match[1]}${mark}${match[3]}${mark}${Number(year) - 1}` : `${shifted}${year ? `${mark}${year}` : ''}`;
    options.push({ index: match.index!, length: match[0].length, by, was: match[0] });
  }
  for (const match of sentence.matchAll(MONTH)) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) continue;
    options.push({ index: match.index!, length: match[0].length, by: `tháng ${month === 12 ? 11 : month + 1}`, was: match[0] });
  }
  if (options.length === 0) {
    for (const match of sentence.matchAll(YEAR_IN_TEXT)) {
      if (sentence.slice(match.index! - 1, match.index!) === '/') continue;
      const by = String(seed % 2 === 0 ? Number(match[1]) - 1 : Number(match[1]) + 1);
      options.push({ index: match.index!, length: match[1]!.length, by, was: match[1]! });
    }
  }
  if (options.length === 0) return undefined;
  const chosen = options[seed % options.length]!;
  return { kind: 'date', change: `${chosen.was} → ${chosen.by}`, draft: replaceAt(sentence, chosen.index, chosen.length, chosen.by) };
}

// ---------- document codes ----------

const DOCUMENT_CODE = /(?<![\p{L}\p{N}/-])(\d+)((?:\/(?:\d{4}\/)?|-)\p{Lu}[\p{L}\p{N}-]*(?:\/\p{Lu}[\p{L}\p{N}]*)?)/gu;
const ARTICLE_NUMBER = /(?<![\p{L}])(Điều|điều|Khoản|khoản) (\d+)(?![\p{N}])/gu;

export function corruptCode(sentence: string): Corruption | undefined {
  const options = [
    ...[...sentence.matchAll(DOCUMENT_CODE)].map((match) => ({ index: match.index!, was: match[0], by: `${String(Number(match[1]) + 1).padStart(match[1]!.length, "0")}${match[2]}` })),
    ...[...sentence.matchAll(ARTICLE_NUMBER)].map((match) => ({ index: match.index!, was: match[0], by: `${match[1]} ${Number(match[2]) + 1}` })),
  ];
  if (options.length === 0) return undefined;
  const chosen = options[seedOf(sentence) % options.length]!;
  return { kind: 'code', change: `${chosen.was} → ${chosen.by}`, draft: replaceAt(sentence, chosen.index, chosen.was.length, chosen.by) };
}

// ---------- people and roles ----------

const FAMILY_NAMES = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Vũ Phan Trương Bùi Đặng Đỗ Ngô Hồ Dương Đinh Lâm Lý Mai Tô Cao Đào Đoàn Hà Lương Lưu Tạ Thái Châu Quách Phùng Trịnh Triệu Văn Kiều Mạc Chu La Thạch Tăng Vương Khổng Nghiêm Kim Đàm Lại'.split(' ');
const FULL_NAME = new RegExp(`${NOT_LETTER}(?:${FAMILY_NAMES.join('|')})(?: ${SYLLABLE}){2,3}${END}`, 'gu');
const TITLED_NAME = new RegExp(`(?<![\\p{L}])(?:ông|bà|anh|chị|bị can|bị cáo|đồng chí|Ông|Bà|Anh|Chị|Đồng chí) (${SYLLABLE}(?: ${SYLLABLE}){1,3})${END}`, 'gu');

/** Full names of people the article writes: a family name and two or three more capitalised syllables, or a name after ông/bà/bị can. */
/** A name that is a photo credit, a street or a school, not a person in the story. */
function notAPerson(text: string, index: number, name: string): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  const after = text.slice(index + name.length, index + name.length + 2);
  return /(?:Ảnh|ảnh|Nguồn)[:\s]*$|(?:đường|phố|Đường|Phố|Trường|trường|TNCS|TP|thành phố|Thành phố|số \d+) $/u.test(before) || after.startsWith('/') || /(?:^| )\p{Lu}$/u.test(name) || name === 'Hồ Chí Minh';
}

export function peopleIn(text: string): string[] {
  const names = [...text.matchAll(FULL_NAME)].filter((match) => !notAPerson(text, match.index!, match[0])).map((match) => match[0]);
  for (const match of text.matchAll(TITLED_NAME)) {
    const index = match.index! + match[0].length - match[1]!.length;
    if (!notAPerson(text, index, match[1]!)) names.push(match[1]!);
  }
  return [...new Set(names)];
}

/** Whether two names could be the same person: one holds the other's given name. */
function samePerson(one: string, other: string): boolean {
  const given = (name: string) => name.split(' ').at(-1)!;
  return given(one) === given(other) || one.includes(other) || other.includes(one);
}

export function corruptName(sentence: string, article: string): Corruption | undefined {
  const inSentence = peopleIn(sentence);
  const everyone = peopleIn(article);
  const seed = seedOf(sentence);
  for (const person of inSentence.slice(seed % Math.max(1, inSentence.length)).concat(inSentence)) {
    const others = everyone.filter((other) => other.split(' ').length >= 3 && !samePerson(other, person) && inSentence.every((named) => !samePerson(other, named)));
    // The substitute must differ from every name the article gives this person ("Tiến" and "Nguyễn Văn Tiến").
    const own = everyone.filter((name) => samePerson(name, person));
    const by = others.find((other) => own.every((name) => !samePerson(name, other)));
    if (!by) continue;
    const index = sentence.indexOf(person);
    return { kind: 'name', change: `${person} → ${by}`, draft: replaceAt(sentence, index, person.length, by) };
  }
  return undefined;
}

const ROLES = ['Chủ tịch', 'Giám đốc', 'Viện trưởng', 'Chánh án', 'Bộ trưởng', 'Thủ tướng', 'Trưởng phòng', 'Trưởng ban', 'Bí thư', 'Chủ nhiệm', 'Tổng Giám đốc', 'Cục trưởng', 'Vụ trưởng', 'Trưởng Công an'];
const ROLE = new RegExp(`(?<![\\p{L}])(Phó |phó )?(${ROLES.join('|')})${END}`, 'gu');

/** A deputy made the head or the head the deputy: "Phó Chủ tịch" ↔ "Chủ tịch". */
export function corruptRole(sentence: string): Corruption | undefined {
  const match = [...sentence.matchAll(ROLE)].find((found) => !/(?:Tổng|Phó|phó|Ban) $/u.test(sentence.slice(Math.max(0, found.index! - 5), found.index!)) && !(found[2] === 'Bí thư' && /Tổng $/u.test(sentence.slice(0, found.index!))));
  if (!match) return undefined;
  const by = match[1] ? match[2]! : `Phó ${match[2]}`;
  return { kind: 'role', change: `${match[0]} → ${by}`, draft: replaceAt(sentence, match.index!, match[0].length, by) };
}

// ---------- places ----------

const PLACE_LEVEL: Record<string, 'province' | 'district' | 'commune'> = {
  tỉnh: 'province', 'thành phố': 'province', 'Thành phố': 'province', TP: 'province', 'TP.': 'province',
  huyện: 'district', quận: 'district', 'thị xã': 'district',
  xã: 'commune', phường: 'commune', 'thị trấn': 'commune',
};
const PLACE = new RegExp(`(?<![\\p{L}])(tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|Thành phố|TP\\.?) ?(${SYLLABLE}(?: ${SYLLABLE}){0,3})${END}`, 'gu');
/** Capitalised words a marker may be followed by that are not a place: "tỉnh Ủy ban", "TP. Ông …". */
const NOT_PLACE = /^(?:Ủy|Ông|Bà|Đảng|Hội|Tỉnh|Huyện|Xã|Thành|Công|Viện|Tòa|Sở|Ban|UBND|HĐND|Ảnh|Nguồn|Theo)(?:\s|$)/u;

interface Place { marker: string; name: string; index: number; length: number }

function placesIn(text: string): Place[] {
  return [...text.matchAll(PLACE)]
    .filter((match) => !NOT_PLACE.test(match[2]!))
    .map((match) => ({ marker: match[1]!, name: match[2]!, index: match.index!, length: match[0].length }));
}

export function corruptPlace(sentence: string, article: string): Corruption | undefined {
  const here = placesIn(sentence);
  if (here.length === 0) return undefined;
  const seed = seedOf(sentence);
  const named = new Set(here.map((place) => place.name));
  for (const place of here.slice(seed % here.length).concat(here)) {
    const level = PLACE_LEVEL[place.marker]!;
    const sameLevel = [...new Set(placesIn(article).filter((other) => PLACE_LEVEL[other.marker] === level && !named.has(other.name) && !other.name.includes(place.name) && !place.name.includes(other.name)).map((other) => other.name))];
    const by = sameLevel[0] ?? (level === 'province' ? neighbourOf(place.name) : undefined);
    if (!by) continue;
    const separator = place.marker.endsWith('.') ? '' : ' ';
    return { kind: 'place', change: `${place.marker}${separator}${place.name} → ${by}`, draft: replaceAt(sentence, place.index, place.length, `${place.marker}${separator}${by}`) };
  }
  return undefined;
}

// ---------- negations ----------

/** "không" that is part of a word or a question, not a negation of what follows. */
const NOT_NEGATION_AFTER = /^(?:không|chưa) (?:chỉ|những|ít|gian|khí|quân|phận|lâu|kể|sao|ai|một|biết chừng)(?![\p{L}])/u;
const NOT_NEGATION_BEFORE = /(?:hàng|hay|hoặc|có|dù) $/u;
const NEGATION = /(?<![\p{L}])(không|chưa|chẳng) (?=\p{Ll})/gu;

export function corruptNegation(sentence: string): Corruption | undefined {
  for (const match of sentence.matchAll(NEGATION)) {
    if (NOT_NEGATION_AFTER.test(sentence.slice(match.index!)) || NOT_NEGATION_BEFORE.test(sentence.slice(0, match.index!))) continue;
    return { kind: 'negation', change: `${match[1]} removed`, draft: replaceAt(sentence, match.index!, match[0].length, '') };
  }
  const swaps: Array<[RegExp, string]> = [
    [/(?<![\p{L}])đã (?!từng)(?=\p{Ll})/u, 'chưa '],
    [/(?<![\p{L}])có thể(?![\p{L}])/u, 'không thể'],
    [/(?<![\p{L}])sẽ (?=\p{Ll})/u, 'sẽ không '],
    [/(?<![\p{L}])được phép(?![\p{L}])/u, 'bị cấm'],
    [/(?<![\p{L}])(?<!không |chưa |được )được (?=\p{Ll})/u, 'không được '],
    [/(?<![\p{L}])(?<!không |chưa )bị (?!can|cáo|hại|đơn)(?=\p{Ll})/u, 'không bị '],
  ];
  for (const [pattern, by] of swaps) {
    const match = pattern.exec(sentence);
    if (match) return { kind: 'negation', change: `${match[0].trim()} → ${by.trim()}`, draft: replaceAt(sentence, match.index, match[0].length, by) };
  }
  return undefined;
}

// ---------- quotations ----------

/** A word swapped for one that changes what was said. */
const QUOTE_WORDS: Array<[string, string]> = [
  ['tăng', 'giảm'], ['giảm', 'tăng'], ['lớn', 'nhỏ'], ['nhiều', 'ít'], ['cao', 'thấp'], ['thấp', 'cao'], ['tốt', 'kém'],
  ['đúng', 'sai'], ['trước', 'sau'], ['khó', 'dễ'], ['rất', 'khá'], ['phải', 'nên'], ['cần', 'nên'], ['sẽ', 'đã'],
  ['đã', 'sẽ'], ['luôn', 'thường'], ['mạnh', 'yếu'], ['nghiêm', 'nhẹ'], ['tất cả', 'một số'], ['mới', 'cũ'],
  ['kiên quyết', 'từng bước'], ['nhanh', 'chậm'], ['đầy đủ', 'một phần'], ['chặt chẽ', 'linh hoạt'], ['xử lý', 'xem xét'],
  // Near-synonyms: a model paraphrasing inside quotation marks puts words in the speaker's mouth.
  ['thực hiện', 'triển khai'], ['công tác', 'hoạt động'], ['quan trọng', 'cần thiết'], ['trách nhiệm', 'nghĩa vụ'],
  ['phát triển', 'mở rộng'], ['kết quả', 'thành tích'], ['tiếp tục', 'từng bước'], ['vấn đề', 'nội dung'],
];
const QUOTED = /([“"‘'])([^”"’'\n]{6,300}?)([”"’'])/gu;
const SAYS = /(?<![\p{L}])(?:cho biết|cho rằng|khẳng định|nhấn mạnh|nói|chia sẻ)(?: thêm)?(?: rằng)?[:,]? /u;

/** Compounds a table word is part of, where swapping it would not read as a changed word: "nâng cao", "Tối cao". */
const COMPOUNDS = /^(?:nâng cao|tối cao|cao su|cao điểm|cao cấp|đẩy mạnh|mạnh mẽ|giảm thiểu|tăng cường|mới đây|đã qua|trước hết|trước mắt|sau đó|phải chăng|rất nhiều)$/iu;

function changeOneWord(text: string): { text: string; change: string } | undefined {
  for (const [word, by] of QUOTE_WORDS) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))) {
      const before = /(\p{L}+) $/u.exec(text.slice(0, match.index))?.[1];
      const after = /^ (\p{L}+)/u.exec(text.slice(match.index! + word.length))?.[1];
      if ((before && COMPOUNDS.test(`${before} ${word}`)) || (after && COMPOUNDS.test(`${word} ${after}`))) continue;
      return { text: replaceAt(text, match.index!, word.length, by), change: `${word} → ${by}` };
    }
  }
  return undefined;
}

export function corruptQuote(sentence: string): Corruption | undefined {
  for (const match of sentence.matchAll(QUOTED)) {
    if (match[2]!.trim().split(/\s+/u).length < 3) continue;
    const changed = changeOneWord(match[2]!);
    if (!changed) continue;
    return { kind: 'quote', change: `in quotes: ${changed.change}`, draft: replaceAt(sentence, match.index! + 1, match[2]!.length, changed.text) };
  }
  const said = SAYS.exec(sentence);
  if (!said || /[“"]/u.test(sentence)) return undefined;
  const clause = sentence.slice(said.index + said[0].length).replace(/[.!?…]+$/u, '');
  if (clause.split(/\s+/u).length < 4) return undefined;
  const changed = changeOneWord(clause);
  if (!changed) return undefined;
  return { kind: 'quote', change: `quoted clause: ${changed.change}`, draft: `${sentence.slice(0, said.index + said[0].length)}“${changed.text}”.` };
}

/** Every corruption the sentence allows, one per kind. */
export function corruptionsOf(sentence: string, article: string): Corruption[] {
  const made = [
    corruptNumber(sentence, article),
    corruptDate(sentence),
    corruptName(sentence, article),
    corruptRole(sentence),
    corruptPlace(sentence, article),
    corruptCode(sentence),
    corruptNegation(sentence),
    corruptQuote(sentence),
  ];
  return made.filter((corruption): corruption is Corruption => corruption !== undefined && corruption.draft !== sentence);
}
