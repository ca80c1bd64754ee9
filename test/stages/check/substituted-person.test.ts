import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = [
  'Bà Nguyễn Thị Hạnh cho biết đã cho Sơn mượn chiếc xe máy từ tháng 5.',
  'Sau đó Sơn khai đã bán chiếc xe cho một người quen ở chợ Đồng Xoài.',
  'Con trai của Sơn đã gặp ông Lộc để chuộc lại chiếc xe với giá 15 triệu đồng.',
  'Trưởng công an cho biết vụ việc đang được điều tra.',
  'Trưởng công an huyện hiện nay là ông Trần Văn Kiên.',
].join(' ');
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a person put where the article names someone else', () => {
  it('flags "bà Hạnh" in the sentence where the article names Sơn', () => {
    const issues = checkFacts(script('Sau đó bà Hạnh khai đã bán chiếc xe cho một người quen ở chợ Đồng Xoài.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'name', value: 'bà hạnh' }));
  });

  it('flags a given name put for another given name after the same honorific', () => {
    const source = 'Ông Tâm là hàng xóm của ông Lộc. Sau đó ông Lộc đã gặp ông Sơn để đòi nợ tại nhà riêng.';
    const issues = checkFacts(script('Sau đó ông Tâm đã gặp ông Sơn để đòi nợ tại nhà riêng.'), [source]);
    expect(issues.length).toBeGreaterThan(0);
    expect(checkFacts(script('Sau đó ông Lộc đã gặp ông Sơn để đòi nợ tại nhà riêng.'), [source])).toEqual([]);
  });

  it('flags a person put where the article names someone by kin', () => {
    const issues = checkFacts(script('Bà Hạnh đã gặp ông Lộc để chuộc lại chiếc xe với giá 15 triệu đồng.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'name', value: 'bà hạnh' }));
  });

  it('accepts a name put where the article refers to the person by a title or a pronoun', () => {
    expect(checkFacts(script('Sau đó Sơn khai đã bán chiếc xe cho một người quen ở chợ Đồng Xoài.'), [SOURCE])).toEqual([]);
    expect(checkFacts(script('Ông Trần Văn Kiên cho biết vụ việc đang được điều tra.'), [SOURCE])).toEqual([]);
  });
});
