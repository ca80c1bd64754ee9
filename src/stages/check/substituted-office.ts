import { spokenPhrase, type Token } from './spoken-form.ts';
import { STOP, findPhrase } from './sentence-words.ts';

/** A ministry or department as the press writes it: "Bộ Công an", "Bộ Giáo dục và Đào tạo", "Sở Tài chính". */
const OFFICE = /(?<![\p{L}])(?:Bộ|Sở) \p{Lu}\p{L}* \p{L}+(?: và (?!Bộ |Sở )\p{Lu}\p{L}* \p{L}+)?/gu;

/** The words of what an office does in the draft: enough to be the article's own clause, not a common verb. */
const ACTION_WORDS = 4;

function officesOf(text: string): Array<{ name: string; words: string[] }> {
  const names = [...new Set([...text.matchAll(OFFICE)].map((match) => match[0]))];
  return names.map((name) => ({ name, words: spokenPhrase(name).split(' ') }));
}

function endsAt(tokens: Token[], at: number, office: string[]): boolean {
  return at >= office.length && office.every((word, offset) => tokens[at - office.length + offset]!.word === word);
}

/**
 * Offices of the draft put where the article names another: "Bộ Công an gửi hồ sơ đề nghị …" where
 * the article writes "Bộ Ngoại giao gửi hồ sơ đề nghị …". The draft's office and the words after it
 * must be the article's words after another office, and the article must never give those words to
 * the draft's office (nor name it just before them: "Bộ Công an và Bộ Ngoại giao gửi hồ sơ …").
 */
export function officesSubstituted(raw: string, draft: Token[], written: Map<Token[], string>): string[] {
  const found: string[] = [];
  for (const { name, words: office } of officesOf(raw)) {
    for (const at of findPhrase(draft, office)) {
      const action = draft.slice(at + office.length, at + office.length + ACTION_WORDS);
      if (action.length < ACTION_WORDS || action.some((token) => token.breakBefore)) continue;
      if (action.filter((token) => token.value === undefined && !STOP.has(token.word) && token.word.length > 1).length < 2) continue;
      const words = action.map((token) => token.word);
      let own = false;
      let other = false;
      for (const [tokens, sentence] of written) {
        const others = officesOf(sentence).map((candidate) => candidate.words).filter((candidate) => candidate.join(' ') !== office.join(' '));
        for (const hit of findPhrase(tokens, words)) {
          if (findPhrase(tokens.slice(Math.max(0, hit - office.length - 8), hit), office).length > 0) own = true;
          else if (others.some((candidate) => endsAt(tokens, hit, candidate))) other = true;
        }
      }
      if (other && !own) found.push(name);
    }
  }
  return [...new Set(found)];
}
