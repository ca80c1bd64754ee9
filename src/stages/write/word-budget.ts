import type { Config } from '../../config.ts';
import { SYLLABLES_PER_MINUTE } from '../../speech/speaking-rate.ts';

/** Syllables the voice reads in the target duration; 5% is kept for the pauses between items. */
export function totalSyllables(config: Config): number {
  return Math.floor(SYLLABLES_PER_MINUTE[config.voice.provider] * config.voice.rate * config.targetMinutes * 0.95);
}

/**
 * Word (syllable) budget of each story: what is left of the target after the fixed parts (intro,
 * openers, greetings, closing), shared equally. Kept between 40 (a story still says something)
 * and 250 (about a minute: a bulletin item, not a feature).
 */
export function storyWordBudget(config: Config, storyCount: number, frameSyllables = 150): number {
  const left = totalSyllables(config) - frameSyllables;
  const share = Math.floor(left / Math.max(1, storyCount));
  return Math.min(250, Math.max(40, share));
}
