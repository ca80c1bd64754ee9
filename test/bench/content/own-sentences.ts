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

/** One corpus article and its sentences long enough to be what a script says. */
export interface ArticleSentences {
  file: string;
  article: string;
  sentences: string[];
}

async function articleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.txt')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

export async function readArticleSentences(articlesFolder: string): Promise<ArticleSentences[]> {
  const articles: ArticleSentences[] = [];
  for (const file of await articleFiles(articlesFolder)) {
    const article = (await readFile(file, 'utf8')).normalize('NFC');
    const sentences = splitSentences(article).map((sentence) => sentence.trim()).filter((sentence) => sentence.split(/\s+/u).length >= MIN_WORDS);
    articles.push({ file: file.split('/').pop()!, article, sentences });
  }
  return articles;
}

/** The check's flags on `sentence` read as a draft against `article`, as "kind:value". */
export function flagsOf(sentence: string, article: string): string[] {
  return checkFacts({ headline: '', script: sentence, bullets: [] }, [article]).map((issue) => `${issue.kind}:${issue.value}`);
}

export async function scoreOwnSentences(articlesFolder: string): Promise<OwnSentenceScore> {
  const score: OwnSentenceScore = { sentences: 0, flagged: [] };
  for (const { file, article, sentences } of await readArticleSentences(articlesFolder)) {
    for (const sentence of sentences) {
      score.sentences += 1;
      const issues = flagsOf(sentence, article);
      if (issues.length > 0) score.flagged.push(`  own sentence flagged (${file}) ${JSON.stringify(issues)} ← ${sentence.slice(0, 160)}`);
    }
  }
  return score;
}
