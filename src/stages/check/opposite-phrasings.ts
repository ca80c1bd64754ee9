import type { Token } from './spoken-form.ts';
import { STOP, findPhrase } from './sentence-words.ts';

type Family = 'in' | 'out';

/** Words that keep a part in a whole ("kể cả X") and words that take it out ("trừ X"). */
const PART_MARKERS: Array<[Family, string[]]> = [
  ['out', ['không', 'bao', 'gồm']],
  ['out', ['không', 'kể']],
  ['out', ['ngoại', 'trừ']],
  ['out', ['loại', 'trừ']],
  ['out', ['trừ']],
  ['in', ['bao', 'gồm', 'cả']],
  ['in', ['gồm', 'cả']],
  ['in', ['kể', 'cả']],
  ['in', ['bao', 'gồm']],
];

/** Words that say a rule stays ("giữ nguyên quy định") and words that say it goes ("bãi bỏ quy định"). */
const RULE_MARKERS: Array<[Family, string[]]> = [
  ['in', ['tiếp', 'tục', 'áp', 'dụng']],
  ['in', ['giữ', 'nguyên']],
  ['in', ['duy', 'trì']],
  ['out', ['bãi', 'bỏ']],
  ['out', ['hủy', 'bỏ']],
  ['out', ['huỷ', 'bỏ']],
  ['out', ['xóa', 'bỏ']],
  ['out', ['xoá', 'bỏ']],
  ['out', ['bỏ']],
];

/** Words between a marker and what it marks: "trừ các trung tâm". */
const FILLERS = new Set(['các', 'những', 'toàn', 'bộ']);

/** The marker that ends right before the words at `start`, fillers skipped; the longest one. */
function markerBefore(tokens: Token[], start: number, markers: Array<[Family, string[]]>): [Family, string[]] | undefined {
  let end = start;
  while (end > 0 && FILLERS.has(tokens[end - 1]!.word)) end -= 1;
  if (tokens[start]?.breakBefore && end === start) return undefined;
  return markers.find(([, words]) => {
    const from = end - words.length;
    return from >= 0 && words.every((word, offset) => tokens[from + offset]!.word === word);
  });
}

/** Two words a marker may be about: no figures, not across a comma, at least one that says something. */
function objectAt(tokens: Token[], start: number): string[] | undefined {
  const words = tokens.slice(start, start + 2);
  if (words.length < 2 || FILLERS.has(words[0]!.word) || words[1]!.breakBefore || words.some((token) => token.value !== undefined)) return undefined;
  // "trừ khi" is "unless", not "except".
  if (words[0]!.word === 'khi' || words.every((token) => STOP.has(token.word))) return undefined;
  return words.map((token) => token.word);
}

/**
 * A part the draft keeps in where the article takes it out, or the reverse, or a rule the draft keeps
 * that the article abolishes: "kể cả các trung tâm đào tạo" against "trừ Trung tâm đào tạo", "vẫn giữ
 * nguyên quy định" against "đã bãi bỏ quy định này". The article must never say it the draft's way.
 */
function markedFlips(draft: Token[], sentences: Token[][], markers: Array<[Family, string[]]>): string[] {
  const flips: string[] = [];
  for (let start = 1; start < draft.length; start += 1) {
    const [family, words] = markerBefore(draft, start, markers) ?? [];
    const object = family && objectAt(draft, start);
    if (!family || !words || !object) continue;
    const said = sentences.flatMap((tokens) => findPhrase(tokens, object).map((hit) => markerBefore(tokens, hit, markers)));
    const opposite = said.find((marker) => marker !== undefined && marker[0] !== family);
    if (!opposite || said.some((marker) => marker?.[0] === family)) continue;
    flips.push(`${words.join(' ')} ${object.join(' ')} (bài gốc: ${opposite[1].join(' ')} ${object.join(' ')})`);
  }
  return flips;
}

/** "chỉ được tiêu thụ trong nước" where the article says "không chỉ được tiêu thụ trong nước mà còn …". */
function notOnlyDropped(draft: Token[], sentences: Token[][]): string[] {
  const flips: string[] = [];
  draft.forEach((token, at) => {
    if (token.word !== 'chỉ' || draft[at - 1]?.word === 'không') return;
    const phrase = draft.slice(at, at + 3);
    if (phrase.length < 3 || phrase.some((word, offset) => offset > 0 && word.breakBefore)) return;
    const words = phrase.map((word) => word.word);
    const hits = sentences.flatMap((tokens) => findPhrase(tokens, words).map((hit) => tokens[hit - 1]?.word === 'không'));
    if (hits.length > 0 && hits.every(Boolean)) flips.push(`${words.join(' ')} (bài gốc: không ${words.join(' ')})`);
  });
  return flips;
}

/** Negations said with words that are no negation: a part kept in or left out, a rule kept or abolished, "không chỉ" dropped. */
export function oppositePhrasings(draft: Token[], sentences: Token[][]): string[] {
  return [...markedFlips(draft, sentences, PART_MARKERS), ...markedFlips(draft, sentences, RULE_MARKERS), ...notOnlyDropped(draft, sentences)];
}
