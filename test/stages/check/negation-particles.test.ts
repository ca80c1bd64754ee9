import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = 'Theo hợp đồng, sau 10 năm người thuê vẫn có thể mua căn hộ nếu muốn. Căn hộ được giao trong vòng hai năm.';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a negation of a verb followed by a particle', () => {
  it('flags "không được mua lại căn hộ" against "vẫn có thể mua căn hộ"', () => {
    expect(checkFacts(script('Sau 10 năm, người thuê vẫn không được mua lại căn hộ.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'negation' }));
  });

  it('reads a negated verb that ends its clause as another use than the verb with an object', () => {
    const source = 'Bà Lan đồng ý trả 50 triệu đồng nhưng ông Hải không chấp nhận. Tòa chấp nhận toàn bộ yêu cầu của bà Lan.';
    expect(checkFacts(script('Bà Lan đồng ý trả 50 triệu đồng, nhưng ông Hải không chấp nhận.'), [source])).toEqual([]);
  });

  it('accepts the particle in a faithful sentence', () => {
    expect(checkFacts(script('Sau 10 năm, người thuê vẫn có thể mua lại căn hộ.'), [SOURCE])).toEqual([]);
  });
});
