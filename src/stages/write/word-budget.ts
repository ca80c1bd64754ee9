import type { Config } from '../../config.ts';
import { SYLLABLES_PER_MINUTE } from '../../speech/speaking-rate.ts';
import { DEFAULT_EXPANSION, spokenSyllableCount } from '../../speech/spoken-length.ts';

/**
 * Silence and chimes per spoken item. Measured on the offline demo (2026-11-27): 713.7 s of audio
 * for 24 items whose normalized text is 2,795 syllables (684.5 s at 245/min): 29.2 s more, 1.2 s an item.
 */
const PAUSE_SECONDS_PER_ITEM = 1.2;

/** Syllables the newsreader actually says for a text, after speech normalization. */
export function spokenSyllables(text: string, config: Config): number {
  return spokenSyllableCount(text, config.voice.thousand);
}

export interface BudgetPlan {
  /** Spoken syllables of the fixed parts (intro, openers, greetings, closing). */
  frameSpoken?: number;
  /** Spoken items in the bulletin, each preceded by a pause; defaults to the stories plus 8 frame items. */
  itemCount?: number;
  expansion?: number;
}

/** Written syllables a story may say: at least `min`, at most `max`. */
export interface WordRange {
  min: number;
  max: number;
  /** Never more than this, even to reach `min`: the configured longest story (storySeconds.max). */
  limit?: number;
}

/**
 * Written word (syllable) range of each story: the bulletin's share (see storyWordBudget) kept
 * inside the configured spoken length of a story (default 30–45 s at the voice's rate), so a
 * crowded week makes a longer bulletin rather than stories too short to say who, what and when.
 */
export function storyWordRange(config: Config, storyCount: number, plan: BudgetPlan = {}): WordRange {
  const perMinute = SYLLABLES_PER_MINUTE[config.voice.provider] * config.voice.rate;
  const expansion = plan.expansion ?? DEFAULT_EXPANSION;
  const written = (seconds: number) => Math.floor((perMinute * seconds) / 60 / expansion);
  // Rounded up: a story of exactly `lowest` written syllables still lasts the shortest length.
  const lowest = Math.ceil((perMinute * config.storySeconds.min) / 60 / expansion);
  const highest = written(config.storySeconds.max);
  const share = storyWordBudget(config, storyCount, plan);
  // Whole sentences rarely land on one exact length: the upper bound stays up to 5 s above the lower.
  const room = Math.min(highest - lowest, written(5));
  return { min: lowest, max: Math.min(highest, Math.max(lowest + room, share)), limit: highest };
}

/**
 * Written word (syllable) budget of each story: the target duration at the voice's measured rate,
 * minus pauses and the fixed parts, shared equally and turned from spoken into written syllables.
 * Kept between 40 (a story still says something) and 250 (about a minute: an item, not a feature).
 */
export function storyWordBudget(config: Config, storyCount: number, plan: BudgetPlan = {}): number {
  const perMinute = SYLLABLES_PER_MINUTE[config.voice.provider] * config.voice.rate;
  const items = plan.itemCount ?? storyCount + 8;
  const pauses = (perMinute * items * PAUSE_SECONDS_PER_ITEM) / 60;
  const available = perMinute * config.targetMinutes - pauses - (plan.frameSpoken ?? 200);
  const spokenPerStory = available / Math.max(1, storyCount);
  // Whole tens: the budget is part of the summary cache key, so one more story in the week should
  // not re-key every cached draft over a difference of a word or two.
  const words = Math.floor(spokenPerStory / (plan.expansion ?? DEFAULT_EXPANSION) / 10) * 10;
  return Math.min(250, Math.max(40, words));
}
