import { findPhrase } from './sentence-words.ts';
import { spokenPhrase, type Token } from './spoken-form.ts';

/** Titles and ranks that say who a person is; a draft must not move one to another person. Longest first. */
export const ROLE_HEADS: string[][] = [
  'tổng bí thư', 'phó bí thư', 'bí thư', 'chủ tịch nước', 'phó chủ tịch', 'chủ tịch', 'phó thủ tướng', 'thủ tướng', 'bộ trưởng', 'thứ trưởng',
  'phó viện trưởng', 'viện trưởng', 'phó chánh án', 'chánh án', 'phó chánh tòa', 'chánh tòa', 'phó tổng giám đốc', 'tổng giám đốc', 'phó giám đốc', 'giám đốc', 'phó trưởng phòng', 'trưởng phòng',
  'phó trưởng ban', 'trưởng ban', 'phó chủ nhiệm', 'chủ nhiệm', 'kiểm sát viên', 'thẩm phán', 'hiệu trưởng', 'kế toán trưởng', 'đội trưởng', 'trưởng đoàn',
  'phó tổng cục trưởng', 'tổng cục trưởng', 'phó cục trưởng', 'cục trưởng', 'phó chi cục trưởng', 'chi cục trưởng', 'phó vụ trưởng', 'vụ trưởng',
  'chánh văn phòng', 'chánh thanh tra', 'phó trưởng công an', 'trưởng công an', 'chấp hành viên', 'thư ký',
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
  'tổng thống', 'ngoại trưởng', 'thị trưởng', 'huấn luyện viên', 'nhân viên', 'ủy viên',
  // What a player or an artist is in the story: "tiền vệ Hai Long", "MC Nguyên Khang" (read "em xê").
  'tiền vệ', 'tiền đạo', 'hậu vệ', 'trung vệ', 'thủ môn', 'ca sĩ', 'nhạc sĩ', 'diễn viên', 'đạo diễn', 'người dẫn chương trình', 'MC',
]
  .map((role) => spokenPhrase(role).split(' '))
  .sort((a, b) => b.length - a.length);

/** The longest role head starting at `index` of `words`. */
export function roleHeadAt(words: string[], index = 0): string[] | undefined {
  return ROLE_HEADS.find((head) => head.every((word, offset) => words[index + offset] === word));
}

/** The longest role head that ends where `head` does when `head` starts at `at`: "phó chủ tịch" around "chủ tịch". */
export function fullHeadAround(tokens: Token[], at: number, head: string[]): string[] {
  for (const candidate of ROLE_HEADS) {
    if (candidate.length <= head.length) continue;
    const extra = candidate.length - head.length;
    if (at - extra < 0 || !head.every((word, offset) => candidate[extra + offset] === word)) continue;
    if (candidate.every((word, offset) => tokens[at - extra + offset]?.word === word)) return candidate;
  }
  return head;
}

/** The longest role head that ends right before `end`. */
function headEndingAt(tokens: Token[], end: number): string[] | undefined {
  return ROLE_HEADS.find((head) => end - head.length >= 0 && head.every((word, offset) => tokens[end - head.length + offset]!.word === word));
}

const sameTitleFamily = (a: string[], b: string[]) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word, offset) => long[long.length - short.length + offset] === word);
};

/**
 * A title the draft puts before an office that the sources give, for that office, only as another
 * title of the same family: "Chủ tịch UBND quận 1" where the article writes "Phó chủ tịch UBND quận 1",
 * "Cục trưởng" for "Chi cục trưởng". Returns the draft's title and office, or null.
 */
export function titleOfOfficeChanged(draft: Token[], sentences: Token[][]): string | null {
  const words = draft.map((token) => token.word);
  for (let index = 0; index < draft.length; index += 1) {
    const head = roleHeadAt(words, index);
    if (!head || fullHeadAround(draft, index, head).length !== head.length) continue;
    const office: string[] = [];
    for (const token of draft.slice(index + head.length)) {
      if (token.breakBefore || office.length >= 6) break;
      office.push(token.word);
    }
    if (office.length < 2) continue;
    let others: string[][] = [];
    for (let length = office.length; length >= Math.min(3, office.length); length -= 1) {
      const heads = sentences.flatMap((tokens) =>
        findPhrase(tokens, office.slice(0, length)).flatMap((at) => {
          const before = headEndingAt(tokens, at);
          return before ? [before] : [];
        }),
      );
      if (heads.some((other) => other.join(' ') === head.join(' '))) {
        others = [];
        break;
      }
      if (others.length === 0) others = heads;
    }
    if (others.length > 0 && others.every((other) => sameTitleFamily(other, head))) return [...head, ...office].join(' ');
    // "Bí thư Đà Nẵng" where the article says only "Chủ tịch Đà Nẵng": another title, unless the article
    // pairs the draft's title with the place elsewhere, through its body ("Bí thư Thành ủy Đà Nẵng").
    if (others.length > 0 && others.every((other) => !sameTitleFamily(other, head)) && !titledNear(sentences, head, office.slice(0, 2))) return [...head, ...office].join(' ');
  }
  return null;
}

/** Whether a sentence puts the title a few words before the office: "Bí thư Thành ủy Đà Nẵng" for "bí thư" and "đà nẵng". */
function titledNear(sentences: Token[][], head: string[], office: string[]): boolean {
  return sentences.some((tokens) => {
    const offices = findPhrase(tokens, office);
    return findPhrase(tokens, head).some((at) => offices.some((where) => where >= at + head.length && where <= at + head.length + 4));
  });
}

/** Offices a title is moved between: ministries and provincial departments. */
const MINISTRY_WORDS = new Set(['bộ', 'sở']);

/**
 * A title the draft gives to another office of the article: "Bộ trưởng Bộ Tài chính quy định" where
 * the article writes "do Bộ trưởng Bộ Giao thông vận tải quy định" (and Bộ Tài chính elsewhere). The
 * article never pairs the title with the draft's office, and its sentence with the same title before
 * another office of the same kind shares the draft's other words. Returns the draft's title and office.
 */
export function officeOfTitleChanged(draft: Token[], sentences: Token[][]): string | null {
  const words = draft.map((token) => token.word);
  for (let index = 0; index < draft.length; index += 1) {
    const head = roleHeadAt(words, index);
    if (!head || fullHeadAround(draft, index, head).length !== head.length) continue;
    const start = index + head.length;
    const office = draft.slice(start, start + 3);
    if (office.length < 3 || !MINISTRY_WORDS.has(office[0]!.word) || office.some((token) => token.breakBefore || token.value !== undefined)) continue;
    const key = [...head, ...office.map((token) => token.word)];
    // The office must be one the article names: an office it never names is the name check's to flag.
    if (sentences.some((tokens) => findPhrase(tokens, key).length > 0) || !sentences.some((tokens) => findPhrase(tokens, office.map((token) => token.word)).length > 0)) continue;
    const rest = new Set(words.filter((word, at) => (at < index || at >= start + 3) && word.length > 1));
    const swapped = sentences.some((tokens) =>
      findPhrase(tokens, [...head, office[0]!.word]).some((at) => {
        const other = tokens.slice(at + head.length, at + head.length + 3).map((token) => token.word);
        if (other.join(' ') === office.map((token) => token.word).join(' ')) return false;
        return new Set(tokens.map((token) => token.word).filter((word) => rest.has(word))).size >= 4;
      }),
    );
    if (swapped) return key.join(' ');
  }
  return null;
}
