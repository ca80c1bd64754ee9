import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.ts';
import { countSyllables, syllables } from '../../src/text/syllables.ts';
import { rankSentences } from '../../src/text/rank-sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations, initials, numbers and dates inside one sentence', () => {
    const text =
      'Sáng 4.1.2017, Th.S Nguyễn V. An và PGS. Lê Bình đến TP. Hồ Chí Minh dự hội thảo. Tổng vốn 1.234,5 tỷ đồng, tăng 3,5% so với TP.HCM năm trước. Ông nói: "Chúng tôi sẽ làm tiếp." Sau đó, đoàn về Q. 1 làm việc!';
    expect(splitSentences(text)).toEqual([
      'Sáng 4.1.2017, Th.S Nguyễn V. An và PGS. Lê Bình đến TP. Hồ Chí Minh dự hội thảo.',
      'Tổng vốn 1.234,5 tỷ đồng, tăng 3,5% so với TP.HCM năm trước.',
      'Ông nói: "Chúng tôi sẽ làm tiếp."',
      'Sau đó, đoàn về Q. 1 làm việc!',
    ]);
  });

  it('ends a sentence at every paragraph break and drops empty lines', () => {
    expect(splitSentences('Dòng một không có dấu chấm\n\n\nDòng hai.\n…\n')).toEqual(['Dòng một không có dấu chấm', 'Dòng hai.']);
  });

  it('does not split before a lowercase word after an ellipsis', () => {
    expect(splitSentences('Gậy cao su... và nhiều thứ khác. Hết.')).toEqual(['Gậy cao su... và nhiều thứ khác.', 'Hết.']);
  });

  it('keeps a quotation whole when asked, and splits inside it otherwise', () => {
    const text = 'Ông nói: “Phải làm ngay. Không chờ nữa.” Sau đó đoàn về.';
    expect(splitSentences(text, { keepQuotations: true })).toEqual(['Ông nói: “Phải làm ngay. Không chờ nữa.”', 'Sau đó đoàn về.']);
    expect(splitSentences(text)).toEqual(['Ông nói: “Phải làm ngay.', 'Không chờ nữa.”', 'Sau đó đoàn về.']);
  });

  it('ends a paragraph at a lone carriage return and treats no-break spaces as spaces', () => {
    expect(splitSentences('Dòng một.\rDòng\u00a0hai.')).toEqual(['Dòng một.', 'Dòng hai.']);
  });
});

describe('splitSentences for speech', () => {
  it('splits after sentence marks followed by a space and at paragraph breaks', () => {
    expect(splitSentences('Câu một. Câu hai! Câu ba?\nĐoạn mới… tiếp', { speech: true })).toEqual(['Câu một.', 'Câu hai!', 'Câu ba?', 'Đoạn mới…', 'tiếp']);
  });

  it('does not split inside TP.HCM or a number, and keeps a closing quote with its sentence', () => {
    expect(splitSentences('Tại TP.HCM, tăng 3.5 lần. Hết.', { speech: true })).toEqual(['Tại TP.HCM, tăng 3.5 lần.', 'Hết.']);
    expect(splitSentences('Ông nói: "Phải làm ngay." Sau đó về.', { speech: true })).toEqual(['Ông nói: "Phải làm ngay."', 'Sau đó về.']);
  });

  it('pauses at a semicolon between list items, which news text keeps in one sentence', () => {
    const text = 'Cấp ủy kiểm tra 796 tổ chức đảng, 1.256 đảng viên; giám sát 231 tổ chức đảng, 658 đảng viên.';
    expect(splitSentences(text, { speech: true })).toEqual(['Cấp ủy kiểm tra 796 tổ chức đảng, 1.256 đảng viên;', 'giám sát 231 tổ chức đảng, 658 đảng viên.']);
    expect(splitSentences(text)).toEqual([text]);
  });

  it('ends a normalized sentence that opens in lowercase, but not at an abbreviation or an initial', () => {
    const spoken = 'Thu ba tỷ đồng. mười lăm người bị bắt tại TP. Hồ Chí Minh. Ông Nguyễn V. A nói v. v. và hết.';
    expect(splitSentences(spoken, { speech: true })).toEqual(['Thu ba tỷ đồng.', 'mười lăm người bị bắt tại TP. Hồ Chí Minh.', 'Ông Nguyễn V. A nói v. v. và hết.']);
  });
});

describe('syllables', () => {
  it('lowercases and drops punctuation, keeping diacritics and the parts of an abbreviation', () => {
    expect(syllables('Viện KSND TP.HCM bắt, bất (26/11)!')).toEqual(['viện', 'ksnd', 'tp', 'hcm', 'bắt', 'bất', '26', '11']);
  });

  it('reads decomposed input as the same syllables as composed input', () => {
    expect(syllables('Tha\u0300nh phô\u0301')).toEqual(syllables('Thành phố'));
  });

  it('counts syllables as spoken units, not punctuation', () => {
    expect(countSyllables('Theo báo Nhân Dân , ngày 26/11 – tăng 3,5%.')).toBe(8);
  });
});

describe('rankSentences', () => {
  it('ranks the sentence that shares most with the others above an unrelated one', () => {
    const sentences = [
      'Tỉnh Đồng Tháp thu hoạch lúa Thu Đông đạt năng suất cao.',
      'Thời tiết hôm nay có mưa rải rác.',
      'Năng suất lúa Thu Đông của tỉnh Đồng Tháp tăng so với cùng kỳ.',
      'Nông dân Đồng Tháp phấn khởi vì lúa Thu Đông được giá.',
    ];
    const scores = rankSentences(sentences, { leadBias: 0 });
    expect(scores[1]).toBeLessThan(Math.min(scores[0]!, scores[2]!, scores[3]!));
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 6);
  });

  it('gives the lead sentence more weight when the lead bias is raised', () => {
    const sentences = ['Một câu mở đầu riêng biệt về chủ đề A.', 'Câu thứ hai về chủ đề B.', 'Câu thứ ba về chủ đề C.'];
    const flat = rankSentences(sentences, { leadBias: 0 });
    const biased = rankSentences(sentences, { leadBias: 0.9 });
    expect(biased[0]!).toBeGreaterThan(flat[0]!);
  });
});
