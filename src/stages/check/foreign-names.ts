import { ROLE_HEADS } from './role-titles.ts';
import { spokenPhrase } from './spoken-form.ts';

/**
 * One Vietnamese syllable, tone marks and vowel marks stripped: an optional initial, one to three
 * vowels, an optional final. "Arbau", "Casula", "Trump" are none; "Minh", "Lan" are.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/**
 * Whether a word cannot be a Vietnamese syllable, so it is a foreign name's word. An initial ("bà
 * P.") or an acronym ("CNN") is no name: a name's word has three letters or more, in lower case after the first.
 */
export function isForeignWord(word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return /^\p{L}\p{Ll}[\p{Ll}'-]+$/u.test(bare) && /[aeiouy]/iu.test(bare) && !VIETNAMESE_SYLLABLE.test(bare.toLowerCase());
}

/** Words that introduce a person: honorifics, then every title the role check knows ("thị trưởng", "HLV"). */
const HONORIFICS = ['ông', 'bà', 'ngài', 'anh', 'chị', 'cô'];
const INTRODUCERS = [...HONORIFICS, 'HLV', 'huấn luyện viên', 'cầu thủ', 'tiền đạo', 'thủ môn', 'danh thủ', 'tỷ phú', 'nhà báo', 'giáo sư', 'tiến sĩ', 'bác sĩ', ...ROLE_HEADS.map((head) => head.join(' '))];
// Not /i: under it \p{Lu} would match lowercase letters too. The first letter may be a capital.
const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const INTRODUCER = new RegExp(`(?<![\\p{L}\\p{M}])(${INTRODUCERS.sort((a, b) => b.length - a.length).map(either).join('|')})\\s+((?:\\p{Lu}[\\p{L}\\p{M}'-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'-]*)`, 'gu');

/**
 * Foreign people a text names after an honorific or a title ("ông Casula", "Thị trưởng Efisio
 * Arbau"), in spoken form. The name is the run of capitalized words after the introducer that
 * cannot be Vietnamese syllables, so "Tổng thống Mỹ Donald Trump" gives "donald trump"; after a
 * title it takes a given and a family name. A word the text uses as a place ("thị trấn Ollolai",
 * so "Thị trưởng Ollolai") is no name.
 */
export function foreignPeopleOf(raw: string, places: Set<string>): string[][] {
  const people = new Map<string, string[]>();
  for (const match of raw.normalize('NFC').matchAll(INTRODUCER)) {
    const words = match[2]!.split(/\s+/u);
    // After a title a capitalized run may name an office ("Giám đốc PVP Land", "Giám đốc Vietsan"):
    // a person there has a given and a family name and no acronym beside them.
    const titled = !HONORIFICS.includes(match[1]!.toLowerCase());
    if (titled && words.some((word) => /^\p{Lu}{2,}/u.test(word))) continue;
    let start = words.length;
    while (start > 0 && isForeignWord(words[start - 1]!)) start -= 1;
    while (start < words.length && places.has(spokenPhrase(words[start]!))) start += 1;
    if (words.length - start < (titled ? 2 : 1)) continue;
    const spoken = spokenPhrase(words.slice(start).join(' ')).split(' ');
    people.set(spoken.join(' '), spoken);
  }
  return [...people.values()];
}
