import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });

const SOURCE = [
  'Công an tỉnh đề nghị truy tố Lê Văn An, Chủ tịch Hội đồng quản trị Công ty cổ phần Sao Mai Miền Tây và vợ là Trần Thị Bích, Giám đốc Công ty Sao Mai.',
  'Cùng tội danh còn có Phan Văn Cường, Giám đốc nhà máy chế biến; Đỗ Thị Hằng, Trưởng phòng kế toán và Vũ Thị Lan, nhân viên kho.',
].join(' ');

describe('titles in a list of people', () => {
  it("reads each of the article's own sentences without a flag", () => {
    for (const sentence of SOURCE.split(/(?<=\.) /u)) expect(checkFacts(script(sentence), [SOURCE])).toEqual([]);
  });

  it('still flags the wife\'s title given to the husband', () => {
    expect(checkFacts(script('Lê Văn An, Giám đốc Công ty Sao Mai, bị đề nghị truy tố.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });

  it('still flags the title of the item before given to the next person of the list', () => {
    expect(checkFacts(script('Đỗ Thị Hằng, Giám đốc nhà máy chế biến, cũng bị đề nghị truy tố.'), [SOURCE])).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });
});
