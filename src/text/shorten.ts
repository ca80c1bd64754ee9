import { countSyllables } from './syllables.ts';

/** Clause boundaries inside a sentence, strongest first, where a shortened version may stop. */
const STRONG_BREAK = /(?<=[;:])\s+/u;
const CLAUSE_BREAK = /(?<=[,;:])\s+/u;

/**
 * Words that open a clause of their own after a comma ("…, đồng thời …", "…, gây thiệt hại …"):
 * what comes before them is a whole statement. After any other comma the sentence may be in the
 * middle of a list ("các tỉnh, thành ủy") or still before its main clause ("Nhờ …, nên …").
 */
export const CLAUSE_OPENER = /^(?:đồng thời|trong đó|góp phần|nhằm|gây|khiến|làm cho|qua đó|từ đó|sau đó|tuy nhiên|nhưng|song|còn|với tổng|với mức|tạo|giúp|dẫn đến|kéo theo|đưa|nâng|thu giữ|thu lợi|bắt giữ|tuyên phạt|xử phạt|kết thúc|bắt đầu|mỗi|trong khi|hiện|theo đó|cụ thể)(?![\p{L}])/u;

/** A statement may not end on a word that announces more ("… bị truy tố gồm", "… là", "… và"). */
const DANGLING = /(?<![\p{L}])(?:và|là|của|với|cho|gồm|như|các|những|tại|ở|về|từ|đến|để|do|bởi|theo|hoặc|hay|cùng|trong|thì|mà|nên)$/u;

function balanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/**
 * The longest run of whole clauses from the start of `sentence` that fits `max` syllables and is a
 * statement on its own (it stops at ";" or before a clause opener, outside brackets and quotes),
 * with a final full stop; null when there is none of at least `least` syllables.
 */
export function cutAtClause(sentence: string, max: number, least = 10): string | null {
  const text = sentence.trim().replace(/[.!…]+$/u, '');
  const parts = text.split(CLAUSE_BREAK);
  let kept = '';
  let best: string | null = null;
  for (let index = 0; index < parts.length; index += 1) {
    kept = kept ? `${kept} ${parts[index]}` : parts[index]!;
    if (countSyllables(kept) > max) break;
    const next = parts[index + 1];
    if (next === undefined) break;
    const boundary = /;$/u.test(kept) || CLAUSE_OPENER.test(next);
    const candidate = kept.replace(/[\s,;:]+$/u, '');
    if (boundary && countSyllables(candidate) >= least && balanced(candidate) && !DANGLING.test(candidate)) best = candidate;
  }
  return best === null ? null : `${best}.`;
}

/** The longest run of whole clauses from the start that fits `max` syllables. */
function clausePrefix(text: string, boundary: RegExp, max: number): string {
  let kept = '';
  for (const clause of text.split(boundary)) {
    const candidate = kept ? `${kept} ${clause}` : clause;
    if (countSyllables(candidate) > max) break;
    kept = candidate;
  }
  return kept;
}

/**
 * Shortens a sentence to at most `max` syllables, stopping at a clause boundary when one fits
 * (";" before ",") and at a word boundary otherwise. The result is always a prefix of the
 * sentence, plus a final stop (or `cutMark` after a cut inside a clause). Last resort only: a
 * lead that has no statement short enough (see cutAtClause).
 */
export function shortenSentence(sentence: string, max: number, cutMark = '.'): string {
  const trimmed = sentence.trim();
  if (countSyllables(trimmed) <= max) return trimmed;
  const enough = Math.min(14, max * 0.6);
  let kept = clausePrefix(trimmed, STRONG_BREAK, max);
  if (countSyllables(kept) < enough) kept = clausePrefix(trimmed, CLAUSE_BREAK, max);
  let mark = '.';
  if (countSyllables(kept) < enough) {
    kept = trimmed.split(/\s+/).slice(0, Math.max(1, max)).join(' ');
    mark = cutMark;
  }
  return `${kept.replace(/[\s,;:.…–—-]+$/u, '')}${mark}`;
}
