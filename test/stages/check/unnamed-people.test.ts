import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'name');

describe('a person the article does not name', () => {
  it('reads a name right after a closing quotation mark as a name, not a sentence start', () => {
    const source = 'Nữ ca sĩ cùng "ông bầu" Minh Tâm dự lễ khai mạc lễ hội Sen Đồng Tháp tối 20/11.';
    expect(names('Nữ ca sĩ cùng "ông bầu" Minh Tuấn dự lễ khai mạc lễ hội Sen Đồng Tháp tối 20/11.', source)).toMatchObject([{ value: 'Minh Tuấn' }]);
    expect(names('Nữ ca sĩ cùng "ông bầu" Minh Tâm dự lễ khai mạc lễ hội Sen.', source)).toEqual([]);
  });

  it('reads a family name and a given name that starts a sentence as a name', () => {
    const source = 'Lý Nhã Kỳ chọn áo dài lụa cho đêm chung kết.';
    expect(names('Lý Anh chọn áo dài lụa cho đêm chung kết.', source)).toMatchObject([{ value: 'Lý Anh' }]);
  });

  it('reads a foreign given name that starts a sentence as a name', () => {
    const source = 'Charles và Camilla sẽ thăm Hà Nội vào tháng 12.';
    expect(names('Edward và Camilla sẽ thăm Hà Nội vào tháng 12.', source)).toMatchObject([{ value: 'Edward' }]);
    expect(names('Charles và Camilla sẽ thăm Hà Nội vào tháng 12.', source)).toEqual([]);
  });

  it('reads a hyphenated given name whole', () => {
    const source = 'HLV Kim Sang-sik dẫn dắt đội tuyển Việt Nam ở trận lượt về.';
    expect(names('HLV Kim Sang-woo dẫn dắt đội tuyển Việt Nam ở trận lượt về.', source)).toMatchObject([{ value: 'Kim Sang-woo' }]);
    expect(names('HLV Kim Sang-sik dẫn dắt đội tuyển Việt Nam ở trận lượt về.', source)).toEqual([]);
  });
});

describe('two people of the article in each other\'s place', () => {
  const source = 'Ở trận chung kết, Nguyễn Văn Hùng thắng Trần Minh Khoa sau ba ván đấu căng thẳng.';

  it('flags the draft that swaps who did what', () => {
    expect(names('Ở trận chung kết, Trần Minh Khoa thắng Nguyễn Văn Hùng sau ba ván đấu căng thẳng.', source)).not.toEqual([]);
  });

  it('accepts two people listed in another order', () => {
    const listed = 'Nguyễn Văn Hùng và Trần Minh Khoa vào trận chung kết cờ tướng.';
    expect(names('Trần Minh Khoa và Nguyễn Văn Hùng vào trận chung kết cờ tướng.', listed)).toEqual([]);
  });

  it('flags a relative of the article replaced by another', () => {
    const will = 'Vì con trai ông Sáu mất trước ông nên phần đất của con trai sẽ chia cho vợ của con trai ông.';
    expect(names('Vì con trai ông Sáu mất trước ông nên phần đất của con trai sẽ chia cho cháu nội ông.', will)).not.toEqual([]);
    expect(names('Vì con trai ông Sáu mất trước ông nên phần đất của con trai sẽ chia cho vợ của con trai ông.', will)).toEqual([]);
  });
});
