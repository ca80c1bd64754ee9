import { countSyllables } from '../text/syllables.ts';
import { normalizeForSpeech } from './normalize/normalize.ts';

/**
 * Spoken syllables per written one: numbers, dates and abbreviations grow when read ("2.300 ha" is
 * "hai nghìn ba trăm héc ta"). 1.27 was measured on the offline demo bulletin (2026-11-27: 2,795
 * spoken syllables for 2,194 written); a text too short to tell falls back to it.
 */
export const DEFAULT_EXPANSION = 1.27;

/** Syllables the newsreader actually says for a text, after speech normalization. */
export function spokenSyllableCount(text: string, thousand: 'nghìn' | 'ngàn' = 'nghìn'): number {
  return countSyllables(normalizeForSpeech(text, { thousand }));
}

/** How much the given articles grow when read aloud (first 2,000 characters of each). */
export function expansionRatio(texts: string[], thousand: 'nghìn' | 'ngàn' = 'nghìn'): number {
  const sample = texts.map((text) => text.slice(0, 2000));
  const written = sample.reduce((sum, text) => sum + countSyllables(text), 0);
  if (written < 100) return DEFAULT_EXPANSION;
  const spoken = sample.reduce((sum, text) => sum + spokenSyllableCount(text, thousand), 0);
  return Math.min(2, Math.max(1, spoken / written));
}
