/**
 * A listener who first hears "ông Quân" or "Hiếu khai …" does not know who that is. The full name
 * the article gives elsewhere ("Nguyễn Cường Quân", "Ngô Minh Hiếu") is said at the first mention.
 */

/** Common Vietnamese family names: a capitalized run starting with one is a person's name. */
const SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Mai Trương Đinh Lâm Phùng Tô Hà Đoàn Lương Trịnh Cao Châu Tạ Thái Lưu Văn Đàm Kiều Quách Từ Thân Tăng Triệu Vương Lại Khổng Mạc Hứa Chu Nông Lò Giang Tống Âu Doãn Diệp Thạch La Đào Đồng Chế Ông'.split(' '),
);

const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const PERSON = new RegExp(`(?<![\\p{L}\\p{M}])(${NAME_WORD}(?:\\s+${NAME_WORD}){2,3})(?![\\p{L}\\p{M}])`, 'gu');

/** Given name (last syllable) → the one full name the article gives for it; names shared by two people are left out. */
export function fullNamesByGivenName(text: string): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const match of text.normalize('NFC').matchAll(PERSON)) {
    const words = match[1]!.split(/\s+/);
    const start = words.findIndex((word) => SURNAMES.has(word));
    if (start < 0 || words.length - start < 3) continue;
    const name = words.slice(start).join(' ');
    const given = words[words.length - 1]!;
    if (!found.has(given)) found.set(given, new Set());
    found.get(given)!.add(name);
  }
  const names = new Map<string, string>();
  for (const [given, full] of found) {
    // "Nguyễn Thanh Quang" and "Huỳnh Tấn Quang": "Quang" alone is ambiguous, and a longer
    // version of the same name ("Ngô Minh Hiếu" inside "Đối tượng Ngô Minh Hiếu") is the same person.
    const distinct = [...full].filter((name) => ![...full].some((other) => other !== name && other.endsWith(` ${name}`)));
    if (distinct.length === 1) names.set(given, distinct[0]!);
  }
  return names;
}

const TITLE_BEFORE = /(?:ông|bà|anh|chị|bị can|bị cáo|đối tượng|cán bộ quản giáo|giám đốc)\s+$/iu;

/**
 * Replaces the first mention of each person that uses only a given name ("ông Quân", "Hiếu khai")
 * with the full name, when the script has not said that full name before.
 */
export function withFullNames(sentences: string[], names: Map<string, string>): string[] {
  const said = new Set<string>();
  return sentences.map((sentence) => {
    let text = sentence;
    for (const [given, full] of names) {
      if (said.has(given)) continue;
      const fullAt = text.indexOf(full);
      const match = new RegExp(`(?<![\\p{L}\\p{M}])${given}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'u').exec(text);
      if (match && (fullAt < 0 || match.index < fullAt)) {
        const before = text.slice(0, match.index);
        // After "Minh" it is part of a longer name; after "ông" or at the start it stands alone.
        const alone = match.index === 0 || TITLE_BEFORE.test(before) || !/\p{Lu}[\p{Ll}\p{M}]*\s+$/u.test(before);
        if (alone) text = `${before}${full}${text.slice(match.index + given.length)}`;
      }
      if (text.includes(full)) said.add(given);
    }
    return text;
  });
}
