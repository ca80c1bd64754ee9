import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) => checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name').map((issue) => issue.value);

describe('a ministry named through its minister\'s title', () => {
  it('accepts "Bộ trưởng Bộ Tài chính" where the article writes "Bộ trưởng Tài chính"', () => {
    const source = 'Bộ trưởng Tài chính Nguyễn Văn Thắng cho biết thu ngân sách năm nay ước tăng 8%.';
    expect(names('Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết thu ngân sách năm nay ước tăng 8%.', source)).toEqual([]);
  });

  it('accepts "Bộ Ngoại giao" where the article names only its deputy minister', () => {
    const source = 'Thứ trưởng Ngoại giao Lê Thị Thu Hằng đã tiếp Đại sứ Nhật Bản tại Hà Nội.';
    expect(names('Đại sứ Nhật Bản đã làm việc với Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng tại Hà Nội.', source)).toEqual([]);
  });

  it('still flags another ministry', () => {
    const source = 'Bộ trưởng Tài chính Nguyễn Văn Thắng cho biết thu ngân sách năm nay ước tăng 8%.';
    expect(names('Bộ trưởng Bộ Xây dựng Nguyễn Văn Thắng cho biết thu ngân sách năm nay ước tăng 8%.', source)).toContain('Bộ Xây');
  });
});
