import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/stages/check/check-facts.ts';

const script = (text: string) => ({ headline: '', script: text, bullets: [] });
const flags = (text: string, source: string) => checkFacts(script(text), [source]).map((issue) => `${issue.kind}:${issue.value}`);

describe('a body named without its province word', () => {
  const source = 'Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Bến Tre, cho biết tỉnh sẽ hỗ trợ 1.200 hộ ngư dân bị ảnh hưởng bởi hạn mặn.';

  it('accepts "UBND Bến Tre" where the article writes "UBND tỉnh Bến Tre"', () => {
    expect(flags('Ông Lê Văn Hòa, Phó Chủ tịch UBND Bến Tre, cho biết tỉnh sẽ hỗ trợ 1.200 hộ ngư dân bị ảnh hưởng bởi hạn mặn.', source)).toEqual([]);
  });

  it('accepts "Tòa án nhân dân thành phố Cần Thơ" where the article writes "TAND Cần Thơ"', () => {
    const short = 'Ngày 2/6, Lê Văn Tâm bị TAND Cần Thơ tuyên phạt 9 năm tù về tội lừa đảo chiếm đoạt tài sản.';
    expect(flags('Ngày 2/6, Lê Văn Tâm bị Tòa án nhân dân thành phố Cần Thơ tuyên phạt 9 năm tù về tội lừa đảo chiếm đoạt tài sản.', short)).toEqual([]);
  });

  it('still flags another province put in the body\'s name', () => {
    expect(flags('Ông Lê Văn Hòa, Phó Chủ tịch UBND Trà Vinh, cho biết tỉnh sẽ hỗ trợ 1.200 hộ ngư dân bị ảnh hưởng bởi hạn mặn.', source).length).toBeGreaterThan(0);
  });
});

describe('a year with or without "năm"', () => {
  const source = 'Trong mùa khô 2024, tỉnh đã chuyển 3.100 ha lúa sang trồng cây màu để tránh thiếu nước.';

  it('accepts "mùa khô năm 2024" where the article writes "mùa khô 2024"', () => {
    expect(flags('Trong mùa khô năm 2024, tỉnh đã chuyển 3.100 ha lúa sang trồng cây màu để tránh thiếu nước.', source)).toEqual([]);
  });

  it('accepts "mùa khô 2024" where the article writes "mùa khô năm 2024"', () => {
    const withYearWord = 'Trong mùa khô năm 2024, tỉnh đã chuyển 3.100 ha lúa sang trồng cây màu để tránh thiếu nước.';
    expect(flags('Trong mùa khô 2024, tỉnh đã chuyển 3.100 ha lúa sang trồng cây màu.', withYearWord)).toEqual([]);
  });

  it('still flags another year', () => {
    expect(flags('Trong mùa khô năm 2023, tỉnh đã chuyển 3.100 ha lúa sang trồng cây màu để tránh thiếu nước.', source).length).toBeGreaterThan(0);
  });
});

describe('a day and month after "hôm nay" or "sáng nay"', () => {
  const source = 'Sáng nay (14-3), Công an huyện Tháp Mười bàn giao 2 xe máy cho người bị mất.';

  it('accepts "Sáng nay 14-3" and "Sáng nay, 14-3," where the article writes "Sáng nay (14-3)"', () => {
    expect(flags('Sáng nay 14-3, Công an huyện Tháp Mười bàn giao 2 xe máy cho người bị mất.', source)).toEqual([]);
    expect(flags('Sáng nay, 14-3, Công an huyện Tháp Mười bàn giao 2 xe máy cho người bị mất.', source)).toEqual([]);
  });

  it('still flags another day', () => {
    expect(flags('Sáng nay, 15-3, Công an huyện Tháp Mười bàn giao 2 xe máy cho người bị mất.', source).length).toBeGreaterThan(0);
  });
});

describe('an acronym of words the article writes out', () => {
  const source = 'Sở Nông nghiệp cho biết diện tích nuôi trồng thủy sản của tỉnh năm nay đạt 6.500 ha.';

  it('accepts "NTTS" where the article writes "nuôi trồng thủy sản"', () => {
    expect(flags('Diện tích NTTS của tỉnh năm nay đạt 6.500 ha.', source)).toEqual([]);
  });

  it('still flags an acronym the article does not spell', () => {
    expect(flags('Diện tích NTCX của tỉnh năm nay đạt 6.500 ha.', source).length).toBeGreaterThan(0);
  });
});

describe('"không" after a figure', () => {
  const source = 'Kiểm tra cho thấy ông Hùng giữ lại 15 triệu đồng không rõ nguồn gốc trong két của cơ quan.';

  it('reads "15 triệu không rõ" as a figure and a negation, not 15 000 000 and "rõ"', () => {
    expect(flags('Ông Hùng giữ lại 15 triệu không rõ nguồn gốc trong két của cơ quan.', source)).toEqual([]);
  });

  it('still flags the negation dropped', () => {
    expect(flags('Ông Hùng giữ lại 15 triệu đồng rõ nguồn gốc trong két của cơ quan.', source).length).toBeGreaterThan(0);
  });
});

describe('two sentences merged into one', () => {
  const source = 'Bà Lê Thị Hoa báo cáo với các đại biểu về tiến độ xây cầu Cao Lãnh mới tại cuộc họp. Ông Trần Minh Khoa chủ trì cuộc họp. Các đại biểu thảo luận về tiến độ xây cầu Cao Lãnh mới.';

  it('keeps each person in the sentence the draft retells, though a third sentence shares more words', () => {
    expect(flags('Ông Trần Minh Khoa chủ trì cuộc họp và các đại biểu thảo luận về tiến độ xây cầu Cao Lãnh mới.', source)).toEqual([]);
  });

  it('still flags a person put into another person\'s report', () => {
    expect(flags('Ông Trần Minh Khoa báo cáo với các đại biểu về tiến độ xây cầu Cao Lãnh mới.', source)).toContain('name:trần minh khoa');
  });
});

describe('a foreign name written short in the draft', () => {
  const source = 'Tối 14/9, Manchester United thắng Chelsea 2-1 trên sân Old Trafford nhờ cú đúp của tiền đạo người Đan Mạch.';

  it('accepts "Man Utd" where the article writes "Manchester United"', () => {
    expect(flags('Tối 14/9, đội Man Utd thắng Chelsea 2-1 trên sân Old Trafford.', source)).toEqual([]);
  });

  it('still flags another club written short', () => {
    expect(flags('Tối 14/9, đội Man City thắng Chelsea 2-1 trên sân Old Trafford.', source).length).toBeGreaterThan(0);
  });
});
