import { describe, expect, it } from 'vitest';
import { formatSrt, formatVtt } from '../../../src/speech/audio/format-subtitles.ts';
import { buildCues } from '../../../src/speech/audio/subtitle-cues.ts';

describe('buildCues', () => {
  it('spreads sentences over the speech time in proportion to their length', () => {
    const cues = buildCues([{ text: 'Một hai ba. Bốn năm sáu bảy tám chín mười mười một.', speechStart: 10, speechEnd: 20 }]);
    expect(cues.map((cue) => cue.text)).toEqual(['Một hai ba.', 'Bốn năm sáu bảy tám chín mười mười một.']);
    expect(cues[0]!.start).toBe(10);
    expect(cues[1]!.end).toBe(20);
    expect(cues[0]!.end).toBe(cues[1]!.start);
    expect(cues[0]!.end - cues[0]!.start).toBeLessThan(cues[1]!.end - cues[1]!.start);
  });

  it('shows sentences as written while timing them by their spoken length', () => {
    const cues = buildCues([
      {
        text: 'ignored when sentences are given',
        sentences: [
          { written: 'Ngày 27/11.', spokenLength: 30 },
          { written: 'VKSND truy tố 04 bị can.', spokenLength: 60 },
        ],
        speechStart: 0,
        speechEnd: 9,
      },
    ]);
    expect(cues.map((cue) => cue.text)).toEqual(['Ngày 27/11.', 'VKSND truy tố 04 bị can.']);
    expect(cues[0]!.end).toBeCloseTo(9 * (31 / 92), 6);
    expect(cues[1]!.end).toBe(9);
  });

  it('cuts a long sentence into readable cues', () => {
    const cues = buildCues([{ text: `${'chữ '.repeat(60)}hết.`, speechStart: 0, speechEnd: 30 }]);
    expect(cues.length).toBeGreaterThan(2);
    expect(cues.every((cue) => cue.text.length <= 84)).toBe(true);
  });

  it('follows word timings when the voice gives them, shifted to the item start, and gives a short last sentence its 1.2 s', () => {
    const words = ['Kính', 'thưa', 'các', 'đồng', 'chí.', 'Bản', 'tin'].map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3 }));
    const cues = buildCues([{ text: 'ignored', speechStart: 5, speechEnd: 8, words }]);
    expect(cues.map((cue) => cue.text)).toEqual(['Kính thưa các đồng chí.', 'Bản tin']);
    expect(cues[0]!.start).toBe(5);
    expect(cues[1]!.end).toBe(8);
    expect(cues[1]!.end - cues[1]!.start).toBeCloseTo(1.2, 6);
    expect(cues[0]!.end).toBeCloseTo(cues[1]!.start, 6);
  });

  it('breaks a long sentence into cues of two lines of 42 characters at phrase boundaries', () => {
    const cues = buildCues([
      {
        text: 'Theo báo cáo của Bộ Tài chính, 11 tháng năm 2026, chỉ số giá tiêu dùng bình quân tăng 3,31% so với cùng kỳ; tổng kim ngạch xuất nhập khẩu đạt khoảng 862 tỷ USD.',
        speechStart: 0,
        speechEnd: 12,
      },
    ]);
    for (const cue of cues) {
      const lines = cue.text.split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(42);
    }
    expect(cues.map((cue) => cue.text).join(' ').replace(/\n/g, ' ')).toContain('so với cùng kỳ; tổng kim ngạch');
    expect(cues.some((cue) => cue.text.endsWith('cùng kỳ;') || cue.text.includes('cùng kỳ;\n'))).toBe(true);
  });
});

describe('formatVtt and formatSrt', () => {
  const cues = [
    { start: 0.5, end: 2.25, text: 'Kính thưa các đồng chí.' },
    { start: 3661.001, end: 3662, text: 'a < b & c --> d' },
  ];

  it('keeps the two lines of a cue on two lines in both formats', () => {
    const twoLines = [{ start: 1, end: 3, text: 'Kính thưa các đồng chí\nđảng viên Chi bộ Văn phòng,' }];
    expect(formatVtt(twoLines)).toContain('\nKính thưa các đồng chí\nđảng viên Chi bộ Văn phòng,\n');
    expect(formatSrt(twoLines)).toContain('\nKính thưa các đồng chí\nđảng viên Chi bộ Văn phòng,\n');
  });

  it('writes WebVTT with dot milliseconds and escaped text', () => {
    expect(formatVtt(cues)).toBe('WEBVTT\n\n00:00:00.500 --> 00:00:02.250\nKính thưa các đồng chí.\n\n01:01:01.001 --> 01:01:02.000\na &lt; b &amp; c --&gt; d\n');
  });

  it('writes numbered SubRip cues with comma milliseconds', () => {
    expect(formatSrt(cues)).toBe('1\n00:00:00,500 --> 00:00:02,250\nKính thưa các đồng chí.\n\n2\n01:01:01,001 --> 01:01:02,000\na < b & c --> d\n');
  });
});
