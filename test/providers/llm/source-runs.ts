import { normalizeForMatch } from '../../../src/stages/check/normalize-vi.ts';

/**
 * How many pieces of the source `text` is made of: its words taken as the longest runs that occur
 * word for word in the source. Null when a word occurs nowhere in it (an invented word). A faithful
 * extract is a few long runs; asides dropped or a full name said in place of a given name add one or two.
 */
export function sourceRuns(text: string, source: string): number | null {
  const words = (value: string) => normalizeForMatch(value).replace(/[.!?…]+$/u, '').split(/[\s,;:.()“”"]+/u).filter(Boolean);
  const haystack = ` ${words(source).join(' ')} `;
  const needle = words(text);
  let runs = 0;
  for (let index = 0; index < needle.length; ) {
    let end = index;
    while (end < needle.length && haystack.includes(` ${needle.slice(index, end + 1).join(' ')} `)) end += 1;
    if (end === index) return null;
    runs += 1;
    index = end;
  }
  return runs;
}
