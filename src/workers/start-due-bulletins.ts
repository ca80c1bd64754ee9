import { sha256Hex } from '../fetch/hash-key.ts';
import { advanceBulletin } from './advance-bulletin.ts';
import { cellsScheduledAt, feedsOfCell } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { addWaits, claimWork, failBulletin, releaseWork } from './shared-work.ts';
import { tickOf, windowFor } from './schedule.ts';
import type { WorkMessage } from './work-message.ts';

/**
 * The hourly cron tick: starts the bulletin of every cell whose weekly slot is this hour, and
 * queues one fetch per distinct feed URL for all of them together (key: feed URL + the hour).
 * A second tick in the same hour starts nothing twice (one bulletin per cell and meeting date).
 */
export async function startDueBulletins(instant: Date, deps: ScaleDeps): Promise<string[]> {
  const tick = tickOf(instant);
  const started: string[] = [];
  for (const cell of await cellsScheduledAt(deps.db, tick.weekday, tick.hour)) {
    const id = `${cell.id}/${tick.date}`;
    const previous = await deps.db
      .prepare("SELECT window_until FROM bulletins WHERE cell_id = ? AND status = 'published' ORDER BY window_until DESC LIMIT 1")
      .bind(cell.id)
      .first<{ window_until: string }>();
    const window = windowFor(tick, previous?.window_until ?? null);
    const { meta } = await deps.db
      .prepare("INSERT OR IGNORE INTO bulletins (id, cell_id, meeting_date, window_since, window_until, status, created_at) VALUES (?, ?, ?, ?, ?, 'collecting', ?)")
      .bind(id, cell.id, tick.date, window.since, window.until, deps.now().toISOString())
      .run();
    if (meta.changes !== 1) continue;
    started.push(id);

    const feeds = (await feedsOfCell(deps.db, cell.id)).filter((feed) => feed.enabled);
    if (feeds.length === 0) {
      await failBulletin(deps.db, id, 'Chi bộ chưa chọn nguồn tin nào. Hãy chọn nguồn tin ở trang Nguồn tin.');
      continue;
    }
    const work = await Promise.all(
      feeds.map(async (feed) => {
        const hash = await sha256Hex(feed.url);
        const key = `feed:${tick.feedInterval}:${hash}`;
        return { key, kind: 'feed' as const, resultKey: `harvests/${tick.feedInterval}/${hash}.json`, message: { kind: 'feed', key, feedId: feed.id } satisfies WorkMessage };
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
  }
  // Feeds another cell already fetched this hour are done: such bulletins move on at once.
  for (const id of started) await advanceBulletin(id, deps);
  return started;
}
