import { countSyllables } from './split-sentences.ts';

/** Clause boundaries inside a sentence, strongest first, where a shortened version may stop. */
const STRONG_BREAK = /(?<=[;:])\s+|\s+(?=[–—-]\s)/u;
const CLAUSE_BREAK = /(?<=[,;:])\s+|\s+(?=[–—-]\s)/u;

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
 * sentence, plus a final stop (or `cutMark` after a cut inside a clause).
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

/** "Ngày 23/11, tại Thủ đô Viêng Chăn, …": time and place that a slide can do without. */
const LEADING_ADVERBIAL = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm nay|Hôm qua|Tại|Trong|Cũng trong|Đến|Từ|Vào|Sau|Trước|Theo|Phát biểu|Dịp này|Nhân dịp)(?!\p{L})[^,]{0,50},\s+/iu;

/** A slide bullet: short, no final full stop; leading time and place clauses go first when too long. */
export function toBullet(sentence: string, max = 24): string {
  let text = sentence.trim();
  while (countSyllables(text) > max && LEADING_ADVERBIAL.test(text)) {
    const rest = text.replace(LEADING_ADVERBIAL, '');
    if (countSyllables(rest) < 6) break;
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return shortenSentence(text, max, '…').replace(/\.+$/u, '').trim();
}
