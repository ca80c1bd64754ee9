import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { toSpoken } from '../../../src/stages/check/spoken-form.ts';

const SOURCE = 'Kết quả năm 2025 là lần đầu tỉnh vượt kế hoạch thu ngân sách. Mức thu đạt 12.000 tỷ đồng.';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a negation right after a figure', () => {
  it('reads "2025 không phải" as a year and a negation, not as one more zero', () => {
    const words = toSpoken('Năm 2025 không phải lúc khó khăn.').sentences[0]!.map((token) => token.word);
    expect(words).toEqual(['năm', '#2025', 'không', 'phải', 'lúc', 'khó', 'khăn']);
  });

  it('flags "không phải lần đầu" after a year against the article\'s "là lần đầu"', () => {
    expect(checkFacts(script('Kết quả năm 2025 không phải lần đầu tỉnh vượt kế hoạch thu ngân sách.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'negation' }));
  });

  it('accepts the faithful sentence', () => {
    expect(checkFacts(script('Kết quả năm 2025 là lần đầu tỉnh vượt kế hoạch thu ngân sách.'), [SOURCE])).toEqual([]);
  });

  it('still reads a score\'s zero as a figure', () => {
    const words = toSpoken('Đội nhà thắng 2-0 ở lượt đi.').sentences[0]!.map((token) => token.word);
    expect(words).toEqual(['đội', 'nhà', 'thắng', '#2', '#0', 'ở', 'lượt', 'đi']);
  });
});
