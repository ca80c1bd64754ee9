import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const dateFlag = expect.objectContaining({ kind: 'date' });

describe('a date of effect read with its document', () => {
  const RULES = [
    'Nhiều chính sách mới về giáo dục có hiệu lực trong tháng 9/2026.',
    'Thông tư 12/2026/TT-BGDĐT quy định về dạy thêm, học thêm có hiệu lực từ ngày 5/9/2026.',
    'Nghị định số 40/2026/NĐ-CP về học bổng cho học sinh dân tộc thiểu số có hiệu lực từ ngày 20/9/2026.',
    'Có hiệu lực từ 01/9/2026, Thông tư 15/2026/TT-BGDĐT sửa đổi Thông tư 08/2020/TT-BGDĐT về sách giáo khoa.',
  ].join('\n');

  it('flags the date of effect of another document of the list', () => {
    expect(checkFacts(script('Nghị định số 40/2026/NĐ-CP về học bổng cho học sinh dân tộc thiểu số có hiệu lực từ ngày 5/9/2026.'), [RULES])).toContainEqual(dateFlag);
    expect(checkFacts(script('Thông tư 15/2026/TT-BGDĐT về sách giáo khoa có hiệu lực từ ngày 20/9/2026.'), [RULES])).toContainEqual(dateFlag);
  });

  it('accepts each document with its own date of effect, however the date is written', () => {
    expect(checkFacts(script('Nghị định số 40/2026/NĐ-CP về học bổng cho học sinh dân tộc thiểu số có hiệu lực từ ngày 20 tháng 9 năm 2026.'), [RULES])).toEqual([]);
    expect(checkFacts(script('Thông tư 15/2026/TT-BGDĐT sửa đổi Thông tư 08/2020/TT-BGDĐT về sách giáo khoa có hiệu lực từ ngày 1/9/2026.'), [RULES])).toEqual([]);
  });
});
