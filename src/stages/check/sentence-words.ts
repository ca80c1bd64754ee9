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

/**
 * Where two word lists differ once their longest common start and end are set aside: "ours" and
 * "theirs" are the middles, `shared` how many words the ends hold.
 */
export function differingMiddle(ours: string[], theirs: string[]): { ours: string[]; theirs: string[]; shared: number } {
  let prefix = 0;
  while (prefix < ours.length && prefix < theirs.length && ours[prefix] === theirs[prefix]) prefix += 1;
  let suffix = 0;
  const room = Math.min(ours.length, theirs.length) - prefix;
  while (suffix < room && ours[ours.length - 1 - suffix] === theirs[theirs.length - 1 - suffix]) suffix += 1;
  return { ours: ours.slice(prefix, ours.length - suffix), theirs: theirs.slice(prefix, theirs.length - suffix), shared: prefix + suffix };
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
