/**
 * Detection at scale on real text: every article sentence own-sentences.ts reads back, corrupted by
 * rule once per kind it allows (content/corruptions.ts), is checked against its own article, first
 * whole, then cut to the clause around the error, as a writer shortening the article would say it.
 * A sentence (or clause) the check already flags as written is left out: a flag there says nothing
 * about the corruption.
 */
import { flagsOf, readArticleSentences } from './own-sentences.ts';
import { corruptionsOf, type Corruption, type CorruptionKind } from './corruptions.ts';

export type DraftForm = 'sentence' | 'clause';

export interface CorruptedScore {
  drafts: number;
  byKind: Map<`${CorruptionKind}` | `${CorruptionKind} (clause)`, { total: number; caught: number }>;
  missed: string[];
}

type CorruptedDraft = Corruption & { name: string; article: string; sentence: string; form: DraftForm };

/** Where clauses of a sentence end: commas, semicolons, colons, brackets and dashes between words. */
const CLAUSE_END = /[,;:]\s+|[()]\s*|\s[-–]\s/gu;
const MIN_CLAUSE_WORDS = 6;

/**
 * The clause of `draft` holding its change, and the same clause of `sentence`, widened to the
 * next clauses until it has six words; undefined when that is the whole sentence.
 */
export function clauseAround(sentence: string, draft: string): { faithful: string; corrupted: string } | undefined {
  let start = 0;
  while (start < sentence.length && sentence[start] === draft[start]) start += 1;
  let tail = 0;
  while (tail < sentence.length - start && sentence[sentence.length - 1 - tail] === draft[draft.length - 1 - tail]) tail += 1;
  const ends = [...sentence.matchAll(CLAUSE_END)].map((match) => ({ from: match.index!, to: match.index! + match[0].length }));
  let from = Math.max(0, ...ends.filter((end) => end.to <= start).map((end) => end.to));
  let to = Math.min(sentence.length, ...ends.filter((end) => end.from >= sentence.length - tail).map((end) => end.from));
  const words = () => sentence.slice(from, to).trim().split(/\s+/u).length;
  while (words() < MIN_CLAUSE_WORDS && (from > 0 || to < sentence.length)) {
    const next = ends.find((end) => end.from > to);
    if (to < sentence.length) to = next ? next.from : sentence.length;
    else from = Math.max(0, ...ends.filter((end) => end.to < from).map((end) => end.to));
  }
  if (from === 0 && to === sentence.length) return undefined;
  const cut = (text: string, end: number) => `${text.slice(from, end).trim().replace(/[.!?…]+$/u, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())}.`;
  const corrupted = cut(draft, draft.length - (sentence.length - to));
  // A clause cut inside a quotation would read as a broken one.
  if ((corrupted.match(/[“”"]/gu) ?? []).length % 2 === 1) return undefined;
  return { faithful: cut(sentence, to), corrupted };
}

const plainWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every corrupted draft of the corpus, in both forms, with the article it is checked against. */
export async function corruptedDrafts(articlesFolder: string): Promise<CorruptedDraft[]> {
  const drafts: CorruptedDraft[] = [];
  for (const { file: name, article, sentences } of await readArticleSentences(articlesFolder)) {
    for (const sentence of sentences) {
      const corruptions = corruptionsOf(sentence, article);
      if (corruptions.length === 0 || flagsOf(sentence, article).length > 0) continue;
      for (const corruption of corruptions) {
        drafts.push({ ...corruption, name, article, sentence, form: 'sentence' });
        const clause = clauseAround(sentence, corruption.draft);
        // A clause may drop what made the change an error: "Ông A, Ủy viên Bộ Chính trị" is as true of B.
        if (clause && !plainWords(article).includes(plainWords(clause.corrupted)) && flagsOf(clause.faithful, article).length === 0) drafts.push({ ...corruption, draft: clause.corrupted, name, article, sentence: clause.faithful, form: 'clause' });
      }
    }
  }
  return drafts;
}

export async function scoreCorruptedSentences(articlesFolder: string): Promise<CorruptedScore> {
  const score: CorruptedScore = { drafts: 0, byKind: new Map(), missed: [] };
  for (const draft of await corruptedDrafts(articlesFolder)) {
    score.drafts += 1;
    const key = draft.form === 'clause' ? (`${draft.kind} (clause)` as const) : draft.kind;
    const entry = score.byKind.get(key) ?? { total: 0, caught: 0 };
    entry.total += 1;
    if (flagsOf(draft.draft, draft.article).length > 0) entry.caught += 1;
    else score.missed.push(`  missed ${key} (${draft.name}) [${draft.change}] ← ${draft.draft.slice(0, 220)}`);
    score.byKind.set(key, entry);
  }
  return score;
}
