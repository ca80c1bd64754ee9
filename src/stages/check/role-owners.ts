import { fullHeadAround, roleHeadAt } from './role-titles.ts';
import { findPhrase } from './sentence-words.ts';
import type { Token } from './spoken-form.ts';

const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'ngài']);
const FORMER = new Set(['cựu', 'nguyên']);
const PLACE_MARKERS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường']);
/** "X, Giám đốc … và Y, Phó Giám đốc …": a list of people goes on after these; what follows is the next person's. */
const NEXT_PERSON = new Set(['và', 'cùng', 'với']);

/** The titles written right after a person's name ("X, Ủy viên Bộ Chính trị, Chủ tịch nước,") or right before it. */
export function rolesAround(tokens: Token[], start: number, end: number): string[][] {
  const roles: string[][] = [];
  let at = end;
  while (tokens[at]?.breakBefore) {
    const words: string[] = [tokens[at]!.word];
    for (at += 1; at < tokens.length && !tokens[at]!.breakBefore; at += 1) words.push(tokens[at]!.word);
    // "cựu Chủ tịch", "nguyên Phó Chánh án": a former title is still that person's.
    if (FORMER.has(words[0]!)) words.shift();
    const joined = words.findIndex((word) => NEXT_PERSON.has(word));
    const clause = words.slice(0, Math.min(8, joined > 0 ? joined : words.length));
    if (!roleHeadAt(clause)) break;
    roles.push(clause);
    if (joined > 0) break;
  }
  // "…, Giám đốc nhà máy; Phạm Thị Trinh, …": a name after a comma starts an item of a list, the title before it is the last item's.
  if (tokens[start]?.breakBefore) return roles;
  const before: string[] = [];
  for (let index = start - 1; index >= 0 && before.length < 10; index -= 1) {
    if (NEXT_PERSON.has(tokens[index]!.word)) break;
    before.unshift(tokens[index]!.word);
    // "Thị trưởng Ollolai, ông Casula,": the title is the clause before the honorific.
    if (tokens[index]!.breakBefore && !before.every((word) => HONORIFICS.has(word))) break;
  }
  while (HONORIFICS.has(before.at(-1) ?? '')) before.pop();
  // "… Tòa án nhân dân thành phố Hồ Chí Minh": a name right after a place marker ends an office, it holds no title.
  if (PLACE_MARKERS.has(before.at(-1) ?? '') || before.slice(-2).join(' ') === 'thành phố') return roles;
  const offset = before.findIndex((_, index) => roleHeadAt(before, index) !== undefined);
  if (offset >= 0) roles.push(before.slice(offset));
  return roles;
}

/**
 * Whether a title ending at `end` may be of the name at `hit` after it: "Chủ tịch UBND tỉnh Trần Trí
 * Quang" runs on, "Thị trưởng Ollolai, ông Casula" goes on after a comma with an honorific; after a
 * comma alone the name starts the next item of a list ("Đào Duy Phong (cựu Chủ tịch HĐQT PVP Land),
 * Nguyễn Ngọc Sinh (…)"), whose title follows it.
 */
function titleBefore(tokens: Token[], end: number, hit: number): boolean {
  const breakAt = tokens.slice(end, hit + 1).findIndex((token) => token.breakBefore);
  if (breakAt < 0) return true;
  return end + breakAt === hit - 1 && HONORIFICS.has(tokens[hit - 1]!.word);
}

/** Whether the role a draft gives a person is, in the sources, nearest to that same person. */
export function roleBelongs(person: string[], role: string[], sentences: Token[][], people: string[][]): boolean {
  const head = roleHeadAt(role)!;
  for (let length = role.length; length >= head.length; length -= 1) {
    const key = role.slice(0, length);
    const owners: string[] = [];
    for (const tokens of sentences) {
      // "Phó chủ tịch" is another title than "chủ tịch", though it ends with it.
      for (const at of findPhrase(tokens, key).filter((hit) => fullHeadAround(tokens, hit, head).length === head.length)) {
        let nearest: { name: string; distance: number } | null = null;
        for (const name of people) {
          for (const hit of findPhrase(tokens, name)) {
            const after = hit >= at + key.length;
            const distance = after ? hit - (at + key.length) : at - (hit + name.length);
            if (after && !titleBefore(tokens, at + key.length, hit)) continue;
            if (distance >= 0 && (!nearest || distance < nearest.distance)) nearest = { name: name.join(' '), distance };
          }
        }
        if (nearest) owners.push(nearest.name);
      }
    }
    if (owners.length === 0) continue;
    const own = person.join(' ');
    return owners.some((owner) => owner === own || owner.startsWith(`${own} `) || own.startsWith(`${owner} `) || owner.endsWith(` ${person.at(-1)}`) || own.endsWith(` ${owner.split(' ').at(-1)}`));
  }
  return false;
}
