import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) =>
  checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name' || issue.kind === 'place').map((issue) => issue.value);

describe('countries and institutions known by two names', () => {
  it('accepts "Hoa Kỳ" where the article writes "Mỹ"', () => {
    const source = 'Nhật Bản và Mỹ đã ký thỏa thuận hợp tác về khoáng sản đất hiếm trong chuyến thăm Tokyo.';
    expect(names('Nhật Bản và Hoa Kỳ đã ký thỏa thuận hợp tác về khoáng sản đất hiếm.', source)).toEqual([]);
  });

  it('accepts "Mỹ" where the article writes "Hoa Kỳ"', () => {
    const source = 'Đoàn doanh nghiệp Hoa Kỳ đã đến thăm khu công nghệ cao của Thành phố Đà Nẵng.';
    expect(names('Đoàn doanh nghiệp Mỹ đã đến thăm khu công nghệ cao của Thành phố Đà Nẵng.', source)).toEqual([]);
  });

  it('accepts the federation\'s full name where the article writes "VFF"', () => {
    const source = 'Ban điều hành VFF đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.';
    expect(names('Ban điều hành Liên đoàn Bóng đá Việt Nam đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.', source)).toEqual([]);
  });

  it('accepts "ASEAN" where the article writes the association\'s full name', () => {
    const source = 'Hội nghị Bộ trưởng Kinh tế Hiệp hội các quốc gia Đông Nam Á khai mạc tại Kuala Lumpur.';
    expect(names('Hội nghị Bộ trưởng Kinh tế ASEAN khai mạc tại Kuala Lumpur.', source)).toEqual([]);
  });

  it('accepts "Liên Hiệp Quốc" where the article writes "LHQ"', () => {
    const source = 'Tổng Thư ký LHQ kêu gọi các bên ngừng bắn ngay lập tức.';
    expect(names('Tổng Thư ký Liên Hiệp Quốc kêu gọi các bên ngừng bắn ngay lập tức.', source)).toEqual([]);
  });

  it('still flags another country put for "Mỹ"', () => {
    const source = 'Nhật Bản và Mỹ đã ký thỏa thuận hợp tác về khoáng sản đất hiếm trong chuyến thăm Tokyo.';
    expect(names('Nhật Bản và Hàn Quốc đã ký thỏa thuận hợp tác về khoáng sản đất hiếm.', source)).toContain('Hàn Quốc');
  });

  it('still flags another country\'s federation put for "VFF"', () => {
    const source = 'Ban điều hành VFF đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.';
    expect(names('Ban điều hành Liên đoàn Bóng đá Thái Lan đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.', source)).toContain('Thái Lan');
  });
});
