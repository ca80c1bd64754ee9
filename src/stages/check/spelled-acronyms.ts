import type { Token } from './spoken-form.ts';
import { STOP } from './sentence-words.ts';

/**
 * "NTTS" where the article writes "nuôi trồng thủy sản", "TT&TT" for "Thông tin và Truyền thông":
 * an acronym the speech lexicon does not know is the article's when a run of its words, in one
 * clause, begins with the acronym's letters ("&" standing for "và"). Four letters at least: three
 * initials match some run of words in most articles by chance.
 */
const MIN_LETTERS = 4;

function letterMatches(letter: string, token: Token | undefined): boolean {
  if (!token || token.value !== undefined) return false;
  if (letter === '&') return token.word === 'và';
  return !STOP.has(token.word) && token.word.startsWith(letter);
}

export function acronymSpelledOut(acronym: string, sentences: Token[][]): boolean {
  const letters = [...acronym.toLowerCase()].filter((letter) => /[\p{L}&]/u.test(letter));
  if (letters.filter((letter) => letter !== '&').length < MIN_LETTERS) return false;
  return sentences.some((tokens) =>
    tokens.some((_token, start) => letters.every((letter, offset) => letterMatches(letter, tokens[start + offset]) && (offset === 0 || !tokens[start + offset]!.breakBefore))),
  );
}
