/** Vietnam (Asia/Ho_Chi_Minh) keeps no daylight saving time: local time is always UTC+7. */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Calendar and clock fields of an instant as read in Vietnam (month 1–12, weekday 0 = Sunday). */
export interface VietnamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** The instant's fields in Vietnam; null when the input is not a readable time. */
export function vietnamParts(instant: Date | number | string | null | undefined): VietnamParts | null {
  if (instant === null || instant === undefined) return null;
  const time = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) return null;
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 2026-11-20T08:30:00+07:00 */
export function vietnamIso(instant: Date | number): string {
  const p = vietnamParts(instant)!;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`;
}

/** YYYY-MM-DD of the instant in Vietnam. */
export function vietnamDate(instant: Date | number): string {
  return vietnamIso(instant).slice(0, 10);
}

/** A YYYY-MM-DD date as Vietnamese text writes it: "2026-05-15" → "15/5/2026". */
export function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}/${month}/${year}`;
}
