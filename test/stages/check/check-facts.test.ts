import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = [
  'Ngày 20/11/2026, Viện kiểm sát nhân dân tỉnh Đồng Tháp truy tố 12 bị can, thu hồi 3,2 tỷ đồng.',
  'Tổng số tiền giao dịch hơn 86,5 tỷ đồng, tăng 15,4% so với năm 2025; 1.234 người chơi.',
  'Thực hiện Chỉ thị 05-CT/TW và Nghị định 168/2024/NĐ-CP, Chủ tịch UBND tỉnh Trần Trí Quang chỉ đạo.',
  'Ông Lê Thành Tâm ở xã Hòa Long, gần công trình thủy lợi, được khen ngày 4 tháng 3 năm 2026.',
].join(' ');

function script(text: string) {
  return { headline: 'Tin', script: text, bullets: ['Ý một', 'Ý hai'] };
}

describe('checkFacts', () => {
  it.each([
    ['numbers in either notation', 'Có 1234 người chơi, giao dịch 86.5 tỷ đồng.'],
    ['a percentage written with a dot', 'Tăng 15.4% so với năm 2025.'],
    ['a date with leading zeros', 'Ngày 20/11/2026 truy tố 12 bị can.'],
    ['a date without its year', 'Ngày 20/11, đã truy tố.'],
    ['a date written with zero padding and dashes', 'Vào ngày 20-11-2026 đã truy tố.'],
    ['a date written in words', 'Được khen ngày 04/03/2026.'],
    ['a document code with a leading zero dropped', 'Thực hiện Chỉ thị 5-CT/TW.'],
    ['a decree number', 'Theo Nghị định 168/2024/NĐ-CP.'],
    ['a person named as in the source', 'Chủ tịch Trần Trí Quang chỉ đạo.'],
    ['old and new tone placement', 'Ông Lê Thành Tâm ở xã Hoà Long gần công trình thuỷ lợi.'],
    ['decomposed Unicode', 'Ông Lê Thành Tâm ở xã Hòa Long.'.normalize('NFD')],
    ['an acronym for a name in the source', 'VKSND tỉnh Đồng Tháp truy tố.'],
    ['a money amount given with its scale word', 'Thu hồi 3.200.000.000 đồng.'],
  ])('accepts %s', (_, text) => {
    expect(checkFacts(script(text), [SOURCE])).toEqual([]);
  });

  it.each([
    ['an invented number', 'Truy tố 13 bị can.', { kind: 'number', value: '13' }],
    ['a changed percentage', 'Tăng 15,8% so với năm 2025.', { kind: 'percent', value: '15,8%' }],
    ['a wrong date', 'Ngày 21/11/2026 truy tố.', { kind: 'date', value: '21/11/2026' }],
    ['a wrong year', 'Ngày 20/11/2025 truy tố.', { kind: 'date', value: '20/11/2025' }],
    ['a changed document code', 'Thực hiện Chỉ thị 06-CT/TW.', { kind: 'code', value: '06-CT/TW' }],
    ['an invented name', 'Bị can Nguyễn Văn Xuyến bị bắt.', { kind: 'name', value: 'Nguyễn Văn Xuyến' }],
    ['a changed given name', 'Chủ tịch Trần Trí Dũng chỉ đạo.', { kind: 'name', value: 'Trần Trí Dũng' }],
    ['a different country', 'Đoàn đã thăm Campuchia.', { kind: 'name', value: 'Campuchia' }],
  ])('flags %s', (_, text, issue) => {
    expect(checkFacts(script(text), [SOURCE])).toEqual([{ ...issue, where: 'script' }]);
  });

  it('says where each issue is: headline, script or bullets', () => {
    const issues = checkFacts({ headline: 'Truy tố 14 bị can', script: 'Thu hồi 3,2 tỷ đồng.', bullets: ['Tăng 99%', 'Có 12 bị can'] }, [SOURCE]);
    expect(issues).toEqual([
      { kind: 'number', value: '14', where: 'headline' },
      { kind: 'percent', value: '99%', where: 'bullets' },
    ]);
  });

  it('does not flag the anchor attribution, outlet names or section titles', () => {
    const draft = {
      headline: 'Điểm tin hoạt động trong Ngành',
      script: 'Theo báo Thanh Niên ngày 22/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp truy tố 12 bị can. Tin trong tỉnh tiếp theo.',
      bullets: ['Theo Trang thông tin điện tử VKSND tỉnh, truy tố 12 bị can', 'Thu hồi 3,2 tỷ đồng'],
    };
    expect(checkFacts(draft, [SOURCE], { allowed: ['Trang thông tin điện tử VKSND tỉnh'] })).toEqual([]);
  });

  it('accepts an outlet name and publication date only when they are allowed', () => {
    const draft = script('Theo VnExpress ngày 22/11/2026, truy tố 12 bị can.');
    expect(checkFacts(draft, [SOURCE]).map((issue) => issue.value)).toEqual(['22/11/2026', 'VnExpress']);
    expect(checkFacts(draft, [SOURCE], { allowed: ['VnExpress', 'ngày 22/11/2026'] })).toEqual([]);
  });

  it('finds facts in any of several sources', () => {
    expect(checkFacts(script('Có 452 đại biểu tán thành, 12 bị can bị truy tố.'), [SOURCE, 'Với 452 đại biểu tán thành.'])).toEqual([]);
  });

  it('does not count the capital at the start of a sentence as part of a name', () => {
    expect(checkFacts(script('Sau đó Lê Thành Tâm bị bắt. Hôm qua, Trần Trí Quang chỉ đạo.'), [SOURCE])).toEqual([]);
  });
});
