import type { Token } from './spoken-form.ts';

/** Administrative units, in spoken form, by level; "thành phố" is a province or a district. */
const MARKERS: Array<{ words: string[]; levels: string[] }> = [
  { words: ['thành', 'phố'], levels: ['province', 'district'] },
  { words: ['thị', 'xã'], levels: ['district'] },
  { words: ['thị', 'trấn'], levels: ['commune'] },
  { words: ['tỉnh'], levels: ['province'] },
  { words: ['huyện'], levels: ['district'] },
  { words: ['quận'], levels: ['district'] },
  { words: ['xã'], levels: ['commune'] },
  { words: ['phường'], levels: ['commune'] },
  { words: ['ấp'], levels: ['hamlet'] },
  { words: ['thôn'], levels: ['hamlet'] },
];

/** Words before a unit that say nothing about which one it is: "ở", "tại", "thuộc". */
const NOT_ANCHORS = new Set('ở tại của thuộc từ về và cho đến ngụ trú là có các những một trong với'.split(' '));

function markerAt(tokens: Token[], at: number) {
  return MARKERS.find((marker) => marker.words.every((word, offset) => tokens[at + offset]?.word === word));
}

function markerEndingAt(tokens: Token[], end: number) {
  return MARKERS.find((marker) => end - marker.words.length >= 0 && marker.words.every((word, offset) => tokens[end - marker.words.length + offset]!.word === word));
}

const startsWith = (tokens: Token[], at: number, words: string[]) => words.every((word, offset) => tokens[at + offset]?.word === word);

/**
 * Whether a unit the draft names right after an office or another unit is, in the sources, never
 * named after those same words while another unit of its level is: "VKSND TP Hà Nội" where the
 * article writes "VKSND TP Hải Phòng"; "huyện Cao Lãnh, tỉnh Sóc Trăng" where it writes
 * "huyện Cao Lãnh, tỉnh Đồng Tháp". `at` is where the place's own words start in `draft`.
 */
export function placeAfterAnchorChanged(draft: Token[], at: number, place: string[], sentences: Token[][]): boolean {
  const marker = markerEndingAt(draft, at);
  if (!marker) return false;
  const markerStart = at - marker.words.length;
  if (markerStart < 3) return false;
  const anchor = draft.slice(markerStart - 3, markerStart).map((token) => token.word);
  if (NOT_ANCHORS.has(anchor.at(-1)!)) return false;
  let same = 0;
  let different = 0;
  for (const tokens of sentences) {
    for (let index = 0; index + anchor.length <= tokens.length; index += 1) {
      if (!startsWith(tokens, index, anchor)) continue;
      const next = index + anchor.length;
      const found = markerAt(tokens, next);
      if (startsWith(tokens, next, place) || (found && startsWith(tokens, next + found.words.length, place))) same += 1;
      else if (found && found.levels.some((level) => marker.levels.includes(level))) different += 1;
    }
  }
  return different > 0 && same === 0;
}
