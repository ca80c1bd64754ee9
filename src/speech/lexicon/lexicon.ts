import { BantinError } from '../../domain/errors.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { FOREIGN_NAMES } from './foreign-names.ts';

/**
 * A pronunciation lexicon: written form (matched exactly, case-sensitive, as a whole token) → the
 * words the newsreader says. Later entries win when lexicons are merged.
 */
export type Lexicon = ReadonlyMap<string, string>;

export function createLexicon(entries: Record<string, string> | Iterable<readonly [string, string]>): Lexicon {
  const pairs = Symbol.iterator in entries ? [...(entries as Iterable<readonly [string, string]>)] : Object.entries(entries);
  return new Map(pairs.map(([written, spoken]) => [written.normalize('NFC'), spoken.normalize('NFC')]));
}

/** Merges lexicons left to right: an entry in a later lexicon overrides the same written form before it. */
export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  const merged = new Map<string, string>();
  for (const lexicon of lexicons) for (const [written, spoken] of lexicon) merged.set(written, spoken);
  return merged;
}

/**
 * Parses a user lexicon file: one `written<TAB>spoken` pair per line, `#` starts a comment line,
 * blank lines are ignored. A malformed line throws a Vietnamese error naming the file and line.
 */
export function parseLexicon(tsvText: string, fileName = 'từ điển'): Lexicon {
  const entries = new Map<string, string>();
  const lines = tsvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.normalize('NFC');
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const where = `Tệp từ điển "${fileName}", dòng ${index + 1}`;
    const fields = line.split('\t');
    if (fields.length !== 2) {
      const found = fields.length === 1 ? 'không có dấu Tab' : `có ${fields.length - 1} dấu Tab`;
      throw new BantinError('speak', `${where}: cần đúng hai cột "cách viết<Tab>cách đọc", nhưng dòng này ${found}. Sửa dòng đó rồi chạy lại.`);
    }
    const written = fields[0]!.trim();
    const spoken = fields[1]!.trim();
    if (!written || !spoken) {
      throw new BantinError('speak', `${where}: thiếu ${written ? 'cách đọc' : 'cách viết'}. Mỗi dòng phải là "cách viết<Tab>cách đọc".`);
    }
    entries.set(written, spoken);
  });
  return entries;
}

/** Built-in abbreviations and foreign-name pronunciations; user lexicons are merged over it. */
export const DEFAULT_LEXICON: Lexicon = mergeLexicons(createLexicon(ABBREVIATIONS), createLexicon(FOREIGN_NAMES));
