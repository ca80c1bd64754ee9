import { describe, expect, it } from 'vitest';
import { paceCues, readingChars } from '../../../src/speech/audio/pace-cues.ts';

describe('paceCues', () => {
  it('merges a cue that would flash by with its neighbour when both fit one cue', () => {
    const cues = paceCues(
      [
        { start: 0, end: 2.4, text: 'Tổng thu ngân sách đạt 22.540 tỷ đồng,', group: 0 },
        { start: 2.4, end: 3.1, text: 'vượt dự toán.', group: 0 },
      ],
      { end: 3.1 },
    );
    expect(cues).toEqual([{ start: 0, end: 3.1, text: 'Tổng thu ngân sách đạt 22.540 tỷ đồng,\nvượt dự toán.' }]);
  });

  it('lets a short last cue linger into the pause after its item, never past the next item', () => {
    const cues = paceCues(
      [
        { start: 0, end: 0.8, text: 'Tiếp theo là tin trong nước.', group: 0 },
        { start: 3, end: 6, text: 'Theo Báo điện tử Chính phủ ngày 30/11,', group: 1 },
      ],
      { end: 6 },
    );
    expect(cues[0]!.start).toBe(0);
    expect(cues[0]!.end).toBeCloseTo(Math.max(1.2, readingChars('Tiếp theo là tin trong nước.') / 17), 6);
    expect(cues[1]).toEqual({ start: 3, end: 6, text: 'Theo Báo điện tử Chính phủ ngày 30/11,' });
  });

  it('slows a fast cue by borrowing spare time from its neighbour, moving their edge at most a second', () => {
    const fast = 'hoạt động đối ngoại, tin thế giới\nvà điểm tin hoạt động trong Ngành.';
    const slow = 'Hết.';
    const cues = paceCues(
      [
        { start: 0, end: 3, text: fast, group: 0 },
        { start: 3, end: 7, text: slow, group: 0 },
      ],
      { end: 7 },
    );
    expect(readingChars(cues[0]!.text) / (cues[0]!.end - cues[0]!.start)).toBeLessThanOrEqual(17 + 1e-9);
    expect(cues[0]!.end - 3).toBeLessThanOrEqual(1 + 1e-9);
    expect(cues[1]!.start).toBe(cues[0]!.end);
    expect(cues[1]!.end).toBe(7);
  });

  it('never lets cues overlap or pass the end, even when the speech is too fast to read', () => {
    const text = 'Các nước phát triển cam kết dẫn đầu việc\nhuy động ít nhất 400 tỷ USD mỗi năm';
    const cues = paceCues(
      [
        { start: 0, end: 1, text, group: 0 },
        { start: 1, end: 2, text, group: 0 },
        { start: 2, end: 3, text, group: 1 },
      ],
      { end: 3.2 },
    );
    cues.forEach((cue, index) => {
      expect(cue.end).toBeGreaterThan(cue.start);
      if (index > 0) expect(cue.start).toBeGreaterThanOrEqual(cues[index - 1]!.end);
    });
    expect(cues.at(-1)!.end).toBeLessThanOrEqual(3.2);
  });

  it('does not start a cue before its own item begins', () => {
    const cues = paceCues(
      [
        { start: 0, end: 1, text: 'Kính thưa các đồng chí!', group: 0 },
        { start: 2.5, end: 3, text: 'Xin cảm ơn các đồng chí.', group: 1, notBefore: 2.45 },
      ],
      { end: 4 },
    );
    expect(cues[1]!.start).toBeGreaterThanOrEqual(2.45);
    expect(cues[1]!.end - cues[1]!.start).toBeGreaterThanOrEqual(1.2);
  });
});
