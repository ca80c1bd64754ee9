import { describe, expect, it } from 'vitest';
import { formatDateVi, formatDuration, formatMeetingDate, shortLink } from '../../src/deck/vi-format.ts';
import { cleanMultiline, cleanText } from '../../src/deck/clean-text.ts';
import { readImage } from '../../src/deck/deck-media.ts';
import { sampleLogoPng } from '../visual/sample-logo.ts';

describe('deck text helpers', () => {
  it('writes dates the Vietnamese way, in Vietnam’s time zone', () => {
    expect(formatDateVi('2026-11-27')).toBe('27/11/2026');
    expect(formatDateVi('2026-11-26T18:30:00Z')).toBe('27/11/2026');
    expect(formatDateVi('không phải ngày')).toBeNull();
    expect(formatMeetingDate('2026-11-27')).toBe('Thứ Sáu, ngày 27/11/2026');
    expect(formatDuration(65.4)).toBe('1:05');
  });

  it('shortens a link to its host and the start of its path', () => {
    expect(shortLink('https://www.baodongthap.vn/chinh-tri/a.aspx')).toBe('baodongthap.vn/chinh-tri/a.aspx');
    const long = shortLink('https://nhandan.vn/quoc-hoi-thong-qua-luat-du-lieu-sua-doi-post800123.html', 30);
    expect(long).toHaveLength(30);
    expect(long.startsWith('nhandan.vn/quoc-hoi')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
  });

  it('removes characters XML forbids and composes Vietnamese to NFC', () => {
    expect(cleanText(' Đồng\u0001 Tháp\uFFFE \uD800 ')).toBe('Đồng Tháp');
    expect(cleanText('Việt Nam'.normalize('NFD'))).toBe('Việt Nam');
    expect(cleanMultiline('Dòng 1\r\n\r\n\r\n\u0007Dòng 2')).toBe('Dòng 1\n\nDòng 2');
  });

  it('reads the size of a PNG logo and rejects other bytes', () => {
    expect(readImage(sampleLogoPng(120))).toMatchObject({ width: 120, height: 120 });
    expect(readImage(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
