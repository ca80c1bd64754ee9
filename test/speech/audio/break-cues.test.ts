import { describe, expect, it } from 'vitest';
import { breakCues, breakCost, layoutCue } from '../../../src/speech/audio/break-cues.ts';

const words = (text: string) => text.split(' ');

/** Fills a line with words so that the next word starts just before column 42. */
function fillTo(column: number): string {
  const filler: string[] = [];
  const pool = ['hội', 'nghị', 'đã', 'bàn', 'về', 'công', 'tác', 'năm', 'tới', 'tại', 'tỉnh'];
  let length = -1;
  for (let i = 0; length + 1 + pool[i % pool.length]!.length <= column; i += 1) {
    filler.push(pool[i % pool.length]!);
    length += 1 + pool[i % pool.length]!.length;
  }
  return filler.join(' ');
}

describe('breakCues', () => {
  const sentences = [
    'Theo Cổng Thông tin điện tử tỉnh Đồng Tháp, sáng 1/12, HĐND tỉnh khóa XI tổ chức kỳ họp thứ Tư, thống nhất thông qua 14 nghị quyết về đầu tư công, ngân sách và an sinh xã hội.',
    'Viện kiểm sát nhân dân tỉnh Đồng Tháp vừa ban hành Cáo trạng truy tố 04 bị can về tội "Lừa đảo chiếm đoạt tài sản" theo điểm a khoản 4 Điều 174 Bộ luật Hình sự.',
    'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 22.540 tỷ đồng, bằng 91,2% dự toán, cao hơn bình quân chung cả nước trong cùng giai đoạn.',
  ];

  it('keeps every cue to two lines of at most 42 characters and loses no word', () => {
    for (const sentence of sentences) {
      const cues = breakCues(words(sentence));
      for (const cue of cues) {
        expect(cue.length).toBeLessThanOrEqual(2);
        for (const line of cue) expect(line.join(' ').length).toBeLessThanOrEqual(42);
      }
      expect(cues.flat(2)).toEqual(words(sentence));
    }
  });

  for (const compound of ['giai đoạn', 'đảng viên', 'sinh hoạt', 'kinh tế', 'xã hội', 'nhân dân', 'kiểm sát']) {
    it(`never parts "${compound}" even where a line fills up inside it`, () => {
      const [first, second] = compound.split(' ');
      const lead = fillTo(42 - first!.length - 1);
      const sentence = `${lead} ${compound} của chi bộ được bàn kỹ tại buổi họp cuối năm.`;
      // The naive cut at 42 characters falls between the two syllables.
      expect(`${lead} ${first}`.length).toBeLessThanOrEqual(42);
      expect(`${lead} ${first} ${second}`.length).toBeGreaterThan(42);
      const lines = breakCues(words(sentence)).flat().map((line) => line.join(' '));
      for (let i = 1; i < lines.length; i += 1) expect(`${lines[i - 1]!.split(' ').pop()} ${lines[i]!.split(' ')[0]}`).not.toBe(compound);
    });
  }

  it('turns the line after a comma rather than in the middle of a phrase', () => {
    const cue = layoutCue(words('Theo báo cáo của Bộ Tài chính, 11 tháng năm 2026, chỉ số giá tiêu dùng'))!;
    expect(cue.lines.map((line) => line.join(' '))).toEqual(['Theo báo cáo của Bộ Tài chính,', '11 tháng năm 2026, chỉ số giá tiêu dùng']);
  });

  it('keeps a number with its unit and a title with its name', () => {
    expect(breakCost('22.540', 'tỷ')).toBeGreaterThan(breakCost('đồng,', 'bằng'));
    expect(breakCost('Mỹ', 'Tho')).toBeGreaterThan(breakCost('Tho', 'và'));
    expect(breakCost('ngày', '1/12')).toBeGreaterThan(breakCost('1/12', 'và'));
  });

  it('prefers a break before a conjunction or preposition to one between two content words', () => {
    expect(breakCost('bờ bao', 'và')).toBeLessThan(breakCost('bờ', 'bao'));
    expect(breakCost('nghị quyết', 'về')).toBeLessThan(breakCost('quyết', 'định'));
  });

  it('gives a word longer than a line a line of its own instead of cutting it', () => {
    const long = 'https://vienkiemsat.dongthap.gov.vn/tin-tuc/hoi-nghi-so-ket';
    const cues = breakCues(words(`Xem chi tiết tại ${long} trên trang của Viện.`));
    expect(cues.flat(2)).toContain(long);
  });
});
