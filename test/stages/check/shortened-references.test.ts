import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { definedAcronyms } from '../../../src/stages/check/article-acronyms.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('a code shortened to its number and year', () => {
  const SOURCE = 'Nghị định này thay thế các quy định về cấp phép đã nêu tại Nghị định số 27/2019/NĐ-CP của Chính phủ.';

  it('accepts "Nghị định 27/2019" for the article\'s "Nghị định số 27/2019/NĐ-CP"', () => {
    expect(checkFacts(script('Nghị định mới thay thế quy định cấp phép tại Nghị định 27/2019.'), [SOURCE])).toEqual([]);
  });

  it('still flags a shortened code the article does not have', () => {
    expect(checkFacts(script('Nghị định mới thay thế quy định cấp phép tại Nghị định 72/2019.'), [SOURCE])).not.toEqual([]);
  });
});

describe('acronyms the article defines for itself', () => {
  const SOURCE = [
    'Phòng Cảnh sát môi trường (PC05) vừa kiểm tra 120 cơ sở sản xuất trong tỉnh.',
    'Trung tá Lê Văn Hùng, Trưởng PC05, cho biết đợt kiểm tra kéo dài ba tuần.',
  ].join('\n');

  it('reads the name before "(PC05)" as what PC05 stands for, and no later "(PC05)"', () => {
    expect(definedAcronyms(`${SOURCE} Đội kiểm tra số 2 (PC05) đã lập biên bản.`).get('PC05')).toBe('Phòng Cảnh sát môi trường');
  });

  it('stops the name at a word that cannot be inside one', () => {
    expect(definedAcronyms('Đoàn công tác làm việc với Sở Y tế (SYT) trong hai ngày.').get('SYT')).toBe('Sở Y tế');
  });

  it('accepts the long name where the article says the acronym', () => {
    expect(checkFacts(script('Trung tá Lê Văn Hùng, Trưởng Phòng Cảnh sát môi trường, cho biết đợt kiểm tra kéo dài ba tuần.'), [SOURCE])).toEqual([]);
  });

  it('still flags a figure changed beside the long name', () => {
    expect(checkFacts(script('Phòng Cảnh sát môi trường đã kiểm tra 210 cơ sở sản xuất.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'number' }));
  });
});

describe('"hai" that counts nothing', () => {
  const SOURCE = 'Ông Sơn cho biết ông không ký bất kỳ giấy tờ nào giữa bà Hạnh và ông Tùng.';

  it('accepts "giữa hai người" for two people the article names', () => {
    expect(checkFacts(script('Ông Sơn khẳng định không ký giấy tờ nào giữa hai người.'), [SOURCE])).toEqual([]);
  });

  it('still checks "hai" that counts', () => {
    expect(checkFacts(script('Ông Sơn khẳng định không ký hai giấy tờ.'), [SOURCE])).not.toEqual([]);
  });
});
