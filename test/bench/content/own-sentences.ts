/**
 * The broadest false-flag figure the corpus allows: each sentence of a real article, read back as
 * a draft against that article, says nothing the article does not. Every flag here is a false flag
 * on text nobody on the team wrote or chose.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { splitSentences } from '../../../src/text/split-sentences.ts';

/** Shorter lines are titles, captions and bylines, not what a script would say. */
const MIN_WORDS = 8;

export interface OwnSentenceScore {
  sentences: number;
  flagged: string[];
}

async function articleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

export async function scoreOwnSentences(articlesFolder: string): Promise<OwnSentenceScore> {
  const score: OwnSentenceScore = { sentences: 0, flagged: [] };
  for (const file of await articleFiles(articlesFolder)) {
    const article = (await readFile(file, 'utf8')).normalize('NFC');
    for (const sentence of splitSentences(article)) {
      if (sentence.trim().split(/\s+/u).length < MIN_WORDS) continue;
      score.sentences += 1;
      const issues = checkFacts({ headline: '', script: sentence.trim(), bullets: [] }, [article]);
      if (issues.length > 0) score.flagged.push(`  own sentence flagged (${file.split('/').pop()}) ${JSON.stringify(issues.map((issue) => `${issue.kind}:${issue.value}`))} ← ${sentence.trim().slice(0, 160)}`);
    }
  }
  return score;
}
