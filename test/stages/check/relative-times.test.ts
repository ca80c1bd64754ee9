import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const dates = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'date');

describe('a time said from today', () => {
  const source = 'Các xã ven sông Tiền họp bàn phương án phòng chống sạt lở trong buổi làm việc tuần trước. Sản lượng lúa tăng 4% so với nửa đầu năm ngoái.';

  it('flags one the article does not say', () => {
    expect(dates('Các xã ven sông Tiền họp bàn phương án phòng chống sạt lở trong buổi làm việc hôm qua.', source)).toMatchObject([{ value: 'hôm qua' }]);
    expect(dates('Sản lượng lúa tăng 4% so với nửa cuối năm ngoái.', source)).toMatchObject([{ value: 'nửa cuối năm ngoái' }]);
    expect(dates('Các xã ven sông Tiền họp bàn phương án phòng chống sạt lở từ hai tuần trước.', source)).not.toEqual([]);
  });

  it('accepts one the article says, in either wording', () => {
    expect(dates('Các xã ven sông Tiền họp bàn phương án phòng chống sạt lở tuần qua.', source)).toEqual([]);
    expect(dates('Sản lượng lúa tăng 4% so với nửa đầu năm trước.', source)).toEqual([]);
  });

  it('reads no time in "những năm trước" nor in "tháng 11 năm ngoái" counted as years', () => {
    const yearly = 'Như những năm trước, lễ hội diễn ra vào tháng 11 năm ngoái tại Sa Đéc.';
    expect(dates('Như những năm trước, lễ hội diễn ra vào tháng 11 năm ngoái tại Sa Đéc.', yearly)).toEqual([]);
  });
});
