import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = [
  'Theo quy định mới, xe máy chở quá tải trọng từ 10% đến 30% bị phạt 400.000-600.000 đồng;',
  'chở quá tải trọng trên 30% đến 50% bị phạt 2-3 triệu đồng; chở quá tải trọng trên 50% bị phạt 4-5 triệu đồng.',
].join(' ');
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a figure of another row of a list', () => {
  it('accepts the figure the article gives to the draft\'s band', () => {
    expect(checkFacts(script('Xe máy chở quá tải trọng trên 50% bị phạt 4-5 triệu đồng.'), [SOURCE])).toEqual([]);
    expect(checkFacts(script('Chở quá tải trọng trên 30% đến 50% thì bị phạt từ 2 đến 3 triệu đồng.'), [SOURCE])).toEqual([]);
  });

  it('reads no row in a comparison of figures of one unit', () => {
    const source = 'Sau đợt hạn năm ngoái, huyện chuyển 1.200 ha ruộng từ 3 vụ lúa/năm sang làm 2 vụ/năm xen một vụ đậu.';
    expect(checkFacts(script('Huyện chuyển 1.200 ha ruộng từ 3 vụ lúa sang 2 vụ lúa xen một vụ đậu.'), [source])).toEqual([]);
  });

  it('flags the figure of another band of the list', () => {
    const issues = checkFacts(script('Xe máy chở quá tải trọng trên 50% bị phạt 2-3 triệu đồng.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'number' }));
  });
});
