import { describe, expect, it } from 'vitest';
import { parseFeedDate, toVietnamIso } from '../../../src/stages/collect/parse-date.ts';

const iso = (text: string) => {
  const date = parseFeedDate(text);
  return date ? toVietnamIso(date) : null;
};

describe('parseFeedDate', () => {
  it('reads RFC 822 dates with +0700 and the non-RFC GMT+7 of Tuổi Trẻ', () => {
    expect(iso('Wed, 18 Nov 2026 09:15:00 +0700')).toBe('2026-11-18T09:15:00+07:00');
    expect(iso('Wed, 18 Nov 2026 09:15:00 GMT+7')).toBe('2026-11-18T09:15:00+07:00');
    expect(iso('Wed, 18 Nov 2026 02:15:00 GMT')).toBe('2026-11-18T09:15:00+07:00');
  });

  it('reads a date without a zone as Vietnam time, not the machine zone', () => {
    expect(iso('2026-08-22 16:04')).toBe('2026-08-22T16:04:00+07:00');
    expect(iso('Sat, 22 Aug 2026 16:04:00')).toBe('2026-08-22T16:04:00+07:00');
  });

  it('reads the dates Vietnamese listing pages show', () => {
    expect(iso('Thứ Bảy, 22/8/2026, 16:04 (GMT+7)')).toBe('2026-08-22T16:04:00+07:00');
    expect(iso('16:04 22/08/2026')).toBe('2026-08-22T16:04:00+07:00');
    expect(iso('22-08-2026')).toBe('2026-08-22T00:00:00+07:00');
  });

  it('reads the month-first .NET form with AM/PM that Báo Chính phủ prints in title attributes and feeds', () => {
    expect(iso('3/5/2026 3:34:00 PM')).toBe('2026-03-05T15:34:00+07:00');
    expect(iso('9/14/2026 6:44:00 PM')).toBe('2026-09-14T18:44:00+07:00');
    expect(iso('3/1/2026 12:05:00 AM')).toBe('2026-03-01T00:05:00+07:00');
    expect(iso('3/1/2026 12:05:00 PM')).toBe('2026-03-01T12:05:00+07:00');
  });

  it('gives null for missing or meaningless dates', () => {
    expect(parseFeedDate('')).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate('hôm qua')).toBeNull();
    expect(parseFeedDate('31/13/2026')).toBeNull();
  });
});
