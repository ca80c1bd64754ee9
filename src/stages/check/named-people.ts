import { isForeignWord } from './foreign-names.ts';
import { spokenPhrase } from './spoken-form.ts';

/** Words after which a capitalized run is a person: honorifics, professions, parties to a case, ranks. */
const PERSON_WORDS = [
  'ông', 'bà', 'anh', 'chị', 'luật sư', 'bị cáo', 'bị can', 'nhân chứng', 'người làm chứng', 'nguyên đơn', 'bị đơn', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư',
  'bác sĩ', 'nhà báo', 'phóng viên', 'nhà văn', 'nghệ sĩ', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
  // Sport and show business, whose people the press often names by given name or stage name only ("tiền vệ Hai Long", "MC Nguyên Khang").
  'tiền vệ', 'tiền đạo', 'hậu vệ', 'trung vệ', 'thủ môn', 'thủ thành', 'cầu thủ', 'danh thủ', 'huấn luyện viên', 'vận động viên', 'tay vợt', 'võ sĩ', 'kỳ thủ',
  'ca sĩ', 'nhạc sĩ', 'diễn viên', 'đạo diễn', 'người mẫu', 'hoa hậu', 'á hậu', 'MC', 'người dẫn chương trình',
];
const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*";
const PERSON = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PERSON_WORDS.sort((a, b) => b.length - a.length).map(either).join('|')})\\s+(${WORD}(?:\\s+${WORD}){1,3})(?![\\p{L}\\p{M}])`, 'gu');

/** Capitalized words that start an office, a place or a document, not a person's name. */
export const NOT_NAMES = new Set('Sở Bộ Ban Phòng Cục Công Trung Viện Tòa Toà Ủy Uỷ Hội Đảng Nhà Trường Bệnh Tổng Chi Đội Văn Thành Tỉnh Huyện Quận Xã Phường Thị Thôn Ấp Đại Học Quỹ Hãng Tập Ngân Kho Cảng Chợ Khu Làng'.split(' '));

const titleCase = (word: string) => word[0]! + word.slice(1).toLowerCase();

/**
 * Vietnamese people a text names after a word that says one follows ("luật sư Vũ Phi Long", "nhân
 * chứng LÊ QUANG MINH", "bà Phương Loan"), whatever their family name, written in capitals or not;
 * in spoken form. Two to four words, none foreign, none starting an office.
 */
export function namedPeopleOf(raw: string): string[][] {
  const people = new Map<string, string[]>();
  for (const match of raw.normalize('NFC').matchAll(PERSON)) {
    const words = match[1]!.split(/\s+/u).map((word) => (word === word.toUpperCase() ? titleCase(word) : word));
    if (NOT_NAMES.has(words[0]!) || words.some((word) => isForeignWord(word))) continue;
    const spoken = spokenPhrase(words.join(' ')).split(' ');
    if (spoken.length === words.length) people.set(spoken.join(' '), spoken);
  }
  return [...people.values()];
}
