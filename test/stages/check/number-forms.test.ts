import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const numbers = (text: string, source: string) =>
  checkFacts(script(text), [source]).filter((issue) => issue.kind === 'number' || issue.kind === 'date').map((issue) => issue.value);

describe('a figure in another accepted form', () => {
  it('reads "4 giờ chiều" as the article\'s "16h"', () => {
    const source = 'Giá vàng miếng giảm thêm 300.000 đồng mỗi lượng từ 16h chiều nay.';
    expect(numbers('Từ 4 giờ chiều nay, giá vàng miếng giảm thêm 300.000 đồng mỗi lượng.', source)).toEqual([]);
  });

  it('still flags another hour of the afternoon', () => {
    const source = 'Giá vàng miếng giảm thêm 300.000 đồng mỗi lượng từ 16h chiều nay.';
    expect(numbers('Từ 5 giờ chiều nay, giá vàng miếng giảm thêm 300.000 đồng mỗi lượng.', source)).not.toEqual([]);
  });

  it('reads "hơn", "gần", "khoảng" and a round figure as the article\'s exact one', () => {
    const source = 'Giá gạo xuất khẩu tăng thêm 12.350 đồng mỗi tạ, lên mức 712 đồng mỗi kg trong tuần.';
    expect(numbers('Giá gạo xuất khẩu tăng thêm hơn 12.000 đồng mỗi tạ, lên gần 720 đồng mỗi kg.', source)).toEqual([]);
    expect(numbers('Giá gạo xuất khẩu tăng thêm khoảng 12.000 đồng mỗi tạ.', source)).toEqual([]);
  });

  it('still flags a round figure the exact one does not round to', () => {
    const source = 'Giá gạo xuất khẩu tăng thêm 12.350 đồng mỗi tạ, lên mức 712 đồng mỗi kg trong tuần.';
    expect(numbers('Giá gạo xuất khẩu tăng thêm hơn 13.000 đồng mỗi tạ.', source)).not.toEqual([]);
    expect(numbers('Giá gạo xuất khẩu tăng thêm gần 12.000 đồng mỗi tạ.', source)).not.toEqual([]);
  });

});
