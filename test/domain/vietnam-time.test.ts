import { describe, expect, it } from 'vitest';
import { dayMonthYear, vietnamDate, vietnamIso, vietnamParts } from '../../src/domain/vietnam-time.ts';

describe('Vietnam local time', () => {
  it('puts 17:30 UTC on the next calendar day in Vietnam', () => {
    const instant = new Date('2026-11-26T17:30:00Z');
    expect(vietnamDate(instant)).toBe('2026-11-27');
    expect(vietnamIso(instant)).toBe('2026-11-27T00:30:00+07:00');
    expect(vietnamParts(instant)).toMatchObject({ day: 27, month: 11, hour: 0, minute: 30, weekday: 5 });
  });

  it('reads an ISO string with its own offset and rejects what is not a time', () => {
    expect(vietnamParts('2026-01-01T06:59:59+07:00')).toMatchObject({ year: 2026, month: 1, day: 1, hour: 6 });
    expect(vietnamParts('không phải ngày')).toBeNull();
    expect(vietnamParts(null)).toBeNull();
  });

  it('writes a YYYY-MM-DD date the Vietnamese way, without leading zeros', () => {
    expect(dayMonthYear('2026-05-05')).toBe('5/5/2026');
  });
});
