import { rankSentences as scoreSentences, splitSentences as splitNewsSentences } from '../../providers/llm/extractive.ts';

/** Sentences of a source section, list markers removed (the shared splitter ends one at every line). */
export function splitSentences(text: string): string[] {
  return splitNewsSentences(text)
    .map((sentence) => sentence.replace(/^[-*•]\s+/, '').trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** Sentence indices, most central first (TextRank from the shared extractive summarizer). */
export function rankSentences(sentences: string[]): number[] {
  const scores = scoreSentences(sentences, { leadBias: 0.3 });
  return scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.index);
}

/** The `count` best sentences, in their original order. */
export function keySentences(sentences: string[], count: number): string[] {
  const chosen = new Set(rankSentences(sentences).slice(0, count));
  return sentences.filter((_, index) => chosen.has(index));
}

/** A sentence shortened to a slide bullet: at most `maxWords` words, cut at a clause boundary when possible. */
export function toBullet(sentence: string, maxWords = 28): string {
  const clean = sentence.replace(/[.;:]+$/, '').trim();
  const words = clean.split(' ');
  if (words.length <= maxWords) return clean;
  const head = words.slice(0, maxWords).join(' ');
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  return cut > head.length * 0.5 ? `${head.slice(0, cut)}…` : `${head}…`;
}
