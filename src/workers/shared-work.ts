import type { Db } from './bindings.ts';

/** feed: one fetch of a feed URL per interval; story: one summary per story content; segment: one voicing per (text, voice). */
export type WorkKind = 'feed' | 'story' | 'segment';
export type BulletinStatus = 'collecting' | 'writing' | 'speaking' | 'assembling' | 'published' | 'failed';

/**
 * Claims a unit of shared work. Only the first claimant (across every cell, every consumer) gets
 * `true` and must queue it; the rest just wait for it. D1 serializes writes, so INSERT OR IGNORE
 * is the lock.
 */
export async function claimWork(db: Db, items: Array<{ key: string; kind: WorkKind; resultKey: string }>, now: Date): Promise<boolean[]> {
  if (items.length === 0) return [];
  // Work that failed for an earlier bulletin is claimed again: the next bulletin retries it.
  const results = await db.batch(
    items.flatMap((item) => [
      db.prepare("INSERT OR IGNORE INTO shared_work (key, kind, status, result_key, updated_at) VALUES (?, ?, 'queued', ?, ?)").bind(item.key, item.kind, item.resultKey, now.toISOString()),
      db.prepare("UPDATE shared_work SET status = 'queued', error = NULL, updated_at = ? WHERE key = ? AND status = 'failed'").bind(now.toISOString(), item.key),
    ]),
  );
  return items.map((_, index) => results[2 * index]!.meta.changes === 1 || results[2 * index + 1]!.meta.changes === 1);
}

/** Gives a claim back (its message could not be queued), so the next attempt claims it again. */
export async function releaseWork(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.batch(keys.map((key) => db.prepare("DELETE FROM shared_work WHERE key = ? AND status = 'queued'").bind(key)));
}

export async function finishWork(db: Db, key: string, outcome: { status: 'done' } | { status: 'failed'; error: string }, now: Date): Promise<void> {
  await db
    .prepare('UPDATE shared_work SET status = ?, error = ?, updated_at = ? WHERE key = ?')
    .bind(outcome.status, outcome.status === 'failed' ? outcome.error : null, now.toISOString(), key)
    .run();
}

export async function workStatus(db: Db, key: string): Promise<{ status: 'queued' | 'done' | 'failed'; resultKey: string; error: string | null } | null> {
  const row = await db.prepare('SELECT status, result_key, error FROM shared_work WHERE key = ?').bind(key).first<{ status: 'queued' | 'done' | 'failed'; result_key: string; error: string | null }>();
  return row ? { status: row.status, resultKey: row.result_key, error: row.error } : null;
}

export async function addWaits(db: Db, bulletinId: string, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.batch(keys.map((key) => db.prepare('INSERT OR IGNORE INTO bulletin_waits (bulletin_id, work_key) VALUES (?, ?)').bind(bulletinId, key)));
}

/** Unfinished bulletins that wait on `key`: the ones a finished piece of work may unblock. */
export async function bulletinsWaitingOn(db: Db, key: string): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT b.id FROM bulletin_waits w JOIN bulletins b ON b.id = w.bulletin_id WHERE w.work_key = ? AND b.status NOT IN ('published', 'failed') ORDER BY b.id")
    .bind(key)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/** The work of one kind a bulletin waits on, with where each result lives. */
export async function waitsOf(db: Db, bulletinId: string, kind: WorkKind): Promise<Array<{ key: string; status: string; resultKey: string; error: string | null }>> {
  const { results } = await db
    .prepare('SELECT s.key, s.status, s.result_key, s.error FROM bulletin_waits w JOIN shared_work s ON s.key = w.work_key WHERE w.bulletin_id = ? AND s.kind = ? ORDER BY s.key')
    .bind(bulletinId, kind)
    .all<{ key: string; status: string; result_key: string; error: string | null }>();
  return results.map((row) => ({ key: row.key, status: row.status, resultKey: row.result_key, error: row.error }));
}

export async function pendingWaits(db: Db, bulletinId: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS n FROM bulletin_waits w JOIN shared_work s ON s.key = w.work_key WHERE w.bulletin_id = ? AND s.status = 'queued'")
    .bind(bulletinId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Moves a bulletin from one step to the next; `false` when another consumer already did. */
export async function transition(db: Db, bulletinId: string, from: BulletinStatus, to: BulletinStatus): Promise<boolean> {
  const { meta } = await db.prepare('UPDATE bulletins SET status = ? WHERE id = ? AND status = ?').bind(to, bulletinId, from).run();
  return meta.changes === 1;
}

/** Records a bulletin's failure with the Vietnamese reason shown to the cell. */
export async function failBulletin(db: Db, bulletinId: string, reason: string): Promise<void> {
  await db.prepare("UPDATE bulletins SET status = 'failed', error = ? WHERE id = ? AND status NOT IN ('published', 'failed')").bind(reason, bulletinId).run();
}

export interface BulletinRow {
  id: string;
  cell_id: string;
  meeting_date: string;
  window_since: string;
  window_until: string;
  status: BulletinStatus;
  error: string | null;
  created_at: string;
  published_at: string | null;
  /** Set for runs started on the web page (migration 0002); absent in a database without it. */
  job_id?: string | null;
  web_id?: string | null;
  started_by?: string | null;
}

export async function getBulletin(db: Db, id: string): Promise<BulletinRow | null> {
  return db.prepare('SELECT * FROM bulletins WHERE id = ?').bind(id).first<BulletinRow>();
}
