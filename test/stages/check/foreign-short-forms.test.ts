import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const names = (text: string, source: string) => checkFacts(script(text), [source]).filter((issue) => issue.kind === 'name').map((issue) => issue.value);

describe('a foreign club the article writes in short', () => {
  const SOURCE = 'Man Utd thắng 3-1 trước Leeds trên sân nhà ở vòng ba giải Ngoại hạng Anh.';

  it('accepts "Manchester United" for the article\'s "Man Utd"', () => {
    expect(names('Đội bóng Manchester United thắng 3-1 trước Leeds trên sân nhà ở vòng ba giải Ngoại hạng Anh.', SOURCE)).toEqual([]);
  });

  it('still flags another club whose words start with the same letters', () => {
    expect(names('Đội bóng Manchester City thắng 3-1 trước Leeds trên sân nhà ở vòng ba giải Ngoại hạng Anh.', SOURCE)).toContain('Manchester City');
  });

  it('never reads a Vietnamese name as a short form', () => {
    const source = 'Ông Ng Văn Th phát biểu tại hội nghị tổng kết năm 2026.';
    expect(names('Ông Nguyễn Văn Thành phát biểu tại hội nghị tổng kết năm 2026.', source)).not.toEqual([]);
  });
});
