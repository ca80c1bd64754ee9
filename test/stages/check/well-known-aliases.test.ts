import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) =>
  checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name' || issue.kind === 'place').map((issue) => issue.value);

describe('countries and institutions known by two names', () => {
  it('never reads the Vietnamese word "Lao" as Laos ("Bộ Lao động", "phường Mộ Lao")', () => {
    const source = 'Bộ Lao động - Thương binh và Xã hội và UBND phường Mộ Lao đã tổ chức ngày hội việc làm.';
    expect(names('Đại sứ quán Lào và UBND phường Mộ Lao đã tổ chức ngày hội việc làm.', source)).toContain('Lào');
  });

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

  it("flags another federation's full name put for \"VFF\", though each of its words is in the article", () => {
    const source = 'Ban điều hành VFF đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.';
    expect(names('Ban điều hành Liên đoàn Bóng chuyền Việt Nam đã họp và thống nhất thưởng cho đội tuyển nữ 3 tỷ đồng.', source)).toContain('Liên đoàn Bóng chuyền Việt Nam');
  });
});

describe('institutions named in full', () => {
  const source = 'Chiều 2/12, Ngân hàng Nhà nước Việt Nam họp với Tập đoàn Điện lực Việt Nam và Trường Đại học Luật Hà Nội về khoản vay.';

  it('flags a body of the same kind and country with another field', () => {
    expect(names('Tập đoàn Dầu khí Việt Nam họp với Ngân hàng Nhà nước Việt Nam về khoản vay.', source)).toEqual(['Dầu']);
    expect(names('Tập đoàn Ngân hàng Việt Nam họp với Ngân hàng Nhà nước Việt Nam về khoản vay.', source)).toEqual(['Tập đoàn Ngân hàng Việt Nam']);
    const union = 'Hội Luật gia Việt Nam và Hội Nông dân tỉnh Đồng Tháp ký kết chương trình phối hợp.';
    expect(names('Hội Nông dân Việt Nam ký kết chương trình phối hợp.', union)).toEqual(['Hội Nông dân Việt Nam']);
    expect(checkFacts(script('Hội Nông dân tỉnh Đồng Tháp ký kết chương trình phối hợp.'), [union])).toEqual([]);
  });

  it('accepts the same body named shorter or longer', () => {
    expect(checkFacts(script('Ngân hàng Nhà nước họp với Tập đoàn Điện lực Việt Nam về khoản vay.'), [source])).toEqual([]);
    expect(checkFacts(script('Ngân hàng Nhà nước họp với EVN và Trường Đại học Luật Hà Nội về khoản vay.'), [source])).toEqual([]);
  });
});

describe('places known by an exonym, an old name or a short form', () => {
  it('accepts "Hồng Kông" where the article writes "Hong Kong", and the city\'s full name for "Sài Gòn"', () => {
    const source = 'Khu chợ cũ ở Sài Gòn từng xuất hiện trong nhiều bộ phim Hong Kong thập niên 1990.';
    expect(names('Khu chợ cũ ở Thành phố Hồ Chí Minh từng xuất hiện trong nhiều bộ phim Hồng Kông.', source)).toEqual([]);
  });

  it('accepts "Hà Nội" where the article writes "HN" after a district', () => {
    const source = 'Văn phòng công chứng số 5, Cầu Giấy, HN tiếp nhận hồ sơ vào buổi sáng.';
    expect(names('Văn phòng công chứng số 5 ở Cầu Giấy, Hà Nội tiếp nhận hồ sơ vào buổi sáng.', source)).toEqual([]);
  });

  it('accepts the Vietnamese names of places an English article writes in English', () => {
    const source = 'Hanoi streets were flooded as the French colonial villas on the lake shore stood empty.';
    expect(names('Đường phố Hà Nội ngập nước, những biệt thự thời Pháp bên hồ bỏ trống.', source)).toEqual([]);
    const australia = 'The salt lake near Esperance in Western Australia turns pink every summer.';
    expect(names('Hồ muối gần Esperance ở Tây Úc chuyển màu hồng mỗi mùa hè.', australia)).toEqual([]);
  });

  it('still flags another city put for "Sài Gòn"', () => {
    const source = 'Khu chợ cũ ở Sài Gòn từng xuất hiện trong nhiều bộ phim Hong Kong thập niên 1990.';
    expect(names('Khu chợ cũ ở Hà Nội từng xuất hiện trong nhiều bộ phim Hồng Kông.', source)).toContain('Hà Nội');
    expect(names('Du thuyền chạy trên sông Sài Gòn.', 'Du thuyền chạy trên sông Sài Gòn.')).toEqual([]);
  });
});
