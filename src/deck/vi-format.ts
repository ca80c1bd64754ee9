import { vietnamParts } from '../domain/vietnam-time.ts';

/** "27/11/2026" from "2026-11-27" or an ISO instant (date part in Asia/Ho_Chi_Minh); null when unreadable. */
export function formatDateVi(value: string | null | undefined): string | null {
  if (!value) return null;
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const local = vietnamParts(value);
  if (!local) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.day)}/${pad(local.month)}/${local.year}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Sáu, ngày 27/11/2026" from "2026-11-27". */
export function formatMeetingDate(ymd: string): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  const formatted = formatDateVi(ymd) ?? ymd;
  if (Number.isNaN(date.getTime())) return `Ngày ${formatted}`;
  return `${WEEKDAYS[date.getUTCDay()]}, ngày ${formatted}`;
}

/** "baodongthap.vn/chinh-tri/…" — host without www plus the start of the path, for a source line. */
export function shortLink(url: string, maxChars = 42): string {
  let host: string;
  let path: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^www\./, '');
    path = decodeURIComponent(parsed.pathname).replace(/\/$/, '');
  } catch {
    // Not a URL (e.g. a file name given as a source): show it as it is.
    return url.length > maxChars ? `${url.slice(0, maxChars - 1)}…` : url;
  }
  const full = `${host}${path}`;
  if (full.length <= maxChars) return full;
  const room = maxChars - host.length - 1;
  return room > 4 ? `${host}${path.slice(0, room)}…` : host;
}

/** "1:05" from seconds. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "2 phút 11 giây", "45 giây" from seconds. */
export function formatDurationWords(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}
