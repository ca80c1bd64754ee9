import type { Token } from './spoken-form.ts';
import { same } from './compare-spoken.ts';
import { findPhrase } from './sentence-words.ts';

interface Age {
  kind: 'tuổi' | 'sinh năm';
  value: number;
}

/** "Trịnh Xuân Thanh (52 tuổi", "Nguyễn Văn A, sinh năm 1980": the age or birth year right after a name. */
function ageAfter(tokens: Token[], at: number): Age | undefined {
  const first = tokens[at];
  if (first?.value !== undefined && tokens[at + 1]?.word === 'tuổi') return { kind: 'tuổi', value: first.value };
  if (first?.word === 'sinh' && tokens[at + 1]?.word === 'năm' && tokens[at + 2]?.value !== undefined) return { kind: 'sinh năm', value: tokens[at + 2]!.value! };
  return undefined;
}

function agesOf(tokens: Token[], person: string[]): Age[] {
  return findPhrase(tokens, person).flatMap((at) => ageAfter(tokens, at + person.length) ?? []);
}

/** An age or birth year the draft gives a person where the article gives that person another one (often another defendant's). */
export function agesOfAnotherPerson(draft: Token[], people: string[][], sentences: Token[][]): Array<{ person: string; value: number }> {
  const wrong: Array<{ person: string; value: number }> = [];
  for (const person of people) {
    for (const age of agesOf(draft, person)) {
      const known = sentences.flatMap((tokens) => agesOf(tokens, person)).filter((other) => other.kind === age.kind);
      if (known.length > 0 && !known.some((other) => same(other.value, age.value))) wrong.push({ person: person.join(' '), value: age.value });
    }
  }
  return wrong;
}
