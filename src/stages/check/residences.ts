import { findPhrase } from './sentence-words.ts';
import type { Token } from './spoken-form.ts';

/** Words that give where a person lives or comes from: "trú tại", "ngụ ở", "quê quán". */
const RESIDENCE = new Set(['trú', 'ngụ', 'sống', 'quê']);
const LINKS = new Set(['tại', 'ở', 'quán', 'thường', 'tạm']);
/** Administrative units in spoken form, two-word ones first. */
const UNITS = [['thành', 'phố'], ['thị', 'trấn'], ['thị', 'xã'], ['khu', 'phố'], ['tổ', 'dân', 'phố'], ['phường'], ['xã'], ['quận'], ['huyện'], ['tỉnh'], ['thôn'], ['ấp']];

function unitAt(tokens: Token[], at: number): string[] | undefined {
  return UNITS.find((unit) => unit.every((word, offset) => tokens[at + offset]?.word === word));
}

/** The units of an address starting at `at`, one a clause: "phường Khương Đình, quận Thanh Xuân, Hà Nội" → phường and quận. */
function addressAt(tokens: Token[], at: number): Map<string, string> {
  const units = new Map<string, string>();
  let index = at;
  for (let clause = 0; clause < 6 && index < tokens.length; clause += 1) {
    const unit = unitAt(tokens, index);
    if (!unit) {
      // The first clause may be a building or a street ("Khu tập thể Đá Quý"); no other may.
      if (clause > 0) break;
    } else {
      const name: string[] = [];
      for (let word = index + unit.length; word < tokens.length && name.length < 4 && !tokens[word]!.breakBefore && !unitAt(tokens, word); word += 1) name.push(tokens[word]!.word);
      if (name.length > 0 && !units.has(unit.join(' '))) units.set(unit.join(' '), name.join(' '));
    }
    do index += 1;
    while (index < tokens.length && !tokens[index]!.breakBefore);
  }
  return units;
}

/** The address the sentence gives right after the person's name ("X, trú tại …", "X (sinh năm 1980, trú tại …)"). */
function residencesOf(tokens: Token[], person: string[]): Array<Map<string, string>> {
  const found: Array<Map<string, string>> = [];
  for (const hit of findPhrase(tokens, person)) {
    const end = hit + person.length;
    for (let at = end; at < Math.min(tokens.length, end + 8); at += 1) {
      if (!RESIDENCE.has(tokens[at]!.word)) continue;
      let start = at + 1;
      while (LINKS.has(tokens[start]?.word ?? '')) start += 1;
      found.push(addressAt(tokens, start));
      break;
    }
  }
  return found.filter((address) => address.size > 0);
}

/**
 * A unit of another address given to a person whose address the article gives: "Ông Nguyễn Anh
 * Tiến, trú tại phường Trung Văn" where the article writes "ông Nguyễn Anh Tiến, trú tại phường
 * Khương Đình" (and Trung Văn as someone else's ward). Returns the draft's unit, or null.
 */
export function residenceChanged(draft: Token[], person: string[], sentences: Token[][]): string | null {
  const claimed = residencesOf(draft, person);
  if (claimed.length === 0) return null;
  const known = sentences.flatMap((tokens) => residencesOf(tokens, person));
  for (const address of claimed) {
    for (const [unit, name] of address) {
      const given = known.flatMap((other) => (other.has(unit) ? [other.get(unit)!] : []));
      if (given.length > 0 && !given.includes(name)) return `${unit} ${name}`;
    }
  }
  return null;
}
