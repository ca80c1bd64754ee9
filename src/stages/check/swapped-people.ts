import type { SpokenText, Token } from './spoken-form.ts';
import { closestSentences, differingMiddle } from './sentence-words.ts';

/** Words that join two people without ranking them: "A và B" says what "B và A" says. */
const JOINS = new Set(['và', 'cùng', 'với', 'hoặc', 'hay', 'lẫn']);

/** Words that name a relative; the pairs of a map say the same ("cha chồng" is "bố chồng"). */
const KIN = new Set('bố cha ba mẹ má ông bà nội ngoại chồng vợ con cháu chắt anh chị em cô chú bác dì cậu mợ thím dượng dâu rể trai gái của'.split(' '));
const SAME_KIN: Record<string, string> = { cha: 'bố', ba: 'bố', má: 'mẹ' };

/** How a draft sentence differs from the article sentence it retells: the middles after their common start and end. */
export type Retelling = { ours: string[]; theirs: string[] };

/**
 * The words where a draft sentence and the article sentence it retells differ, after their longest
 * common start and end. Of the sentences closest in words, the one the draft follows longest;
 * undefined when the draft retells none.
 */
export function retellingOf(draft: Token[], sources: SpokenText[]): Retelling | undefined {
  const draftWords = draft.map((token) => token.word);
  let best: ReturnType<typeof differingMiddle> | undefined;
  for (const candidate of closestSentences(draft, sources).filter((entry) => entry.score >= 0.7).slice(0, 5)) {
    const middle = differingMiddle(draftWords, candidate.tokens.map((token) => token.word));
    if (!best || middle.shared > best.shared) best = middle;
  }
  // The draft must retell the sentence: most of its words are the article's, in the article's order.
  return best && best.shared >= draftWords.length * 0.5 ? best : undefined;
}

/**
 * Two people of an article sentence the draft puts in each other's place: "tôn vinh Rafael Nadal …
 * kém Roger Federer" for "tôn vinh Roger Federer … kém Rafael Nadal", "bị Đức hành hạ …, chị Hường
 * cầm dao" for "bị chị Hường hành hạ …, Đức cầm dao". The draft is the sentence with the two
 * exchanged, and between them stand words that give each a part, not only "và".
 * `named` holds the spoken words of the draft's capitalized words. Returns the draft's first person.
 */
export function peopleSwapped({ ours, theirs }: Retelling, named: Set<string>): string | undefined {
  if (ours.length !== theirs.length) return undefined;
  for (let first = 1; first <= 4; first += 1) {
    for (let last = 1; last <= 4 && first + last < ours.length; last += 1) {
      const [one, between, other] = [ours.slice(0, first), ours.slice(first, ours.length - last), ours.slice(ours.length - last)];
      if ([...other, ...between, ...one].join(' ') !== theirs.join(' ') || one.join(' ') === other.join(' ')) continue;
      if (!one.some((word) => named.has(word)) || !other.some((word) => named.has(word))) continue;
      if (between.some((word) => !JOINS.has(word) && !named.has(word))) return one.join(' ');
    }
  }
  return undefined;
}

/**
 * A relative of the article's sentence replaced by another: "sẽ để lại cho bà nội bạn" for "sẽ để
 * lại cho chồng bạn". The draft retells the sentence but for those words, kinship words on both
 * sides, and neither says the other in short ("ông" for "ông nội").
 */
export function relativeSubstituted(difference: Retelling): string | undefined {
  const kin = (words: string[]) => words.map((word) => SAME_KIN[word] ?? word);
  const [ours, theirs] = [kin(difference.ours), kin(difference.theirs)];
  if (ours.length === 0 || theirs.length === 0 || ours.length > 4 || theirs.length > 4) return undefined;
  if (![...ours, ...theirs].every((word) => KIN.has(word))) return undefined;
  const within = (part: string[], whole: string[]) => part.every((word) => whole.includes(word));
  return within(ours, theirs) || within(theirs, ours) ? undefined : difference.ours.join(' ');
}
