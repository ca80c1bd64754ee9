/**
 * False flags on faithful rewrites at scale: every article sentence own-sentences.ts reads, rewritten
 * by rule in the notation editors and language models use (notation-rewrites.ts), one rule per
 * draft, and checked against its own article. The sentence itself is not flagged (own-sentences
 * measures that), so a flag here is the rewrite's.
 */
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { REWRITE_FAMILIES, rewritesOf } from './notation-rewrites.ts';
import { readArticleSentences } from './own-sentences.ts';

export interface RewrittenScore {
  drafts: number;
  flagged: string[];
  byFamily: Map<string, { drafts: number; flagged: number }>;
}

export async function scoreRewrittenSentences(articlesFolder: string): Promise<RewrittenScore> {
  const score: RewrittenScore = { drafts: 0, flagged: [], byFamily: new Map([...REWRITE_FAMILIES.map((family) => family.name), 'all at once'].map((name) => [name, { drafts: 0, flagged: 0 }])) };
  for (const { file, article, sentences } of await readArticleSentences(articlesFolder)) {
    // A sentence flagged as it stands tells nothing about its rewrites, nor merged into its neighbour.
    const faithful = sentences.map((sentence) => checkFacts({ headline: '', script: sentence, bullets: [] }, [article]).length === 0);
    for (const [index, sentence] of sentences.entries()) {
      if (!faithful[index]) continue;
      for (const rewrite of rewritesOf(sentence, { article, ...(faithful[index + 1] ? { next: sentences[index + 1] } : {}) })) {
        const counts = score.byFamily.get(rewrite.family)!;
        counts.drafts += 1;
        score.drafts += 1;
        const issues = checkFacts({ headline: '', script: rewrite.draft, bullets: [] }, [article]);
        if (issues.length === 0) continue;
        counts.flagged += 1;
        score.flagged.push(`  rewrite flagged (${rewrite.family}: ${rewrite.rule}; ${file}) ${JSON.stringify(issues.map((issue) => `${issue.kind}:${issue.value}`))} ← ${rewrite.draft.slice(0, 220)}`);
      }
    }
  }
  return score;
}
