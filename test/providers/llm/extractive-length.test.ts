import { describe, expect, it } from 'vitest';
import { summarizeExtractively } from '../../../src/providers/llm/extractive.ts';
import type { SummaryInput } from '../../../src/providers/llm/llm.ts';

const LEAD = 'Ngày 28/11, Ủy ban nhân dân tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác phòng chống tham nhũng của tỉnh.';
/** One clause, no comma: it is read whole or not at all. */
const LONG = 'Hội nghị đánh giá công tác phòng chống tham nhũng trên địa bàn tỉnh đạt nhiều kết quả tích cực trong việc phát hiện và xử lý nghiêm các vụ việc vi phạm của cán bộ công chức tại các sở ngành và địa phương.';

function input(text: string, words: number, minWords: number, limitWords?: number): SummaryInput {
  const title = 'Đồng Tháp tổng kết công tác phòng chống tham nhũng';
  return {
    storyId: 's', section: 'tinh', title, words, minWords, ...(limitWords === undefined ? {} : { limitWords }),
    sources: [{ name: 'Báo Đồng Tháp', title, url: 'https://example.invalid/a', published: '2026-11-28T08:00:00+07:00', text }],
  };
}

describe('the length of an offline summary', () => {
  it('reads the next whole sentence past `words`, up to `limitWords`, rather than fall short of `minWords`', () => {
    const text = `${LEAD} ${LONG}`;
    expect(summarizeExtractively(input(text, 45, 45)).script).not.toContain(LONG);
    const longer = summarizeExtractively(input(text, 45, 45, 100)).script;
    expect(longer).toContain(LONG);
    expect(longer.endsWith(LONG)).toBe(true);
  });

  it('never goes past `limitWords` to reach `minWords`', () => {
    const script = summarizeExtractively(input(`${LEAD} ${LONG}`, 45, 45, 50)).script;
    expect(script).not.toContain('Hội nghị đánh giá');
  });

  it('leaves out a sentence that opens on "Đây là" when the one it refers to is not read', () => {
    const aside = 'Đây là địa phương có nhiều vụ việc được phát hiện nhất trong khu vực.';
    const script = summarizeExtractively(input(`${LEAD} ${LONG} ${aside}`, 60, 60)).script;
    expect(script).not.toContain('Đây là');
    // Read right after the sentence it refers to, it says something.
    const short = 'Hội nghị có hai trăm đại biểu của các sở ngành tham dự.';
    expect(summarizeExtractively(input(`${LEAD} ${short} ${aside}`, 100, 100)).script).toContain(`${short} ${aside}`);
  });
});
