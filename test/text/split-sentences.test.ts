import { describe, expect, it } from 'vitest';
import { countSyllables, splitSentences } from '../../src/text/split-sentences.ts';
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
