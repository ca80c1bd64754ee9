import { ConfigSchema } from '../../src/config.ts';
import type { Catalog } from '../../src/domain/catalog.ts';
import { CatalogSchema } from '../../src/domain/catalog.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { startApp } from '../../src/server/app.tsx';
import { createPbkdf2Hasher, randomToken } from '../../src/server/auth/password.ts';
import { saveAccount } from '../../src/server/auth/accounts.ts';
import type { AppServices } from '../../src/server/services.ts';
import { createFakeEngine, type FakeEngine } from './fake-engine.ts';

export const ORIGIN = 'http://localhost';
export const ADMIN_PASSWORD = 'mat-khau-quan-tri-1';

export const testCatalog: Catalog = CatalogSchema.parse({
  feeds: [
    { id: 'tinh-a', name: 'Báo Đồng Tháp', url: 'http://127.0.0.1:9/tinh', section: 'tinh' },
    { id: 'nuoc-a', name: 'Báo Nhân Dân', url: 'http://127.0.0.1:9/nuoc', section: 'trong-nuoc' },
    { id: 'doi-ngoai-a', name: 'Báo Thế giới và Việt Nam', url: 'http://127.0.0.1:9/dn', section: 'doi-ngoai' },
    { id: 'the-gioi-a', name: 'VietnamPlus', url: 'http://127.0.0.1:9/tg', section: 'the-gioi' },
    { id: 'nganh-a', name: 'Báo Bảo vệ pháp luật', url: 'http://127.0.0.1:9/nganh', section: 'nganh' },
  ],
});

/** Stands in for the offline sample news served on this machine. */
export const sampleCatalog: Catalog = CatalogSchema.parse({
  feeds: [{ id: 'mau-tinh', name: 'Báo mẫu', url: 'http://127.0.0.1:9/mau', section: 'tinh' }],
});

export interface TestApp {
  app: Awaited<ReturnType<typeof startApp>>['app'];
  workflows: Awaited<ReturnType<typeof startApp>>['workflows'];
  services: AppServices;
  engine: FakeEngine;
  logs: string[];
  /** Signs in through the JSON API and returns a fetcher carrying the cookie and our Origin. */
  signIn(username?: string, password?: string): Promise<Client>;
  addAccount(username: string, role: 'editor' | 'member', password?: string): Promise<void>;
}

export interface Client {
  cookie: string;
  csrf: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Posts a form with the CSRF token. */
  form(path: string, fields: Record<string, string>): Promise<Response>;
  json(path: string, body: unknown, method?: string): Promise<Response>;
}

let clock = Date.parse('2026-11-27T03:00:00Z');

export async function createTestApp(options: { failFeed?: string; adminPassword?: string; address?: string } = {}): Promise<TestApp> {
  const logs: string[] = [];
  const engine = createFakeEngine({ failFeed: options.failFeed });
  const services: AppServices = {
    store: createMemoryStorage(),
    files: createMemoryStorage(),
    engine,
    config: ConfigSchema.parse({}),
    defaultCatalog: testCatalog,
    sampleCatalog: async () => sampleCatalog,
    now: () => new Date((clock += 1000)),
    randomId: (bytes = 16) => randomToken(bytes),
    // The stored cost is read back from each hash, so a cheap cost keeps tests fast without a second code path.
    passwords: createPbkdf2Hasher({ iterations: 1000 }),
    logger: { info: (message) => logs.push(message), error: (message, error) => logs.push(`${message}: ${String(error)}`) },
    clientAddress: () => options.address ?? '127.0.0.1',
  };
  const { app, workflows } = await startApp(services, { adminPassword: 'adminPassword' in options ? options.adminPassword : ADMIN_PASSWORD });
  const testApp: TestApp = {
    app,
    workflows,
    services,
    engine,
    logs,
    async addAccount(username, role, password = 'mat-khau-thanh-vien') {
      await saveAccount(services.store, services.passwords, { username, role, password }, services.now());
    },
    async signIn(username = 'admin', password = ADMIN_PASSWORD) {
      const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ username, password }) });
      if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      const me = (await (await app.request('/api/me', { headers: { cookie } })).json()) as { csrf: string };
      const client: Client = {
        cookie,
        csrf: me.csrf,
        request: async (path, init = {}) => app.request(path, { ...init, headers: { origin: ORIGIN, cookie, ...(init.headers as Record<string, string>) } }),
        form: (path, fields) => client.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: me.csrf, ...fields }).toString() }),
        json: (path, body, method = 'POST') => client.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      };
      return client;
    },
  };
  return testApp;
}
