import { vietnamParts } from '../../domain/vietnam-time.ts';

function parts(iso: string) {
  const date = vietnamParts(iso)!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: pad(date.day), month: pad(date.month), year: date.year, hour: pad(date.hour), minute: pad(date.minute) };
}

/** 27/11/2026 (Asia/Ho_Chi_Minh). */
export function formatDate(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 08:30 27/11/2026 (Asia/Ho_Chi_Minh). */
export function formatDateTime(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const p = parts(iso);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** A YYYY-MM-DD meeting date as 27/11/2026. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** Value for <input type="datetime-local"> in Asia/Ho_Chi_Minh. */
export function toLocalInput(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Parses <input type="datetime-local"> as Asia/Ho_Chi_Minh; null when malformed. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const time = Date.parse(`${value.length === 16 ? `${value}:00` : value}+07:00`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** 3:07 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
