import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const flagged = (text: string, source: string) => checkFacts(script(text), [source]).map((issue) => `${issue.kind}:${issue.value}`);

describe('a document cited by its number only', () => {
  const source = 'Thông tư 58/2020/TT-BCA quy định về đăng ký xe có hiệu lực từ ngày 1/8/2020.';

  it('reads "Thông tư 58" and "Thông tư 58 năm 2020" as the article\'s one circular of that number', () => {
    expect(flagged('Thông tư 58 của Bộ Công an quy định về đăng ký xe.', source)).toEqual([]);
    expect(flagged('Thông tư 58 năm 2020 của Bộ Công an quy định về đăng ký xe.', source)).toEqual([]);
  });

  it('still flags another number or another year', () => {
    expect(flagged('Thông tư 85 của Bộ Công an quy định về đăng ký xe.', source)).not.toEqual([]);
    expect(flagged('Thông tư 58 năm 2021 của Bộ Công an quy định về đăng ký xe.', source)).not.toEqual([]);
  });
});
