import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BantinError } from '../../domain/errors.ts';
import { mergeLexicons, parseLexicon, type Lexicon } from './lexicon.ts';

/** Where user lexicons come from, lowest priority first. */
export interface UserLexiconSources {
  /** Directory that may hold `feeds/lexicon.tsv` (loaded when present). */
  cwd: string;
  /** Value of BANTIN_LEXICON: colon-separated file paths, each must exist. */
  envList?: string;
  /** Files named explicitly (e.g. `--lexicon FILE`), each must exist; they win over the others. */
  files?: string[];
}

/** The project's default user lexicon file, relative to the working directory. */
export const PROJECT_LEXICON_PATH = join('feeds', 'lexicon.tsv');

async function readLexiconFile(path: string): Promise<Lexicon> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new BantinError('speak', `Không đọc được tệp từ điển "${path}". Kiểm tra đường dẫn (tùy chọn --lexicon hoặc biến BANTIN_LEXICON).`, { cause });
  }
  return parseLexicon(text, path);
}

/** Loads and merges feeds/lexicon.tsv (if present), then BANTIN_LEXICON files, then explicit files. */
export async function loadUserLexicons(sources: UserLexiconSources): Promise<Lexicon> {
  const paths: string[] = [];
  const projectFile = join(sources.cwd, PROJECT_LEXICON_PATH);
  if (existsSync(projectFile)) paths.push(projectFile);
  for (const path of (sources.envList ?? '').split(':')) if (path.trim()) paths.push(path.trim());
  paths.push(...(sources.files ?? []));
  const lexicons = await Promise.all(paths.map(readLexiconFile));
  return mergeLexicons(...lexicons);
}
