import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../src/speech/normalize/normalize.ts';

describe('normalizeForSpeech on hostile input', () => {
  it('reads a 10,000-digit number digit by digit and returns', () => {
    const spoken = normalizeForSpeech('9'.repeat(10_000));
    expect(spoken.split(' ')).toHaveLength(10_000);
    expect(spoken).not.toMatch(/\d/);
  });

  it('returns for ".." without throwing', () => {
    expect(normalizeForSpeech('..')).toBe('');
  });

  it.each([
    ['empty text', ''],
    ['only spaces', '   '],
    ['a long run of dashes between digits', '1-'.repeat(5000)],
    ['a long run of dots between digits', '1.'.repeat(5000)],
    ['a long run of commas between digits', '1,'.repeat(5000)],
    ['a long run of slashes between digits', '1/'.repeat(5000)],
    ['a fake URL with thousands of labels', `http://${'a.'.repeat(3000)}`],
    ['a fake email with thousands of labels', `a@${'b.'.repeat(3000)}vn`],
    ['thousands of Roman-numeral letters after khóa', `khóa ${'X'.repeat(5000)}`],
    ['a domain label of thousands of letters', `${'a'.repeat(10_000)}.gov.vn`],
    ['thousands of ratios and per-slashes', '12/12 chỉ tiêu, 5%/năm, 3 đồng/kg/ngày '.repeat(2000)],
    ['control and emoji characters', '\u0000\u0007🙂 \uFEFF 12 \u202E'],
  ])('returns a digit-free string for %s', (_name, input) => {
    const spoken = normalizeForSpeech(input);
    expect(typeof spoken).toBe('string');
    expect(spoken).not.toMatch(/[0-9]/);
  });

  it('keeps one output line per input line, empty lines included', () => {
    const spoken = normalizeForSpeech('Ngày 1/7.\n\nCó 04 bị can.\r\n');
    expect(spoken.split('\n')).toEqual(['Ngày một tháng bảy.', '', 'Có bốn bị can.', '']);
  });

  it('returns NFC text even for decomposed input', () => {
    const decomposed = 'Viện kiểm sát nhân dân tỉnh Đồng Tháp'.normalize('NFD');
    const spoken = normalizeForSpeech(decomposed);
    expect(spoken).toBe(spoken.normalize('NFC'));
    expect(spoken).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp');
  });

  it('gives the same result when called twice (no hidden state)', () => {
    const text = 'Sáng 15/5, VKSND tỉnh truy tố 04 bị can theo Điều 353 BLHS.';
    expect(normalizeForSpeech(text)).toBe(normalizeForSpeech(text));
  });
});
