import type { Lexicon } from './lexicon.ts';

const compiled = new WeakMap<Lexicon, RegExp | null>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest written form first, so "VKSNDTC" wins over "VKSND" and "TP.HCM" over "TP". */
function compile(lexicon: Lexicon): RegExp | null {
  const keys = [...lexicon.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return null;
  const word = /[\p{L}\p{N}]/u;
  // An abbreviation ending in a capital may run into a number: "QL18", "KV1", "COVID19".
  const end = (key: string) => (/\p{Lu}$/u.test(key) ? '(?![\\p{L}])' : word.test(key.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '');
  const alternative = (key: string) => `${escapeRegExp(key)}${end(key)}`;
  // Keys that start with a letter share one look-behind, checked once per position instead of once per key.
  const wordStart = keys.filter((key) => word.test(key.at(0)!)).map(alternative);
  const otherStart = keys.filter((key) => !word.test(key.at(0)!)).map(alternative);
  const groups = [];
  if (wordStart.length) groups.push(`(?<![\\p{L}\\p{N}])(?:${wordStart.join('|')})`);
  if (otherStart.length) groups.push(`(?:${otherStart.join('|')})`);
  return new RegExp(groups.join('|'), 'gu');
}

/**
 * "Ủy ban Kiểm tra (UBKT)": the bracket only introduces the abbreviation the text has just spelled
 * out, so reading it would say the same words twice. Such brackets are dropped.
 */
function dropRedundantDefinitions(text: string, lexicon: Lexicon): string {
  return text.replace(/\s*\(([^()\s]{2,12})\)/gu, (match, abbreviation: string, offset: number) => {
    const spoken = lexicon.get(abbreviation);
    if (!spoken) return match;
    const before = text.slice(Math.max(0, offset - spoken.length - 1), offset).toLowerCase();
    return before.endsWith(spoken.toLowerCase()) ? '' : match;
  });
}

/** "NĐ-CP", "12/QĐ-VKSĐT": a token glued to a document code by "/" or "-" is part of the code. */
function insideCode(text: string, offset: number, length: number): boolean {
  return /[\p{L}\p{N}][/-]$/u.test(text.slice(Math.max(0, offset - 2), offset)) || /^[/-][\p{Lu}\p{N}]/u.test(text.slice(offset + length, offset + length + 2));
}

/** "ông NĐT", "bị cáo HND": after a word for a person, two or three capitals are initials, not an abbreviation. */
function personInitials(text: string, offset: number, match: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(match) && /(?<![\p{L}])(?:ông|bà|anh|chị|em|cháu|cô|chú|bé|bị cáo|bị can|bị hại|đối tượng|nạn nhân|tài xế)\s+$/iu.test(text.slice(Math.max(0, offset - 12), offset));
}

/**
 * Replaces every whole-token occurrence of a written form with its spoken form, in one pass.
 * With `keepCodes`, tokens that are part of a document code are left for the document-code rule.
 */
export function applyLexicon(text: string, lexicon: Lexicon, options: { keepCodes?: boolean } = {}): string {
  let pattern = compiled.get(lexicon);
  if (pattern === undefined) {
    pattern = compile(lexicon);
    compiled.set(lexicon, pattern);
  }
  if (!pattern) return text;
  // Spaces around the spoken form: "TP.Đà Nẵng" must become "thành phố Đà Nẵng"; extra spaces are collapsed later.
  return dropRedundantDefinitions(text, lexicon).replace(pattern, (match, offset: number, all: string) =>
    (options.keepCodes && insideCode(all, offset, match.length)) || personInitials(all, offset, match) ? match : ` ${lexicon.get(match) ?? match} `,
  );
}
