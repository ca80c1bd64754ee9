import { VIETNAM_OFFSET_MS } from '../domain/vietnam-time.ts';

/** A cron tick as the scheduler sees it, in Vietnam local time. */
export interface Tick {
  /** The tick's instant, floored to the hour (UTC ISO). */
  at: string;
  /** 0 = Sunday … 6 = Saturday, local. */
  weekday: number;
  hour: number;
  /** YYYY-MM-DD, local: the meeting date of bulletins due now. */
  date: string;
  /**
   * The feed-fetch interval: every cell due in this hour shares one fetch of each feed.
   * "2026-11-27T10" (local hour).
   */
  feedInterval: string;
}

export function tickOf(instant: Date): Tick {
  const floored = Math.floor(instant.getTime() / 3600_000) * 3600_000;
  const local = new Date(floored + VIETNAM_OFFSET_MS);
  const iso = local.toISOString();
  return { at: new Date(floored).toISOString(), weekday: local.getUTCDay(), hour: local.getUTCHours(), date: iso.slice(0, 10), feedInterval: iso.slice(0, 13) };
}

/** The news window of a bulletin due at `tick`: since the cell's previous bulletin, else the past week. */
export function windowFor(tick: Tick, previousUntil: string | null): { since: string; until: string } {
  const day = 24 * 3600_000;
  const weekAgo = new Date(Date.parse(tick.at) - 7 * day).toISOString();
  // A missed meeting widens the window, but never past a month of news.
  const monthAgo = new Date(Date.parse(tick.at) - 31 * day).toISOString();
  const since = previousUntil && previousUntil < tick.at && previousUntil > monthAgo ? previousUntil : weekAgo;
  return { since, until: tick.at };
}
