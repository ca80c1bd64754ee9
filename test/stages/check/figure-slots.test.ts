import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const numberFlag = expect.objectContaining({ kind: 'number' });

describe('a figure put in the slot of another figure', () => {
  const LOAN = [
    'Anh Quân tìm người cầm cố chiếc xe tải (theo định giá là 900 triệu đồng) để lấy 300 triệu đồng.',
    'Chủ tiệm đưa anh Quân 240 triệu đồng, giữ lại 60 triệu đồng tiền lãi.',
    'Chủ tiệm trả cho tôi 15 triệu đồng tiền công môi giới.',
  ].join('\n');

  it('flags the value of the goods given as the sum borrowed, in the same sentence', () => {
    expect(checkFacts(script('Anh Quân tìm người cầm cố chiếc xe tải (theo định giá là 900 triệu đồng) để lấy 900 triệu đồng.'), [LOAN])).toContainEqual(numberFlag);
  });

  it('flags the interest given as the commission', () => {
    expect(checkFacts(script('Chủ tiệm trả cho người môi giới 60 triệu đồng tiền công môi giới.'), [LOAN])).toContainEqual(numberFlag);
  });

  it('accepts each figure in its own slot, and a sentence that drops the small words before a figure', () => {
    expect(checkFacts(script('Anh Quân tìm người cầm cố chiếc xe tải để lấy 300 triệu đồng.'), [LOAN])).toEqual([]);
    expect(checkFacts(script('Chủ tiệm trả cho người môi giới 15 triệu đồng tiền công môi giới.'), [LOAN])).toEqual([]);
  });

  it("flags the sum of the payments made given as the price, though the article's price has one more word before it", () => {
    const SALE = 'Ông Tâm ký hợp đồng bán cho bà Hạnh 250m2 đất, trong đó có căn nhà 80m2, với giá tiền 900.000.000 đồng. Cả 3 đợt bà Hạnh trả tiền mua nhà, đất đều do ông Tâm ký nhận, tổng số tiền là 820.000.000 đồng.';
    expect(checkFacts(script('Ông Tâm ký hợp đồng bán cho bà Hạnh 250 m2 đất với giá 820 triệu đồng.'), [SALE])).toContainEqual(numberFlag);
    expect(checkFacts(script('Ông Tâm ký hợp đồng bán cho bà Hạnh 250 m2 đất với giá 900 triệu đồng.'), [SALE])).toEqual([]);
    expect(checkFacts(script('Ông Tâm đã nhận của bà Hạnh 820 triệu đồng.'), [SALE])).toEqual([]);
  });

  it('accepts a figure of a range the article gives after the slot', () => {
    const FINE = 'Hành vi này bị phạt tiền từ 20 triệu đồng đến 30 triệu đồng, tái phạm bị phạt tiền từ 40 triệu đồng đến 50 triệu đồng.';
    expect(checkFacts(script('Tái phạm bị phạt tiền từ 40 triệu đồng đến 50 triệu đồng.'), [FINE])).toEqual([]);
  });

  it('reads what follows a list join as the next item, not what the figure before it counts', () => {
    const GRANT = 'Tỉnh hỗ trợ mỗi hộ nghèo là 30.000.000 đồng và mỗi hộ cận nghèo là 20.000.000 đồng để sửa nhà.';
    expect(checkFacts(script('Tỉnh hỗ trợ ba mươi triệu đồng cho hộ nghèo và hai mươi triệu đồng cho mỗi hộ cận nghèo.'), [GRANT])).toEqual([]);
  });
});

describe('an age or birth year of another person', () => {
  const TRIAL = 'Bị cáo Lê Văn Tám (48 tuổi, nguyên Giám đốc công ty) cùng hầu tòa với Phan Thị Hoa (39 tuổi, nguyên kế toán trưởng) Đỗ Minh Khang, sinh năm 1975, và Trần Văn Lực, sinh năm 1980.';

  it("flags one defendant given another's age", () => {
    expect(checkFacts(script('Bị cáo Lê Văn Tám, 39 tuổi, nguyên Giám đốc công ty, hầu tòa.'), [TRIAL])).toContainEqual(numberFlag);
  });

  it("flags one defendant given another's birth year", () => {
    expect(checkFacts(script('Cùng hầu tòa có Đỗ Minh Khang, sinh năm 1980.'), [TRIAL])).toContainEqual(numberFlag);
  });

  it('accepts each age with its own person', () => {
    expect(checkFacts(script('Bị cáo Phan Thị Hoa (39 tuổi) cùng hầu tòa với Lê Văn Tám (48 tuổi).'), [TRIAL])).toEqual([]);
  });
});
