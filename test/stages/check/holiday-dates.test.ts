import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const dateFlag = expect.objectContaining({ kind: 'date' });

describe('a holiday named by its date', () => {
  const TOURS = 'Giá tour dịp lễ 30-4 tăng mạnh, nhiều khách sạn ven biển kín phòng.';

  it('reads "lễ 30-4" as the day the draft writes "ngày 30 tháng 4"', () => {
    expect(checkFacts(script('Dịp lễ ngày 30 tháng 4, giá tour tăng mạnh và nhiều khách sạn ven biển kín phòng.'), [TOURS])).toEqual([]);
  });

  it('flags another day given for the holiday', () => {
    expect(checkFacts(script('Dịp lễ ngày 2 tháng 9, giá tour tăng mạnh và nhiều khách sạn ven biển kín phòng.'), [TOURS])).toContainEqual(dateFlag);
  });
});

describe('a day and month written with a dash after "từ"', () => {
  const TARIFF = 'Bộ Tài chính cho biết thuế nhập khẩu ô tô giảm còn 10% từ 15/7, theo nghị định mới.';

  it('reads "Từ 15-7," as the day the article writes "từ 15/7"', () => {
    expect(checkFacts(script('Từ 15-7, thuế nhập khẩu ô tô giảm còn 10% theo nghị định mới.'), [TARIFF])).toEqual([]);
  });

  it('flags another day', () => {
    expect(checkFacts(script('Từ 25-7, thuế nhập khẩu ô tô giảm còn 10% theo nghị định mới.'), [TARIFF]).length).toBeGreaterThan(0);
  });
});
