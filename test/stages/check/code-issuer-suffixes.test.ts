import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const article = 'Bộ Công Thương vừa ban hành Thông tư số 12/2025/TT-BCT sửa đổi quy định nhập khẩu phân bón, có hiệu lực từ ngày 1/7/2025.';
const draft = (script: string) => ({ headline: '', script, bullets: [] });

describe('a ministry named beside its code suffix', () => {
  it('keeps "Bộ Công Thương" as the issuer of a TT-BCT circular (BCT in a code is not Bộ Chính trị)', () => {
    expect(checkFacts(draft('Bộ Công Thương ban hành Thông tư 12/2025/TT-BCT về nhập khẩu phân bón.'), [article])).toEqual([]);
  });

  it('still flags another ministry given the circular', () => {
    expect(checkFacts(draft('Bộ Tài chính ban hành Thông tư 12/2025/TT-BCT về nhập khẩu phân bón.'), [article]).length).toBeGreaterThan(0);
  });
});
