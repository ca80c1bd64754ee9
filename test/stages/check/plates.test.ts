import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';
import { platesOf } from '../../../src/stages/check/plates.ts';

const ARTICLE = 'Camera ghi nhận nhiều xe vi phạm. Từ tháng 2 đến tháng 6.2019, xe tải BS: 51C-212... vượt đèn đỏ 12 lần trên đường Lê Lợi, Q.3; từ tháng 7 - 9.2019, xe khách BS: 61B-045... vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, Q.10. Chủ xe chưa nộp phạt.';
const check = (text: string) => checkFacts({ headline: '', script: text, bullets: [] }, [ARTICLE]);

describe('platesOf', () => {
  it('reads car and motorbike plates, cut or whole, each with its own clause', () => {
    const plates = platesOf(`${ARTICLE} Xe máy 59-X1 123.45 bị tạm giữ.`);
    expect(plates.map(({ key, truncated }) => ({ key, truncated }))).toEqual([
      { key: '51C212', truncated: true },
      { key: '61B045', truncated: true },
      { key: '59X112345', truncated: false },
    ]);
    expect(plates[0]!.clause).toBe('Từ tháng 2 đến tháng 6.2019, xe tải BS: 51C-212... vượt đèn đỏ 12 lần trên đường Lê Lợi, Q.3');
    expect(plates[1]!.clause).toBe('từ tháng 7 - 9.2019, xe khách BS: 61B-045... vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, Q.10');
  });

  it('reads no plate in a time, a document code or a model name', () => {
    expect(platesOf('Lúc 20H30, theo Quyết định 12/2019/QĐ-UBND, tiêm kích Su-30MK2 cất cánh.')).toEqual([]);
  });
});

describe('plates in a draft', () => {
  it('accepts a plate with the figures of its own clause', () => {
    expect(check('Từ tháng 7 đến tháng 9 năm 2019, xe khách biển số 61B-045... vượt đèn đỏ năm lần trên đường Điện Biên Phủ, quận 10.')).toEqual([]);
  });

  it('flags a plate given the record of another plate of the article, quoting its own', () => {
    expect(check('Từ tháng 2 đến tháng 6 năm 2019, xe khách biển số 61B-045... vượt đèn đỏ 12 lần trên đường Lê Lợi, quận 3.')).toEqual([
      expect.objectContaining({ kind: 'code', value: '61B-045...', source: 'từ tháng 7 - 9.2019, xe khách BS: 61B-045... vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, Q.10' }),
    ]);
  });

  it('flags a plate the article does not have as a code, not as loose numbers', () => {
    expect(check('Từ tháng 7 đến tháng 9 năm 2019, xe khách biển số 61B-087... vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, quận 10.')).toEqual([
      expect.objectContaining({ kind: 'code', value: '61B-087...' }),
    ]);
  });

  it('flags digits the article cut off, and accepts a plate cut shorter', () => {
    expect(check('Xe khách biển số 61B-04571 vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, quận 10.')).toContainEqual(expect.objectContaining({ kind: 'code' }));
    expect(check('Xe khách biển số 61B-04... vượt đèn đỏ 5 lần trên đường Điện Biên Phủ, quận 10.')).toEqual([]);
  });
});
