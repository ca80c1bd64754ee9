import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = 'Đợt này hãng giảm giá cho 972 xe bán tại miền Bắc và 1.023 xe bán tại miền Nam, mỗi xe được giảm 10 triệu đồng.';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('figures of a list', () => {
  it('accepts the second figure of a list the article gives to the same fact', () => {
    expect(checkFacts(script('Hãng giảm giá cho 1.023 xe bán tại miền Nam.'), [SOURCE])).toEqual([]);
  });

  it('flags the figure of another row of the list', () => {
    expect(checkFacts(script('Hãng giảm giá cho 1.023 xe bán tại miền Bắc.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'number' }));
  });

  it('still flags a figure the list does not give', () => {
    expect(checkFacts(script('Hãng giảm giá cho 1.032 xe bán tại miền Nam.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'number' }));
  });
});
