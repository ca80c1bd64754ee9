import { VIETNAM_OFFSET_MS, vietnamIso } from '../domain/vietnam-time.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const pad = (n: number): string => String(n).padStart(2, '0');

function local(date: Date): Date {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS);
}

/** RFC 822 date in Vietnam time: "Thu, 26 Nov 2026 09:15:00 +0700" (or "GMT+7", a common CMS quirk). */
export function rfc822Vn(date: Date, zone: '+0700' | 'GMT+7' = '+0700'): string {
  const d = local(date);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone}`;
}

/** ISO 8601 with the +07:00 offset: "2026-11-26T09:15:00+07:00". */
export function isoVn(date: Date): string {
  return vietnamIso(date);
}

/** As Vietnamese sites show it: "26/11/2026 09:15". */
export function shortVn(date: Date): string {
  const d = local(date);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** As article pages show it: "Thứ Năm, 26/11/2026 - 09:15". */
export function longVn(date: Date): string {
  const d = local(date);
  return `${WEEKDAYS_VI[d.getUTCDay()]}, ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} - ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
