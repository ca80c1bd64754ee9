import { syllables } from './syllables.ts';

/** Function syllables that say nothing about what a sentence is about (bigrams still keep them). */
const STOP_SYLLABLES = new Set(
  'và của các những là có được trong với cho đã này một không theo từ tại về để đến khi thì mà cũng ra vào như sẽ đó nhiều hơn bị do nên đang vẫn rằng lại còn nhưng hay hoặc tới qua ở trên dưới sau trước cùng việc nhằm đây ông bà anh chị'.split(' '),
);

/**
 * At most this many sentences (from the start) are ranked: the pair table grows with its square,
 * and a news article states its facts long before sentence 160. Later sentences score 0.
 */
export const MAX_RANKED_SENTENCES = 160;

/** Work done by one ranking, for callers that must show it stays bounded. */
export interface RankWork {
  sentencesRanked: number;
  comparisons: number;
}

export interface RankOptions {
  /** 0..1: how much of the random-jump mass goes to early sentences (news puts the key facts first). */
  leadBias?: number;
  /** PageRank damping factor. */
  damping?: number;
  /** Adds the sentences ranked and similarities computed. */
  work?: RankWork;
}

/** Syllable unigrams (content only) and bigrams of a sentence: bigrams catch Vietnamese compound words. */
export function sentenceFeatures(sentence: string): Set<string> {
  const words = syllables(sentence);
  const features = new Set<string>();
  words.forEach((word, index) => {
    if (!STOP_SYLLABLES.has(word) && !/^\d+$/.test(word)) features.add(word);
    const next = words[index + 1];
    if (next !== undefined) features.add(`${word} ${next}`);
  });
  return features;
}

/** TextRank similarity: shared features over the log of the sentence sizes. */
export function sentenceSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

/**
 * Scores sentences by centrality (TextRank over syllable n-grams) with a lead-biased random jump
 * (positional PageRank). Returns one score per sentence, summing to 1; deterministic.
 */
export function rankSentences(all: string[], options: RankOptions = {}): number[] {
  const sentences = all.slice(0, MAX_RANKED_SENTENCES);
  const count = sentences.length;
  if (count === 0) return [];
  const work = options.work ?? { sentencesRanked: 0, comparisons: 0 };
  work.sentencesRanked += count;
  const leadBias = options.leadBias ?? 0.5;
  const damping = options.damping ?? 0.85;
  const features = sentences.map(sentenceFeatures);
  const weights = features.map((row, i) => features.map((column, j) => {
    if (i === j) return 0;
    work.comparisons += 1;
    return sentenceSimilarity(row, column);
  }));
  const outSums = weights.map((row) => row.reduce((sum, value) => sum + value, 0));
  const leadWeights = sentences.map((_, index) => 1 / (index + 1));
  const leadTotal = leadWeights.reduce((sum, value) => sum + value, 0);
  const jump = leadWeights.map((weight) => (1 - leadBias) / count + (leadBias * weight) / leadTotal);

  let scores = jump.slice();
  for (let iteration = 0; iteration < 60; iteration += 1) {
    // Sentences sharing nothing with the rest hand their mass to the jump vector.
    const dangling = scores.reduce((sum, score, i) => (outSums[i] === 0 ? sum + score : sum), 0);
    const next = jump.map((j) => (1 - damping) * j + damping * dangling * j);
    for (let i = 0; i < count; i += 1) {
      if (outSums[i] === 0) continue;
      for (let k = 0; k < count; k += 1) next[k]! += (damping * scores[i]! * weights[i]![k]!) / outSums[i]!;
    }
    const delta = next.reduce((sum, value, i) => sum + Math.abs(value - scores[i]!), 0);
    scores = next;
    if (delta < 1e-9) break;
  }
  return [...scores, ...all.slice(count).map(() => 0)];
}
