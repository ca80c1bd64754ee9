import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a value changed where the draft retells the article word for word around it', () => {
  const RAID = [
    'Rạng sáng 14/3, Công an huyện Tháp Mười bất ngờ kiểm tra một căn nhà ở ấp Bắc Trang và bắt quả tang nhóm đánh bạc.',
    'Đến ngày 15/3, cơ quan điều tra đã khởi tố vụ án và tạm giữ 7 đối tượng.',
    'Tại phiên xét xử tháng 9/2025, tòa tuyên phạt các bị cáo từ 3 đến 6 năm tù về tội tổ chức đánh bạc.',
    'Chủ nhà là bà Lê Thị Hồng, 52 tuổi, đã hai lần bị xử phạt hành chính vì cùng hành vi.',
    'Trong vụ án khác khép lại tháng 11/2025, người cầm đầu đường dây nhận 7 năm tù.',
  ].join(' ');

  it('flags a day moved to another day of the same article', () => {
    const issues = checkFacts(script('Rạng sáng 15/3, Công an huyện Tháp Mười bất ngờ kiểm tra một căn nhà ở ấp Bắc Trang và bắt quả tang nhóm đánh bạc.'), [RAID]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'date' }));
  });

  it('flags a month moved to the month of another event of the same article', () => {
    const issues = checkFacts(script('Tại phiên xét xử tháng 11/2025, tòa tuyên phạt các bị cáo từ 3 đến 6 năm tù về tội tổ chức đánh bạc.'), [RAID]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'date' }));
  });

  it('accepts the same facts in other words and notation', () => {
    expect(checkFacts(script('Rạng sáng ngày 14 tháng 3, Công an huyện Tháp Mười kiểm tra một căn nhà ở ấp Bắc Trang, bắt quả tang nhóm đánh bạc.'), [RAID])).toEqual([]);
    expect(checkFacts(script('Các bị cáo bị tuyên phạt từ ba đến sáu năm tù về tội tổ chức đánh bạc.'), [RAID])).toEqual([]);
    expect(checkFacts(script('Ngày 15/3, cơ quan điều tra khởi tố vụ án, tạm giữ 7 đối tượng.'), [RAID])).toEqual([]);
  });

  it('accepts a document date whatever the code beside it reads as', () => {
    const ORDER = 'Ủy ban nhân dân tỉnh ban hành Quyết định 412/QĐ-UBND ngày 9/4/2025 về phòng, chống dịch bệnh trên đàn heo. Trước đó, Quyết định 87/QĐ-UBND ngày 20/1/2025 của Ủy ban nhân dân tỉnh giao các huyện kinh phí phòng dịch.';
    expect(checkFacts(script('Ủy ban nhân dân tỉnh ban hành Quyết định số 412/QĐ-UBND ngày 9 tháng 4 năm 2025 về phòng, chống dịch bệnh trên đàn heo.'), [ORDER])).toEqual([]);
  });
});
