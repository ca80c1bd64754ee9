import { extractFacts, type Fact } from './extract-facts.ts';
import { foreignPeopleOf } from './foreign-names.ts';
import { namedPeopleOf } from './named-people.ts';
import { spokenPhrase } from './spoken-form.ts';

/** "VŨ PHI LONG" is "Vũ Phi Long": some outlets write quoted people's names in capitals. */
const titleCase = (word: string) => word[0]! + word.slice(1).toLowerCase();

/** The most common Vietnamese family names: a name starting with one is a person. */
const SURNAMES = new Set('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Mai Tạ Châu Cao Hà Lưu Tô Đinh Thái Quách Kiều Lương Phùng Từ Chu Văn Thân Triệu Tăng Lại Giang La Mạc Khúc Âu'.split(' '));

/** Vietnamese full names, and foreign names after an honorific or a title; `places` are the article's, never a person. */
export function peopleOf(raw: string, places: Set<string>): string[][] {
  const vietnamese = extractFacts(raw)
    .filter((fact): fact is Extract<Fact, { kind: 'name' }> => fact.kind === 'name')
    .flatMap((fact) => fact.alternatives)
    // "Ông Nguyễn Ngọc Minh" mid-sentence (a headline run into the text) is read as one capitalized run.
    .map((name) => name.replace(/^(?:Ông|Bà|Anh|Chị|Ngài)\s+/u, ''))
    .filter((name) => name.split(' ').length >= 2 && SURNAMES.has(titleCase(name.split(' ')[0]!)))
    .map((name) => spokenPhrase(name).split(' '));
  const known = new Set(vietnamese.map((person) => person.join(' ')));
  const named = namedPeopleOf(raw).filter((person) => !known.has(person.join(' ')) && !places.has(person.join(' ')));
  return [...vietnamese, ...named, ...foreignPeopleOf(raw, places)];
}

/** The people a draft names, and each "ông Thọ", "bà Hoa" it names by honorific and given name. */
export function mentionsOf(raw: string, people: string[][]): string[][] {
  const given = [...raw.matchAll(/(?<![\p{L}\p{M}])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}]|\s+\p{Lu})/gu)].map((match) => spokenPhrase(match[0]).split(' '));
  return [...people, ...given];
}
