import { toSpoken } from './spoken-form.ts';

/** A vehicle licence plate of a text, with the clause that gives its fact. */
export interface Plate {
  written: string;
  /** Letters and digits only, upper case: "86B-0066..." → "86B0066". */
  key: string;
  /** Cut short as newspapers print them ("86B-0066...", "30S-087***"): only its first characters are known. */
  truncated: boolean;
  /** The clause the plate is in: from the last ";" or sentence end before it to the next one. */
  clause: string;
}

/**
 * Vietnamese plates: a province number, a series ("A", "LD", "X1") and a serial, for cars
 * "51A-123.45", "86B-0066", for motorbikes "59-X1 123.45"; papers often cut the serial with "...".
 */
const PLATE = /(?<![\p{L}\p{N}])\d{2}(?:\p{Lu}{1,2}\d?-|-\p{Lu}{1,2}\d?\s?)\d{2,5}(?:\.\d{2})?(?:\.{2,}|…|[*xX]{2,})?(?![\p{L}\p{N}])/gu;
const CUT = /(?:\.{2,}|…|[*xX]{2,})$/u;
/** Where a clause ends: a semicolon, a line end, or a sentence's final mark. */
const CLAUSE_END = /[;\n]|[.!?…](?=\s|$)/gu;

/** The plates of a text; a plate's own cut ("86B-0066...") ends no clause. */
export function platesOf(text: string): Plate[] {
  const matches = [...text.normalize('NFC').matchAll(PLATE)];
  const blank = matches.reduce((current, match) => current.slice(0, match.index) + '#'.repeat(match[0].length) + current.slice(match.index + match[0].length), text.normalize('NFC'));
  const ends = [...blank.matchAll(CLAUSE_END)].map((end) => end.index);
  return matches.map((match) => {
    const start = Math.max(0, ...ends.filter((end) => end < match.index).map((end) => end + 1));
    const end = Math.min(blank.length, ...ends.filter((end) => end >= match.index + match[0].length));
    return {
      written: match[0],
      key: match[0].replace(CUT, '').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase(),
      truncated: CUT.test(match[0]),
      clause: text.normalize('NFC').slice(start, end).trim(),
    };
  });
}

/** Whether a plate of the draft is one the article gives: the same, or cut shorter than the article's. */
function samePlate(draft: Plate, article: Plate): boolean {
  return draft.key === article.key || (draft.truncated && article.key.startsWith(draft.key));
}

/** The figures a clause gives (dates, counts), the plates in it left out. */
function figuresOf(clause: string): Set<number> {
  const tokens = toSpoken(clause.replace(PLATE, ' ')).sentences.flat();
  return new Set(tokens.flatMap((token) => (token.value === undefined || token.weak ? [] : [token.value])));
}

function shared(figures: Set<number>, others: Set<number>): number {
  return [...figures].filter((figure) => others.has(figure)).length;
}

/**
 * The draft's plates that are no plate of the article, or that the draft gives another plate's fact:
 * "ô tô 86B-0074... đỗ 34 lần từ tháng 4 đến tháng 10" where the article's clause with those figures
 * is about 86B-0066... Plates are compared as written, never as loose numbers. `source` is the
 * article's own clause of the plate.
 */
export function platesChanged(draft: string, article: Plate[]): Array<{ plate: string; source?: string }> {
  const changed: Array<{ plate: string; source?: string }> = [];
  for (const plate of platesOf(draft)) {
    const own = article.filter((candidate) => samePlate(plate, candidate));
    if (own.length === 0) {
      changed.push({ plate: plate.written });
      continue;
    }
    const figures = figuresOf(plate.clause);
    const ownShare = shared(figures, figuresOf(own.map((entry) => entry.clause).join('; ')));
    const others = article.filter((candidate) => !own.some((entry) => entry.key === candidate.key));
    if (others.some((other) => shared(figures, figuresOf(other.clause)) > ownShare)) changed.push({ plate: plate.written, source: own[0]!.clause });
  }
  return changed;
}

/** The text with its plates taken out, so their digits never count as figures of the story. */
export function withoutPlates(text: string): string {
  return text.replace(PLATE, ' ');
}
