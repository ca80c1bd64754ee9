import type { Token } from './spoken-form.ts';
import { same } from './compare-spoken.ts';
import { contentWords } from './sentence-words.ts';

/** The words that take a figure from its start to its end: "từ 1% lên 3%", "từ 20 xuống 15". */
const TO_WORDS = new Set(['lên', 'xuống', 'còn', 'đến', 'tới', 'thành']);
const LIST_JOINS = new Set(['và', 'hoặc']);

interface Change {
  /** Index of the start figure ("từ" is right before it). */
  from: number;
  to: number;
  verb: string;
  unit: string;
}

const unitWords = (tokens: Token[], at: number) => {
  const words: string[] = [];
  for (let index = at + 1; index < tokens.length && words.length < 2; index += 1) {
    const token = tokens[index]!;
    if (token.value !== undefined || token.breakBefore || TO_WORDS.has(token.word) || LIST_JOINS.has(token.word)) break;
    words.push(token.word);
  }
  return words.join(' ');
};

/** "từ A (unit) lên B (unit)": the start and end of one change, with the same unit on both. */
function changesOf(tokens: Token[]): Change[] {
  const changes: Change[] = [];
  tokens.forEach((token, at) => {
    if (token.value === undefined || tokens[at - 1]?.word !== 'từ') return;
    const unit = unitWords(tokens, at);
    const verbAt = at + 1 + (unit ? unit.split(' ').length : 0);
    const verb = tokens[verbAt];
    const end = tokens[verbAt + 1];
    if (!verb || !TO_WORDS.has(verb.word) || end?.value === undefined || verb.breakBefore || end.breakBefore) return;
    if (unitWords(tokens, verbAt + 1) !== unit) return;
    changes.push({ from: at, to: verbAt + 1, verb: verb.word, unit });
  });
  return changes;
}

/** Content words in the few words before "từ": what changes ("tỷ lệ dự trữ bắt buộc"). */
function subjectOf(tokens: Token[], from: number): Set<string> {
  return contentWords(tokens.slice(Math.max(0, from - 7), from - 1));
}

/** Figures the article lists after a change's end ("lên 7% hoặc 10%"): each is an end it gives. */
function endsOf(tokens: Token[], change: Change): number[] {
  const ends = [tokens[change.to]!.value!];
  for (let index = change.to + 1; index < Math.min(tokens.length, change.to + 8); index += 1) {
    const token = tokens[index]!;
    if (token.value !== undefined && LIST_JOINS.has(tokens[index - 1]?.word ?? '')) ends.push(token.value);
  }
  return ends;
}

/**
 * The end of a change the article gives another end: the draft writes "từ 1% lên 5%" where the
 * article, about the same thing, writes "từ 1% lên 3%". Start and end are read as a pair, so an end
 * that only occurs elsewhere in the article vouches for nothing.
 */
export function changedRangeEnds(draft: Token[], sentences: Token[][]): number[] {
  const wrong: number[] = [];
  for (const change of changesOf(draft)) {
    const start = draft[change.from]!.value!;
    const end = draft[change.to]!.value!;
    const subject = subjectOf(draft, change.from);
    if (subject.size < 2) continue;
    let own = false;
    let other = false;
    for (const tokens of sentences) {
      for (const candidate of changesOf(tokens)) {
        if (candidate.verb !== change.verb || candidate.unit !== change.unit || !same(tokens[candidate.from]!.value!, start)) continue;
        const shared = [...subjectOf(tokens, candidate.from)].filter((word) => subject.has(word)).length;
        if (shared < 2) continue;
        if (endsOf(tokens, candidate).some((value) => same(value, end))) own = true;
        else other = true;
      }
    }
    if (other && !own) wrong.push(end);
  }
  return wrong;
}
