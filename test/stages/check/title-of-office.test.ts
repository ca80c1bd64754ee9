import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const roles = (draft: string, source: string) => checkFacts(script(draft), [source]).filter((issue) => issue.kind === 'role');

describe('a title given to an office the article gives only another title', () => {
  it('flags "Bí thư Sa Đéc" where the article says "Chủ tịch Sa Đéc"', () => {
    const source = 'Chủ tịch Sa Đéc trao quà cho người dân vùng lũ.\nChủ tịch TP Sa Đéc cho biết thành phố đã hỗ trợ 300 hộ.';
    expect(roles('Bí thư Sa Đéc trao quà cho người dân vùng lũ.', source)).not.toEqual([]);
    expect(roles('Chủ tịch Sa Đéc trao quà cho người dân vùng lũ.', source)).toEqual([]);
  });

  it('accepts the title the article gives the office through its body ("Bí thư Thành ủy Sa Đéc")', () => {
    const source = 'Bí thư Thành ủy Sa Đéc cùng Chủ tịch Sa Đéc trao quà cho người dân vùng lũ.';
    expect(roles('Bí thư Sa Đéc trao quà cho người dân vùng lũ.', source)).toEqual([]);
  });
});
