import { splitSentences } from '../../text/split-sentences.ts';
import { dateFound, readClaims, type DateClaim } from './compare-spoken.ts';
import { extractFacts } from './extract-facts.ts';
import { toSpoken } from './spoken-form.ts';

/** "có hiệu lực (thi hành) (kể) từ ngày …": the words that give a document's date of effect. */
const IN_FORCE = /hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ)?(?:\s+ngày)?\s+/giu;

/** The first date right after "hiệu lực", read as the speech normalizer reads dates. */
function dateInForce(sentence: string): DateClaim | undefined {
  for (const match of sentence.matchAll(IN_FORCE)) {
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 30);
    const date = readClaims(toSpoken(`ngày ${after}`)).dates[0];
    if (date?.day !== undefined && date.month !== undefined) return date;
  }
  return undefined;
}

/**
 * Each document code's dates of effect, one per sentence that says one: the sentence's first code
 * is its subject ("Thông tư A sửa đổi … Thông tư B … có hiệu lực từ …" is about A, and so is
 * "Có hiệu lực từ …, Nghị định A …").
 */
export function effectiveDatesOf(texts: string[]): Map<string, DateClaim[]> {
  const dates = new Map<string, DateClaim[]>();
  for (const sentence of texts.flatMap((text) => splitSentences(text.normalize('NFC')))) {
    const date = dateInForce(sentence);
    const code = extractFacts(sentence).find((fact) => fact.kind === 'code');
    if (!date || code?.kind !== 'code') continue;
    dates.set(code.key, [...(dates.get(code.key) ?? []), date]);
  }
  return dates;
}

/**
 * Dates of effect the draft gives a document that the article gives it no date of effect on, when the
 * article does give it one: a date read with its document, as a figure is read with its slot, so the
 * date of another document of a list of new rules does not vouch for it.
 */
export function effectiveDatesChanged(draft: string, article: Map<string, DateClaim[]>): DateClaim[] {
  const changed: DateClaim[] = [];
  for (const [code, dates] of effectiveDatesOf([draft])) {
    const own = article.get(code);
    if (own) changed.push(...dates.filter((date) => !dateFound(date, own)));
  }
  return changed;
}
