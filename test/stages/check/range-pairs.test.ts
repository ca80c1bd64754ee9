import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const numberFlag = expect.objectContaining({ kind: 'number' });

describe('a change read as a pair of its start and its end', () => {
  const TARIFF = [
    'Từ tháng sau, thành phố nâng giá vé xe buýt từ 7.000 đồng lên 9.000 đồng mỗi lượt.',
    'Số tuyến có trợ giá cũng tăng từ 40 tuyến lên 55 tuyến, trong đó 12.000 đồng là giá vé tháng cho học sinh.',
    'Tỷ lệ xe sạch được đặt mục tiêu tăng từ 10% lên 15% hoặc 20% vào cuối năm.',
    'Thành phố cũng tăng tỷ lệ trợ giá vé cho người cao tuổi từ 30% lên 50%, và tăng tỷ lệ trợ giá vé cho sinh viên từ 15% lên 40%.',
  ].join('\n');

  it('flags an end the article gives to another figure, when the article gives this change another end', () => {
    expect(checkFacts(script('Thành phố nâng giá vé xe buýt từ 7.000 đồng lên 12.000 đồng mỗi lượt.'), [TARIFF])).toContainEqual(numberFlag);
  });

  it('flags an end the article gives only as the start of another change of the same kind', () => {
    expect(checkFacts(script('Thành phố tăng tỷ lệ trợ giá vé cho người cao tuổi từ 30% lên 15%.'), [TARIFF])).toContainEqual(numberFlag);
  });

  it('accepts the change as the article gives it, and any end it lists', () => {
    expect(checkFacts(script('Thành phố nâng giá vé xe buýt từ 7.000 đồng lên 9.000 đồng mỗi lượt.'), [TARIFF])).toEqual([]);
    expect(checkFacts(script('Tỷ lệ xe sạch được đặt mục tiêu tăng từ 10% lên 20% vào cuối năm.'), [TARIFF])).toEqual([]);
    expect(checkFacts(script('Thành phố tăng tỷ lệ trợ giá vé cho sinh viên từ 15% lên 40%.'), [TARIFF])).toEqual([]);
  });

  it('leaves alone a change of something else with the same start', () => {
    expect(checkFacts(script('Số tuyến có trợ giá tăng từ 40 tuyến lên 55 tuyến.'), [TARIFF])).toEqual([]);
  });
});
