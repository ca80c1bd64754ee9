import { same } from './compare-spoken.ts';
import { NOT_FIGURE_BEFORE } from './moved-figures.ts';
import type { Token } from './spoken-form.ts';

interface Figure {
  value: number;
  /** The word the figure counts, after a range's second figure: "5-6 triệu đồng" counts "đồng". */
  unit: string;
  /** The word before the figure: "trên 35 km/h" and "đến 35 km/h" are other bands. */
  lead: string;
}

/** The figures of one clause; a range ("#5000000 đến #6000000 đồng") is one figure, its first. */
function figuresOf(clause: Token[]): Figure[] {
  const figures: Figure[] = [];
  for (let index = 0; index < clause.length; index += 1) {
    const token = clause[index]!;
    if (token.value === undefined || token.weak) continue;
    let end = index;
    while (clause[end + 1]?.word === 'đến' && clause[end + 2]?.value !== undefined) end += 2;
    const unit = clause[end + 1];
    // "ngày 26 tháng 5", "Thông tư số 64 năm 2017": a date or a reference, not a figure of a row.
    const reference = NOT_FIGURE_BEFORE.has(clause[index - 1]?.word ?? '') || clause[end + 2]?.value !== undefined;
    if (unit && unit.value === undefined && !reference) figures.push({ value: token.value, unit: unit.word, lead: clause[index - 1]?.word ?? '' });
    index = end;
  }
  return figures;
}

function clausesOf(tokens: Token[]): Token[][] {
  const clauses: Token[][] = [];
  for (const token of tokens) {
    if (token.breakBefore || clauses.length === 0) clauses.push([]);
    clauses.at(-1)!.push(token);
  }
  return clauses;
}

const sameFigure = (a: Figure, b: Figure) => same(a.value, b.value) && a.unit === b.unit;

/**
 * A figure of another row of a list or table, found by the figure the draft pairs it with: "quá tốc
 * độ trên 35 km/h bị phạt 5-6 triệu đồng" where the article's clause "trên 35 km/h" says "7-8 triệu
 * đồng" and gives 5-6 triệu to the band "trên 20 km/h đến 35 km/h". Every clause of the article with
 * the draft's condition (its value, unit and the word before it) gives another figure of the draft's
 * unit, never the draft's, which the article gives in another clause. Returns the moved values.
 */
export function figuresOfAnotherRow(draft: Token[], sentences: Token[][]): number[] {
  const rows = sentences.flatMap(clausesOf).map(figuresOf).filter((figures) => figures.length >= 2);
  const moved: number[] = [];
  for (const clause of clausesOf(draft)) {
    const figures = figuresOf(clause);
    // A row pairs one figure of each unit: "từ 3 vụ lúa sang 2 vụ lúa" compares, it lists no band.
    const alone = (figure: Figure, list: Figure[]) => list.filter((other) => other.unit === figure.unit).length === 1;
    for (const figure of figures.filter((candidate) => alone(candidate, figures))) {
      for (const condition of figures) {
        if (condition === figure || condition.unit === figure.unit) continue;
        const withCondition = rows.filter((row) => row.some((other) => sameFigure(other, condition) && other.lead === condition.lead));
        if (withCondition.length === 0 || withCondition.some((row) => row.some((other) => sameFigure(other, figure)))) continue;
        const otherValue = withCondition.every((row) => row.some((other) => other.unit === figure.unit) && alone(figure, row));
        const elsewhere = rows.some((row) => row.some((other) => sameFigure(other, figure)));
        if (otherValue && elsewhere && !moved.includes(figure.value)) moved.push(figure.value);
      }
    }
  }
  return moved;
}
