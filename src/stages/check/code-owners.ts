import { extractFacts } from './extract-facts.ts';
import { closestSentences } from './sentence-words.ts';
import type { SpokenText, Token } from './spoken-form.ts';

const codeKeys = (text: string) => extractFacts(text).flatMap((fact) => (fact.kind === 'code' ? [fact.key] : []));

/** Whether a text names a code by its number and year: a page may glue the next word on ("…/NĐ-CPngày"), a writer may drop the issuer. */
function names(text: string, key: string): boolean {
  const [number, year] = key.split('/');
  return new RegExp(`(?<![\\p{N}/])0*${number}/${year}(?![\\p{N}])`, 'u').test(text);
}

/**
 * Document codes of the article the draft gives to another document: the article sentence that
 * tells what the draft sentence tells ("… quy định mức phạt tiền tối đa trong hoạt động đường bộ …",
 * "Thông tư A sửa đổi … Thông tư B về an toàn, bảo mật …") names other codes, while the sentences that
 * name this code say something else. A code is read with what its document does, as a figure with its slot.
 */
export function codesOfAnotherDocument(draft: { tokens: Token[]; text: string }, sources: SpokenText[], written: Map<Token[], string>): string[] {
  const moved: string[] = [];
  const ranked = closestSentences(draft.tokens, sources);
  const best = ranked[0];
  if (!best || best.score < 0.6) return moved;
  const bestText = written.get(best.tokens) ?? '';
  // A swap leaves one of the article's codes out of the retold sentence; none left out means the draft names another document of its own.
  if (!codeKeys(bestText).some((key) => !names(draft.text, key))) return moved;
  for (const fact of extractFacts(draft.text)) {
    if (fact.kind !== 'code' || names(bestText, fact.key)) continue;
    const own = ranked.filter((entry) => names(written.get(entry.tokens) ?? '', fact.key));
    // A code the article never names is flagged as missing already; one it names about this very fact is its own.
    if (own.length > 0 && own.every((entry) => entry.score < best.score - 0.3)) moved.push(fact.value);
  }
  return moved;
}
