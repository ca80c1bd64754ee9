import { VIETNAM_OFFSET_MS, vietnamIso } from '../../domain/vietnam-time.ts';

/**
 * Parses the dates Vietnamese feeds and listing pages show: RFC 822 with `+0700` or the non-RFC
 * `GMT+7` (Tuổi Trẻ), ISO 8601, and Vietnamese `22/08/2026 16:04` or `16:04 22/8/2026`.
 * A date without a zone is Vietnam time (UTC+7), never the machine's zone. Null when unusable.
 */
export function parseFeedDate(input: string | undefined | null): Date | null {
  const text = input?.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const date = parseVietnamese(text) ?? parseIso(text) ?? parseRfc822(text);
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2100 ? date : null;
}

/** ISO 8601 in Asia/Ho_Chi_Minh, seconds precision: 2026-11-20T08:30:00+07:00. */
export function toVietnamIso(date: Date): string {
  return vietnamIso(date);
}

function parseVietnamese(text: string): Date | null {
  const day = text.match(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/);
  if (!day) return null;
  const time = text.match(/(?<![\d/])(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?![\d/])/i);
  let [hh, mm, ss] = time ? [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)] : [0, 0, 0];
  let [dd, mo, yyyy] = [Number(day[1]), Number(day[2]), Number(day[3])];
  // Báo Chính phủ and Tuổi Trẻ print .NET's US form in feeds and title attributes: "3/5/2026 3:34:00 PM" is 5 March, 15:34.
  const meridiem = /\b(AM|PM)\b/i.exec(text)?.[1]?.toUpperCase();
  if (meridiem) {
    [dd, mo] = [mo, dd];
    if (hh === 12) hh = 0;
    if (meridiem === 'PM') hh += 12;
  }
  if (mo < 1 || mo > 12 || dd < 1 || dd > 31 || hh > 23 || mm > 59) return null;
  return new Date(Date.UTC(yyyy, mo - 1, dd, hh, mm, ss) - VIETNAM_OFFSET_MS);
}

function parseIso(text: string): Date | null {
  const match = text.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!match) return null;
  const zone = match[3] ? match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '+07:00';
  return new Date(`${match[1]}T${match[2] ?? '00:00'}${match[2] && match[2].length === 5 ? ':00' : ''}${zone}`);
}

function parseRfc822(text: string): Date | null {
  let value = text.replace(/\(.*?\)/g, '').trim();
  value = value.replace(/\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i, (_, sign: string, hours: string, minutes?: string) => `${sign}${hours.padStart(2, '0')}${minutes ?? '00'}`);
  if (!/(?:[+-]\d{4}|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T))$/i.test(value)) value = `${value} +0700`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}
