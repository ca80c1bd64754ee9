import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE =
  'Sáng 25/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp phối hợp với Viện kiểm sát nhân dân TP. Hồ Chí Minh tổ chức hội nghị. Ông Nguyễn V. An, Phó Viện trưởng, phát biểu khai mạc. Hội nghị có 120 đại biểu tham dự.';

function draft(script: string) {
  return { headline: 'Hội nghị', script, bullets: ['Hội nghị', '120 đại biểu'] };
}

describe('checkFacts reads source sentences with the shared splitter', () => {
  it('accepts a place the source writes after "TP." (the sentence does not end at the abbreviation)', () => {
    const script = 'Sáng 25/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp phối hợp với Viện kiểm sát nhân dân TP. Hồ Chí Minh tổ chức hội nghị với 120 đại biểu tham dự.';
    expect(checkFacts(draft(script), [SOURCE])).toEqual([]);
  });

  it('still flags the city swapped after "TP."', () => {
    const script = 'Sáng 25/11, Viện kiểm sát nhân dân tỉnh Đồng Tháp phối hợp với Viện kiểm sát nhân dân TP. Hà Nội tổ chức hội nghị.';
    expect(checkFacts(draft(script), [SOURCE]).map((issue) => issue.value)).toContain('Hà Nội');
  });
});

describe('an acronym joined by "&"', () => {
  it('reads "Bộ KH&CN" whole, as the article\'s "Bộ Khoa học và Công nghệ"', () => {
    const source = 'Bộ Khoa học và Công nghệ vừa công bố 12 nhiệm vụ khoa học cấp quốc gia năm 2026.';
    expect(checkFacts({ headline: '', script: 'Bộ KH&CN vừa công bố 12 nhiệm vụ khoa học cấp quốc gia năm 2026.', bullets: [] }, [source])).toEqual([]);
  });
});
