import type { Token } from './spoken-form.ts';
import { same } from './compare-spoken.ts';
import { STOP, contentWords } from './sentence-words.ts';

/** Words that only say a value is a date or a document's number; shared by every one, they tell no event from another. */
const DATE_WORDS = new Set(['ngày', 'tháng', 'năm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'số']);
const WINDOW = 3;
/** Of the six words around a value, how many a source sentence must share there to be the same place. */
const SAME_PLACE = 4;

/** The words within three tokens either side of a value, numbers left out (they are what is compared). */
function windowOf(tokens: Token[], index: number): string[] {
  return [...tokens.slice(Math.max(0, index - WINDOW), index), ...tokens.slice(index + 1, index + 1 + WINDOW)].filter((token) => token.value === undefined).map((token) => token.word);
}

/** A lone "năm" may be the word "year": only a day ("ngày năm") is sure to be the number. */
const readable = (tokens: Token[], index: number) => tokens[index]?.value !== undefined && (!tokens[index]!.weak || tokens[index - 1]?.word === 'ngày');

const telling = (word: string | undefined) => word !== undefined && !STOP.has(word) && !DATE_WORDS.has(word) && word.length > 1;

function sharedAround(draft: Token[], index: number, tokens: Token[], at: number): string[] {
  const around = new Set(windowOf(tokens, at));
  return windowOf(draft, index).filter((word) => around.has(word));
}

/**
 * Where a source sentence has another value at the same place as the draft's: the same word right
 * before and right after it, and most of the words around it, one of them saying what the value is about.
 */
function samePlace(draft: Token[], index: number, tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.word !== draft[index - 1]?.word || tokens[at + 1]?.word !== draft[index + 1]?.word) return false;
  const shared = sharedAround(draft, index, tokens, at);
  return shared.length >= SAME_PLACE && shared.some(telling);
}

/**
 * Where a source sentence vouches for the draft's value: beside a word that says what it is
 * ("5.503 mét vuông", "tổng diện tích là 5.503"), after the same word in a sentence the draft
 * retells ("Chỉ thị 05/CT-TTg ngày 6/2/2017", whatever the code reads as), or among most of the same words.
 */
function vouches(draft: Token[], index: number, tokens: Token[], at: number, retold: boolean): boolean {
  const before = draft[index - 1]?.word;
  const after = draft[index + 1]?.word;
  if ((telling(before) && tokens[at - 1]?.word === before) || (telling(after) && tokens[at + 1]?.word === after)) return true;
  if (retold && tokens[at - 1]?.word === before) return true;
  return sharedAround(draft, index, tokens, at).length >= SAME_PLACE;
}

export interface ChangedValue {
  value: number;
  /** A day, month or year, or any other figure. */
  kind: 'date' | 'number';
}

/**
 * A value changed in a sentence the draft retells word for word around it: the article writes the
 * same words before and after, with another value between ("nhận án từ 4 đến 7 năm tù" retold as
 * "từ 4 đến 8 năm tù", "sáng 5/2" as "sáng 6/2"), and nowhere writes the draft's value among those
 * words. That the draft's value is somewhere in the article (another day, another count) vouches
 * for nothing: what matters is which value stands at that place.
 */
export function valuesChangedInPlace(draft: Token[], sentences: Token[][]): ChangedValue[] {
  const changed: ChangedValue[] = [];
  const words = contentWords(draft);
  if (words.size < 4) return changed;
  const retold = (tokens: Token[]) => [...words].filter((word) => contentWords(tokens).has(word)).length / words.size >= 0.5;
  draft.forEach((token, index) => {
    if (!readable(draft, index)) return;
    let own = false;
    let other = false;
    for (const tokens of sentences) {
      tokens.forEach((candidate, at) => {
        if (!readable(tokens, at)) return;
        if (same(candidate.value!, token.value!)) own ||= vouches(draft, index, tokens, at, retold(tokens));
        else other ||= samePlace(draft, index, tokens, at) && retold(tokens);
      });
    }
    if (other && !own) changed.push({ value: token.value!, kind: DATE_WORDS.has(draft[index - 1]?.word ?? '') ? 'date' : 'number' });
  });
  return changed;
}
