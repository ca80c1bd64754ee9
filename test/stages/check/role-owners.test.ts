import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const SOURCE = 'Cùng hầu tòa có 3 bị cáo gồm: Lê Văn Hùng (50 tuổi, cựu Chủ tịch Hội đồng quản trị Công ty Sao Mai), Trần Minh Đức (45 tuổi, cựu Tổng Giám đốc Công ty Sao Mai), Phạm Thị Hoa (40 tuổi, cựu Kế toán trưởng Công ty Sao Mai).';
const script = (text: string) => ({ headline: '', script: text, bullets: [] });

describe('titles in a list of people', () => {
  it('gives each title of the list to the name before it', () => {
    expect(checkFacts(script('Lê Văn Hùng, cựu Chủ tịch Hội đồng quản trị Công ty Sao Mai, cũng hầu tòa.'), [SOURCE])).toEqual([]);
    expect(checkFacts(script('Trần Minh Đức, cựu Tổng Giám đốc Công ty Sao Mai, cũng hầu tòa.'), [SOURCE])).toEqual([]);
  });

  it('flags a former title given to another person of the list', () => {
    const issues = checkFacts(script('Trần Minh Đức, cựu Chủ tịch Hội đồng quản trị Công ty Sao Mai, cũng hầu tòa.'), [SOURCE]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });

  it('flags a director moved to another centre of the article, a name run into the sentence before included', () => {
    const source = [
      'Học sinh được đưa đi cấp cứu kịp thời Ông Hoàng Văn Lâm, Giám đốc Trung tâm y tế huyện Yên Thành, cho biết cả 12 em đã ổn định.',
      'Còn ông Đặng Quốc Bảo, Giám đốc Trung tâm kiểm soát bệnh tật tỉnh Nghệ An, cho biết đã lấy mẫu thức ăn để xét nghiệm.',
    ].join(' ');
    expect(checkFacts(script('Ông Hoàng Văn Lâm, Giám đốc Trung tâm y tế huyện Yên Thành, cho biết các em đã ổn định.'), [source])).toEqual([]);
    const issues = checkFacts(script('Ông Đặng Quốc Bảo, Giám đốc Trung tâm y tế huyện Yên Thành, cho biết các em đã ổn định.'), [source]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });
});

describe('people named in capitals or after a profession', () => {
  const source = [
    'Luật sư bào chữa cho bị cáo đã đề nghị hoãn phiên tòa.',
    'Luật sư TRẦN VĂN KHOA, nguyên Phó Chánh Tòa Dân sự Tòa án nhân dân TP.HCM, cho rằng tòa phải hoãn xử.',
    'MINH THƯ',
  ].join('\n');

  it('accepts the title the article gives a person it names in capitals, beside a city', () => {
    expect(checkFacts(script('Luật sư Trần Văn Khoa, nguyên Phó Chánh Tòa Dân sự Tòa án nhân dân Thành phố Hồ Chí Minh, cho rằng tòa phải hoãn xử.'), [source])).toEqual([]);
  });

  it('flags the title given to the byline\'s name', () => {
    const issues = checkFacts(script('Luật sư Minh Thư, nguyên Phó Chánh Tòa Dân sự Tòa án nhân dân TP.HCM, cho rằng tòa phải hoãn xử.'), [source]);
    expect(issues).toContainEqual(expect.objectContaining({ kind: 'role' }));
  });
});
