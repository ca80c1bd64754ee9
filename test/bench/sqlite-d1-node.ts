import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Db, DbStatement } from '../../src/workers/bindings.ts';

/**
 * The D1 surface bantin uses, over an in-memory better-sqlite3 database: the same SQL dialect, so
 * the scale bench runs the Workers orchestration unchanged. Counts statements like D1 bills queries.
 */
export function createSqliteD1(migrationFiles: string[]): Db & { queries: number; rowsWritten: number } {
  const sqlite = new Database(':memory:');
  for (const file of migrationFiles) sqlite.exec(readFileSync(file, 'utf8'));
  const counters = { queries: 0, rowsWritten: 0 };
  const statement = (sql: string, values: unknown[] = []): DbStatement & { runSync(): { meta: { changes: number } } } => {
    const prepared = sqlite.prepare(sql);
    const params = values.map((value) => (typeof value === 'boolean' ? Number(value) : value));
    const runSync = () => {
      counters.queries += 1;
      const { changes } = prepared.run(...params);
      counters.rowsWritten += changes;
      return { meta: { changes } };
    };
    return {
      bind: (...next: unknown[]) => statement(sql, next),
      runSync,
      run: async () => runSync(),
      all: async <T>() => {
        counters.queries += 1;
        return { results: prepared.all(...params) as T[] };
      },
      first: async <T>() => {
        counters.queries += 1;
        return ((prepared.get(...params) as T | undefined) ?? null) as T | null;
      },
    };
  };
  const db = {
    prepare: (sql: string) => statement(sql),
    // D1 runs a batch as one transaction.
    batch: async (statements: DbStatement[]) => sqlite.transaction(() => statements.map((item) => (item as ReturnType<typeof statement>).runSync()))(),
    get queries() {
      return counters.queries;
    },
    get rowsWritten() {
      return counters.rowsWritten;
    },
  };
  return db;
}
