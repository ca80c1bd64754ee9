import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = 'Theo quy định mới, Bộ Tài chính lập danh sách dự án đề nghị vay vốn ODA và trình Thủ tướng. Bộ Kế hoạch và Đầu tư cho ý kiến về danh sách này trong 15 ngày.';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a ministry put where the article names another', () => {
  it('flags "Bộ Tư pháp lập danh sách" where the article gives the task to Bộ Tài chính', () => {
    expect(checkFacts(script('Theo quy định mới, Bộ Tư pháp lập danh sách dự án đề nghị vay vốn ODA.'), [SOURCE + ' Bộ Tư pháp thẩm định văn bản.'])).toContainEqual(expect.objectContaining({ kind: 'name', value: 'Bộ Tư pháp' }));
  });

  it('flags a ministry the article names for another task', () => {
    expect(checkFacts(script('Bộ Kế hoạch và Đầu tư lập danh sách dự án đề nghị vay vốn ODA.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'name', value: 'Bộ Kế hoạch và Đầu tư' }));
  });

  it('accepts the ministry the article names', () => {
    expect(checkFacts(script('Theo quy định mới, Bộ Tài chính lập danh sách dự án đề nghị vay vốn ODA.'), [SOURCE])).toEqual([]);
  });

  it('accepts a ministry the article names with another for the same task', () => {
    const source = 'Bộ Tài chính và Bộ Tư pháp lập danh sách dự án đề nghị vay vốn ODA.';
    expect(checkFacts(script('Bộ Tư pháp lập danh sách dự án đề nghị vay vốn ODA.'), [source])).toEqual([]);
  });
});
