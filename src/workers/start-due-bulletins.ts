import { sha256Hex } from '../fetch/hash-key.ts';
import { advanceBulletin } from './advance-bulletin.ts';
import { enabledFeedsOfCell } from './cell-catalog.ts';
import { cellsScheduledAt, getCell } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { addWaits, claimWork, failBulletin, releaseWork } from './shared-work.ts';
import { tickOf, windowFor } from './schedule.ts';
import type { WorkMessage } from './work-message.ts';

/**
 * The hourly cron tick: one `start` message per cell whose weekly slot is this hour. Each cell is
 * started by its own consumer invocation, which keeps every invocation far below D1's
 * 1,000-queries and Workers' subrequest limits however many cells share a slot.
 * Returns the ids of the bulletins asked for.
 */
export async function startDueBulletins(instant: Date, deps: ScaleDeps): Promise<string[]> {
  const tick = tickOf(instant);
  const cells = await cellsScheduledAt(deps.db, tick.weekday, tick.hour);
  await deps.send(cells.map((cell) => ({ kind: 'start', cellId: cell.id, at: tick.at })));
  return cells.map((cell) => `${cell.id}/${tick.date}`);
}

/**
 * Starts one cell's bulletin for the tick at `at`: one bulletin per cell and meeting date (a
 * redelivered message starts nothing twice), and one claim per distinct feed URL of the hour, so
 * every cell due this hour shares one fetch of each feed.
 */
export async function startBulletin(cellId: string, at: Date, deps: ScaleDeps): Promise<void> {
  const tick = tickOf(at);
  const cell = await getCell(deps.db, cellId);
  if (!cell) return;
  const id = `${cell.id}/${tick.date}`;
  const previous = await deps.db
    .prepare("SELECT window_until FROM bulletins WHERE cell_id = ? AND status = 'published' ORDER BY window_until DESC LIMIT 1")
    .bind(cell.id)
    .first<{ window_until: string }>();
  const window = windowFor(tick, previous?.window_until ?? null);
  await deps.db
    .prepare("INSERT OR IGNORE INTO bulletins (id, cell_id, meeting_date, window_since, window_until, status, created_at) VALUES (?, ?, ?, ?, ?, 'collecting', ?)")
    .bind(id, cell.id, tick.date, window.since, window.until, deps.now().toISOString())
    .run();

  const feeds = await enabledFeedsOfCell(deps, cell.id);
  if (feeds.length === 0) {
    await failBulletin(deps.db, id, 'Chi bộ chưa chọn nguồn tin nào. Hãy chọn nguồn tin ở trang Nguồn tin.');
    return;
  }
  const work = await Promise.all(
    feeds.map(async (feed) => {
      const hash = await sha256Hex(feed.url);
      const key = `feed:${tick.feedInterval}:${hash}`;
      return { key, kind: 'feed' as const, resultKey: `harvests/${tick.feedInterval}/${hash}.json`, message: { kind: 'feed', key, feedId: feed.id, feed } satisfies WorkMessage };
    }),
  );
  const claimed = await claimWork(deps.db, work, deps.now());
  const mine = work.filter((_, index) => claimed[index]);
  try {
    await addWaits(deps.db, id, work.map((item) => item.key));
    await deps.send(mine.map((item) => item.message));
  } catch (error) {
    await releaseWork(deps.db, mine.map((item) => item.key));
    throw error;
  }
  // Feeds another cell already fetched this hour are done: the bulletin may move on at once.
  await advanceBulletin(id, deps);
}
