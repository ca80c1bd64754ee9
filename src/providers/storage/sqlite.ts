import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertSafeKey, toBytes, type Storage } from './storage.ts';

/**
 * One SQLite file holding many small records (HTTP validators, extracted text, summaries, audio
 * segments). SQLite gives atomic writes and one file to back up, instead of thousands of small files.
 */
export function createSqliteStorage(path: string): Storage & { close(): void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value BLOB NOT NULL, updated_at INTEGER NOT NULL)');
  const getStatement = db.prepare<[string], { value: Buffer }>('SELECT value FROM kv WHERE key = ?');
  const putStatement = db.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at');
  const hasStatement = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM kv WHERE key = ?');
  const deleteStatement = db.prepare('DELETE FROM kv WHERE key = ?');
  const listStatement = db.prepare<[string, string], { key: string }>('SELECT key FROM kv WHERE key >= ? AND key < ? ORDER BY key');
  return {
    async get(key) {
      assertSafeKey(key);
      const row = getStatement.get(key);
      return row ? new Uint8Array(row.value) : null;
    },
    async put(key, value) {
      assertSafeKey(key);
      putStatement.run(key, Buffer.from(toBytes(value)), Date.now());
    },
    async has(key) {
      assertSafeKey(key);
      return hasStatement.get(key) !== undefined;
    },
    async delete(key) {
      assertSafeKey(key);
      deleteStatement.run(key);
    },
    async list(prefix) {
      return listStatement.all(prefix, `${prefix}\uffff`).map((row) => row.key);
    },
    close() {
      db.close();
    },
  };
}
