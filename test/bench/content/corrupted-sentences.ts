/**
 * Detection at scale on real text: every article sentence own-sentences.ts reads back, corrupted by
 * rule once per kind it allows (content/corruptions.ts), is checked against its own article. A sentence
 * the check already flags as written is left out: a flag there says nothing about the corruption.
 */
import { flagsOf, readArticleSentences } from './own-sentences.ts';
import { corruptionsOf, type Corruption, type CorruptionKind } from './corruptions.ts';

export interface CorruptedScore {
  drafts: number;
  byKind: Map<CorruptionKind, { total: number; caught: number }>;
  missed: string[];
}

/** Every corrupted draft of the corpus, with the article it is checked against. */
export async function corruptedDrafts(articlesFolder: string): Promise<Array<Corruption & { name: string; article: string; sentence: string }>> {
  const drafts: Array<Corruption & { name: string; article: string; sentence: string }> = [];
  for (const { file: name, article, sentences } of await readArticleSentences(articlesFolder)) {
    for (const sentence of sentences) {
      const corruptions = corruptionsOf(sentence, article);
      if (corruptions.length === 0 || flagsOf(sentence, article).length > 0) continue;
      for (const corruption of corruptions) drafts.push({ ...corruption, name, article, sentence });
    }
  }
  return drafts;
}

export async function scoreCorruptedSentences(articlesFolder: string): Promise<CorruptedScore> {
  const score: CorruptedScore = { drafts: 0, byKind: new Map(), missed: [] };
  for (const draft of await corruptedDrafts(articlesFolder)) {
    score.drafts += 1;
    const entry = score.byKind.get(draft.kind) ?? { total: 0, caught: 0 };
    entry.total += 1;
    if (flagsOf(draft.draft, draft.article).length > 0) entry.caught += 1;
    else score.missed.push(`  missed ${draft.kind} (${draft.name}) [${draft.change}] ← ${draft.draft.slice(0, 220)}`);
    score.byKind.set(draft.kind, entry);
  }
  return score;
}
