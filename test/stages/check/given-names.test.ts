import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const flagged = (text: string, source: string) => checkFacts(script(text), [source]).map((issue) => `${issue.kind}:${issue.value}`);

describe('people the article names by their given name only', () => {
  const MATCH = [
    'Tối 2/12, đội tuyển Việt Nam thắng Lào 2-0 trên sân Việt Trì.',
    'Phút 23, tiền vệ Nguyễn Hai Long đi bóng qua hai hậu vệ rồi sút chéo góc mở tỷ số.',
    'Đến phút 67, Quang Hải đá phạt trực tiếp, bóng đi vào góc cao nâng tỷ số lên 2-0.',
    'Sau trận, Hai Long được bầu là cầu thủ xuất sắc nhất, còn Quang Hải được ban huấn luyện khen ngợi.',
  ].join(' ');

  it("flags one footballer given the other's goal", () => {
    expect(flagged('Quang Hải mở tỷ số ở phút 23 bằng cú sút chéo góc sau khi đi bóng qua hai hậu vệ.', MATCH)).toContain('name:quang hải');
    expect(flagged('Phút 67, Hai Long đá phạt trực tiếp nâng tỷ số lên 2-0.', MATCH)).toContain('name:Hai Long');
  });

  it('reads the given name of a full name the article writes first as the same person', () => {
    const source = MATCH.replace('Đến phút 67, Quang Hải', 'Đến phút 67, Nguyễn Quang Hải').replace(', còn Quang Hải', '. Quang Hải');
    expect(flagged('Quang Hải mở tỷ số ở phút 23 bằng cú sút chéo góc sau khi đi bóng qua hai hậu vệ.', source)).toContain('name:quang hải');
    expect(checkFacts(script('Phút 67, Quang Hải đá phạt trực tiếp nâng tỷ số lên 2-0.'), [source])).toEqual([]);
  });

  it('accepts each footballer with his own goal, by given name or in full', () => {
    expect(checkFacts(script('Hai Long mở tỷ số ở phút 23 bằng cú sút chéo góc sau khi đi bóng qua hai hậu vệ.'), [MATCH])).toEqual([]);
    expect(checkFacts(script('Phút 67, Quang Hải đá phạt trực tiếp nâng tỷ số lên 2-0.'), [MATCH])).toEqual([]);
    expect(checkFacts(script('Tiền vệ Nguyễn Hai Long được bầu là cầu thủ xuất sắc nhất trận.'), [MATCH])).toEqual([]);
  });

  const GALA = [
    'Lễ trao giải Làn Sóng Xanh diễn ra tối 1/12 tại Nhà hát Hòa Bình, do MC Nguyên Khang dẫn dắt.',
    'Ca sĩ Đức Phúc giành giải Ca sĩ của năm với ca khúc về quê hương.',
    'Nguyên Khang cũng góp giọng trong tiết mục mở màn của chương trình.',
  ].join(' ');

  it("flags the MC given the singer's award", () => {
    expect(flagged('MC Nguyên Khang giành giải Ca sĩ của năm với ca khúc về quê hương.', GALA)).toContain('name:nguyên khang');
  });

  it('accepts the singer with his award and the MC with his programme', () => {
    expect(checkFacts(script('Ca sĩ Đức Phúc giành giải Ca sĩ của năm.'), [GALA])).toEqual([]);
    expect(checkFacts(script('Lễ trao giải do MC Nguyên Khang dẫn dắt tại Nhà hát Hòa Bình.'), [GALA])).toEqual([]);
  });
});

describe("a person given another person's part in the story", () => {
  const GALA = [
    'Lễ trao giải Làn Sóng Xanh diễn ra tối 1/12 tại Nhà hát Hòa Bình, do MC Nguyên Khang dẫn dắt.',
    'Ca sĩ Đức Phúc giành giải Ca sĩ của năm với ca khúc về quê hương.',
  ].join(' ');
  const MATCH = 'Thủ môn Văn Lâm cản phá quả phạt đền ở phút 80. Trước đó, tiền vệ Hai Long mở tỷ số bằng cú sút xa.';

  it('flags the MC called a singer, the singer called the MC, and a midfielder called the goalkeeper', () => {
    expect(flagged('Lễ trao giải do ca sĩ Nguyên Khang dẫn dắt.', GALA)).toContainEqual(expect.stringMatching(/^role:nguyên khang/));
    expect(flagged('MC Đức Phúc giành giải Ca sĩ của năm.', GALA)).toContainEqual(expect.stringMatching(/^role:đức phúc/));
    expect(flagged('Thủ môn Hai Long mở tỷ số bằng cú sút xa.', MATCH)).toContainEqual(expect.stringMatching(/^role:Hai Long/));
  });

  it('accepts each with the part the article gives them', () => {
    expect(checkFacts(script('MC Nguyên Khang dẫn dắt lễ trao giải Làn Sóng Xanh.'), [GALA])).toEqual([]);
    expect(checkFacts(script('Thủ môn Văn Lâm cản phá quả phạt đền ở phút 80.'), [MATCH])).toEqual([]);
    expect(checkFacts(script('Tiền vệ Hai Long mở tỷ số bằng cú sút xa.'), [MATCH])).toEqual([]);
  });
});
