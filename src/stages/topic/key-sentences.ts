import { rankSentences as scoreSentences } from '../../text/rank-sentences.ts';
import { splitSentences as splitNewsSentences } from '../../text/split-sentences.ts';

/** Sentences of a source section, list markers removed; a quotation is never split. */
export function splitSentences(text: string): string[] {
  return splitNewsSentences(text, { keepQuotations: true })
    .map((sentence) => sentence.replace(/^[-*•–]\s+/, '').trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Sentence indices, most central first (TextRank from the shared extractive summarizer). */
export function rankSentences(sentences: string[]): number[] {
  if (sentences.length === 0) return [];
  const scores = scoreSentences(sentences, { leadBias: 0.3 });
  return scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.index);
}

/** The `count` best sentences, in their original order. */
export function keySentences(sentences: string[], count: number): string[] {
  const chosen = new Set(rankSentences(sentences).slice(0, count));
  return sentences.filter((_, index) => chosen.has(index));
}

/**
 * A sentence as slide bullets: whole when it is short enough, else its clauses at "; " when each
 * is a statement of its own. Never cut mid-clause and never ended with "…".
 */
export function toBullets(sentence: string, maxWords = 40): string[] {
  const clean = sentence.replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '');
  if (clean.split(' ').length <= maxWords) return [clean];
  const clauses = clean.split(/;\s+/).map((clause) => clause.trim());
  if (clauses.length > 1 && clauses.every((clause) => clause.split(' ').length >= 6)) return clauses.map((clause) => clause.charAt(0).toLocaleUpperCase('vi') + clause.slice(1));
  return [clean];
}

/** A comparison key: lower case, letters and digits only. */
export function sentenceKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when two sentences say the same (one holds nearly all the other's words). */
export function nearDuplicate(a: string, b: string): boolean {
  const left = new Set(sentenceKey(a).split(' '));
  const right = new Set(sentenceKey(b).split(' '));
  const shared = [...left].filter((word) => right.has(word)).length;
  const smaller = Math.min(left.size, right.size);
  // A short heading inside a long sentence is not a repeat; a sentence and its near copy are.
  return smaller / Math.max(left.size, right.size) >= 0.6 && shared / smaller >= 0.85;
}
