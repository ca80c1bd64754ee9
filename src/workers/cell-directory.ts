import { ConfigSchema, type Config, type ConfigInput, type Member } from '../config.ts';
import { FeedSchema, type Feed } from '../domain/catalog.ts';
import type { Db } from './bindings.ts';

/** One Party cell (chi bộ) as stored in D1: its schedule, voice, selection of feeds and roster. */
export interface Cell {
  id: string;
  name: string;
  unit: string;
  scheduleWeekday: number;
  scheduleHour: number;
  voice: string;
  /** Config overrides (targetMinutes, quotas, deck) as stored. */
  settings: Partial<ConfigInput>;
}

interface CellRow {
  id: string;
  name: string;
  unit: string;
  schedule_weekday: number;
  schedule_hour: number;
  voice: string;
  settings: string;
}

const toCell = (row: CellRow): Cell => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  scheduleWeekday: row.schedule_weekday,
  scheduleHour: row.schedule_hour,
  voice: row.voice,
  settings: JSON.parse(row.settings) as Partial<ConfigInput>,
});

/** Cells whose weekly slot is this local weekday and hour. */
export async function cellsScheduledAt(db: Db, weekday: number, hour: number): Promise<Cell[]> {
  const { results } = await db.prepare('SELECT * FROM cells WHERE schedule_weekday = ? AND schedule_hour = ? ORDER BY id').bind(weekday, hour).all<CellRow>();
  return results.map(toCell);
}

export async function getCell(db: Db, id: string): Promise<Cell | null> {
  const row = await db.prepare('SELECT * FROM cells WHERE id = ?').bind(id).first<CellRow>();
  return row ? toCell(row) : null;
}

/** The feeds a cell selected from the province pool. */
export async function feedsOfCell(db: Db, cellId: string): Promise<Feed[]> {
  const { results } = await db
    .prepare('SELECT f.definition FROM feeds f JOIN cell_feeds c ON c.feed_id = f.id WHERE c.cell_id = ? ORDER BY f.id')
    .bind(cellId)
    .all<{ definition: string }>();
  return results.map((row) => FeedSchema.parse(JSON.parse(row.definition)));
}

export async function getFeed(db: Db, id: string): Promise<Feed | null> {
  const row = await db.prepare('SELECT definition FROM feeds WHERE id = ?').bind(id).first<{ definition: string }>();
  return row ? FeedSchema.parse(JSON.parse(row.definition)) : null;
}

export async function membersOfCell(db: Db, cellId: string): Promise<Member[]> {
  const { results } = await db.prepare('SELECT name, birth_date FROM members WHERE cell_id = ? ORDER BY name').bind(cellId).all<{ name: string; birth_date: string }>();
  return results.map((row) => ({ name: row.name, birthDate: row.birth_date }));
}

/** The cell's config: the province base (LLM, deck defaults) with the cell's name, roster, voice and settings over it. */
export function cellConfig(base: Config, cell: Cell, members: Member[]): Config {
  return ConfigSchema.parse({
    ...base,
    ...cell.settings,
    cell: { name: cell.name, unit: cell.unit },
    members,
    voice: { ...base.voice, name: cell.voice },
  });
}

/** Adds or replaces the pool's feeds, a cell, its selection and roster (seeding, admin tools, tests). */
export async function saveCell(db: Db, cell: Cell, feedIds: string[], members: Member[] = []): Promise<void> {
  await db.batch([
    db
      .prepare('INSERT OR REPLACE INTO cells (id, name, unit, schedule_weekday, schedule_hour, voice, settings) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .bind(cell.id, cell.name, cell.unit, cell.scheduleWeekday, cell.scheduleHour, cell.voice, JSON.stringify(cell.settings)),
    db.prepare('DELETE FROM cell_feeds WHERE cell_id = ?').bind(cell.id),
    db.prepare('DELETE FROM members WHERE cell_id = ?').bind(cell.id),
    ...feedIds.map((feedId) => db.prepare('INSERT INTO cell_feeds (cell_id, feed_id) VALUES (?, ?)').bind(cell.id, feedId)),
    ...members.map((member) => db.prepare('INSERT INTO members (cell_id, name, birth_date) VALUES (?, ?, ?)').bind(cell.id, member.name, member.birthDate)),
  ]);
}

export async function saveFeeds(db: Db, feeds: Feed[]): Promise<void> {
  await db.batch(feeds.map((feed) => db.prepare('INSERT OR REPLACE INTO feeds (id, url, definition) VALUES (?, ?, ?)').bind(feed.id, feed.url, JSON.stringify(feed))));
}
