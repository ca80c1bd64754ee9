// The parts of the pool's virtual modules these tests use, typed without pulling
// @cloudflare/workers-types' globals into the project (they clash with the DOM lib).
declare module 'cloudflare:test' {
  export interface D1Migration {
    name: string;
    queries: string[];
  }
  export function applyD1Migrations(db: unknown, migrations: D1Migration[], migrationsTableName?: string): Promise<void>;
}

declare module 'cloudflare:workers' {
  export const env: unknown;
  export const exports: unknown;
}
