import type { Config } from '../../src/config.ts';
import { candidateSentences } from '../../src/providers/llm/extractive.ts';
import { localDateParts } from '../../src/text/anchor-style.ts';
import { countSyllables } from '../../src/text/syllables.ts';
import { spokenSyllables } from '../../src/stages/write/word-budget.ts';

/**
 * Why an offline summary lasts less than `min` or more than `max` seconds, from the article: too
 * little readable text, or no unread sentence (whole or cut at a clause) that fits what is left.
 */
export function whyOutside(article: { text: string; published: string | null }, script: string, seconds: number, range: { min: number; max: number; perMinute: number }, config: Config): string | null {
  if (seconds >= range.min && seconds <= range.max) return null;
  const toSeconds = (text: string) => (spokenSyllables(text, config) / range.perMinute) * 60;
  const readable = candidateSentences(article.text, localDateParts(article.published));
  const whole = readable.reduce((sum, sentence) => sum + toSeconds(sentence.text), 0);
  const sentences = `${readable.length} readable sentences lasting ${whole.toFixed(1)} s`;
  if (seconds > range.max) return `longer than ${range.max} s: the lead alone lasts ${toSeconds(readable[0]?.text ?? '').toFixed(1)} s`;
  if (whole < range.min) return `article has only ${countSyllables(article.text)} words of body, ${sentences}`;
  const unread = readable.filter((sentence) => !script.includes(sentence.text.slice(0, 40))).map((sentence) => toSeconds(sentence.text));
  const room = range.max - seconds;
  return `${sentences}; the ${unread.length} unread ones last ${unread.map((value) => value.toFixed(1)).join(', ')} s, none fits the ${room.toFixed(1)} s left whole or cut at a clause`;
}
