import type { Token } from './spoken-form.ts';

/** The law an article number at `index` ("điều #33") belongs to, as its first words: "luật hôn nhân", "bộ luật dân sự". */
function lawAfter(tokens: Token[], index: number): string | undefined {
  let at = index + 2;
  if (tokens[at]?.word === 'của') at += 1;
  const length = tokens[at]?.word === 'luật' ? 3 : tokens[at]?.word === 'bộ' && tokens[at + 1]?.word === 'luật' ? 4 : 0;
  const words = tokens.slice(at, at + length);
  if (length === 0 || words.length < length || words.some((token, offset) => token.value !== undefined || (offset > 0 && token.breakBefore))) return undefined;
  return words.map((token) => token.word).join(' ');
}

/** Each "Điều N <law>" of a sentence: the article number and its law. */
function lawArticles(tokens: Token[]): Array<{ article: number; law: string }> {
  return tokens.flatMap((token, index) => {
    const article = tokens[index + 1]?.value;
    const law = token.word === 'điều' && article !== undefined ? lawAfter(tokens, index) : undefined;
    return law && article !== undefined ? [{ article, law }] : [];
  });
}

/**
 * Article numbers the draft gives a law that the article cites by other numbers only: "khoản 1 Điều
 * 40 Luật Hôn nhân và Gia đình 2014" where the article quotes "Khoản 1 Điều 33 Luật Hôn nhân và Gia
 * đình 2014" (and "Điều 40 của Luật này" only inside it). Returns "điều 40 luật hôn nhân".
 */
export function lawArticlesChanged(draft: Token[], sentences: Token[][]): string[] {
  const cited = sentences.flatMap(lawArticles);
  return lawArticles(draft)
    .filter(({ article, law }) => {
      const ofLaw = cited.filter((entry) => entry.law === law);
      return ofLaw.length > 0 && !ofLaw.some((entry) => entry.article === article);
    })
    .map(({ article, law }) => `điều ${article} ${law}`);
}
