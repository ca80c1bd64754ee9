import { applyLexicon } from '../lexicon/apply-lexicon.ts';
import { DEFAULT_LEXICON, mergeLexicons, type Lexicon } from '../lexicon/lexicon.ts';
import { normalizeAcronyms } from './acronyms.ts';
import { normalizeDates } from './dates.ts';
import { normalizeDocumentCodes } from './document-codes.ts';
import { readListMarker } from './list-markers.ts';
import { normalizeMeasures } from './measures.ts';
import { normalizeNumbers } from './numbers.ts';
import type { NumberWords } from './read-number.ts';
import { normalizeRomanNumerals } from './roman-numerals.ts';
import { normalizeSymbols } from './symbols.ts';
import { normalizeTimes } from './times.ts';
import { normalizeWebAndPhone } from './web-and-phone.ts';

export { DEFAULT_LEXICON, createLexicon, mergeLexicons, parseLexicon, type Lexicon } from '../lexicon/lexicon.ts';

/** Options of {@link normalizeForSpeech}. */
export interface NormalizeOptions {
  /** Word for 1000: "nghìn" (default, the news standard) or "ngàn" (Southern). */
  thousand?: 'nghìn' | 'ngàn';
  /** Extra entries merged over {@link DEFAULT_LEXICON}; an entry here overrides the built-in one. */
  lexicon?: Lexicon;
}

/** The built-in lexicon with the user's entries over it (for document codes), and the user's own entries. */
interface Lexicons {
  merged: Lexicon;
  user: Lexicon;
}

const cache = new WeakMap<Lexicon, Lexicons>();
const NO_ENTRIES: Lexicon = new Map();

/**
 * Callers pass either extra entries or the built-in lexicon already merged with them; an entry is
 * the user's when the built-in lexicon does not say the same thing.
 */
function lexiconsFor(given: Lexicon | undefined): Lexicons {
  if (!given) return { merged: DEFAULT_LEXICON, user: NO_ENTRIES };
  let lexicons = cache.get(given);
  if (!lexicons) {
    const user = new Map([...given].filter(([written, spoken]) => DEFAULT_LEXICON.get(written) !== spoken));
    lexicons = { merged: mergeLexicons(DEFAULT_LEXICON, user), user };
    cache.set(given, lexicons);
  }
  return lexicons;
}

/**
 * The rules in order: each one writes words for what it recognises and leaves the rest. The user's
 * lexicon comes first, so its entries override every rule (a date, a domain, a service number, a
 * respelled name), not only the built-in abbreviations.
 */
function normalizeLine(line: string, lexicons: Lexicons, words: NumberWords): string {
  let out = line.replace(/[\u00a0\u2000-\u200a\u202f\t]/g, ' ').replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '');
  const lexicon = lexicons.merged;
  if (lexicons.user.size > 0) out = applyLexicon(out, lexicons.user, { keepCodes: true });
  out = readListMarker(out, words);
  out = normalizeWebAndPhone(out, words);
  out = normalizeDocumentCodes(out, lexicon, words);
  out = normalizeDates(out, words);
  out = normalizeTimes(out, words);
  out = normalizeRomanNumerals(out, words);
  out = normalizeMeasures(out);
  // "AIPA-46", "F-16", "Su-30": a hyphen between a name and its number is not a minus sign.
  // Glued after capitals so the code and abbreviation rules see "F16", "AIPA46".
  out = out.replace(/(?<=\p{L})-(?=\d)/gu, (_m, offset: number, all: string) => (/\p{Lu}/u.test(all[offset - 1]!) ? '' : ' '));
  out = applyLexicon(out, DEFAULT_LEXICON);
  out = normalizeAcronyms(out, words);
  out = normalizeNumbers(out, words);
  return normalizeSymbols(out);
}

/**
 * The text a Vietnamese voice should read: numbers, dates, times, Roman numerals, document codes,
 * abbreviations and symbols written out as words; sentence punctuation (. , ; : ? !) kept for
 * pauses; line breaks kept; NFC. Pure and total: any input returns, never throws.
 */
export function normalizeForSpeech(text: string, options: NormalizeOptions = {}): string {
  const words: NumberWords = { thousand: options.thousand ?? 'nghìn' };
  const lexicons = lexiconsFor(options.lexicon);
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => normalizeLine(line, lexicons, words))
    .join('\n')
    .normalize('NFC');
}
