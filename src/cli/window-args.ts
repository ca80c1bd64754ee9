import { BantinError } from '../domain/errors.ts';
import type { TimeWindow } from '../domain/collected.ts';

const DAY_MS = 24 * 3600_000;

/** The meeting window from --since/--until (ISO 8601); defaults to the 7 days before now. */
export function windowFromArgs(args: { since?: string; until?: string }, now: Date): TimeWindow {
  const until = args.until ? parseInstant(args.until, '--until') : now;
  const since = args.since ? parseInstant(args.since, '--since') : new Date(until.getTime() - 7 * DAY_MS);
  if (since.getTime() >= until.getTime()) {
    throw new BantinError('config', `--since (${since.toISOString()}) phải trước --until (${until.toISOString()}).`);
  }
  return { since: since.toISOString(), until: until.toISOString() };
}

/** A date without a time or zone means midnight in Vietnam (UTC+7), as the user means it. */
function parseInstant(text: string, flag: string): Date {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+07:00` : text;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new BantinError('config', `${flag} "${text}" không phải ngày giờ hợp lệ. Ví dụ: 2026-11-20 hoặc 2026-11-20T08:00:00+07:00.`);
  }
  return date;
}
