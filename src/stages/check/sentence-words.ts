import type { SpokenText, Token } from './spoken-form.ts';

/** Words that negate what follows them. */
export const NEGATIONS = new Set(['không', 'chưa', 'chẳng', 'chả', 'chớ', 'đừng']);

/** Function words that carry no fact of their own, left out when sentences are compared. */
export const STOP = new Set(['và', 'của', 'các', 'những', 'là', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'cho', 'với', 'trong', 'tại', 'ở', 'về', 'theo', 'này', 'đó', 'từ', 'đến', 'khi', 'thì', 'mà', 'để', 'người', 'một', 'cũng', 'vào', 'ra', 'lại', 'nên', 'vẫn', 'còn', ...NEGATIONS]);

// Source sentences are compared with every draft sentence, person and place of a story: their words are read once.
const contentWordsOf = new WeakMap<Token[], Set<string>>();

export function contentWords(tokens: Token[]): Set<string> {
  let words = contentWordsOf.get(tokens);
  if (!words) {
    words = new Set(tokens.filter((token) => token.value === undefined && !STOP.has(token.word) && token.word.length > 1).map((token) => token.word));
    contentWordsOf.set(tokens, words);
  }
  return words;
}

/** The source sentences closest in words to a draft sentence, best first, with their share of the draft's words. */
export function closestSentences(draft: Token[], sources: SpokenText[], ignore: Set<string> = new Set()): Array<{ tokens: Token[]; score: number }> {
  const words = [...contentWords(draft)].filter((word) => !ignore.has(word));
  if (words.length === 0) return [];
  return sources
    .flatMap((source) => source.sentences)
    .map((tokens) => {
      const own = contentWords(tokens);
      return { tokens, score: words.filter((word) => own.has(word)).length / words.length };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}

export function wordAfter(tokens: Token[], index: number): string | undefined {
  const next = tokens[index + 1];
  return index >= 0 && next && !next.breakBefore && next.value === undefined && !STOP.has(next.word) ? next.word : undefined;
}

/** Where a phrase of words occurs in a token list. */
export function findPhrase(tokens: Token[], phrase: string[]): number[] {
  const hits: number[] = [];
  if (phrase.length === 0) return hits;
  for (let index = 0; index + phrase.length <= tokens.length; index += 1) {
    if (phrase.every((word, offset) => tokens[index + offset]!.word === word)) hits.push(index);
  }
  return hits;
}
