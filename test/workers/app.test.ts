import { applyD1Migrations } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveCell } from '../../src/workers/cell-directory.ts';
import type { Db } from '../../src/workers/bindings.ts';

const bindings = env as unknown as { DB: Db; TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1] };
const worker = (exports as unknown as { default: { fetch(request: Request | string): Promise<Response> } }).default;

beforeAll(async () => {
  await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
  await saveCell(bindings.DB, { id: 'vks-vp', name: 'Chi bộ Văn phòng', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: 5, scheduleHour: 8, voice: 'vi-VN-HoaiMyNeural', settings: {} }, []);
});

describe('the Worker web entry', () => {
  it('answers the health check', async () => {
    const response = await worker.fetch('http://127.0.0.1/healthz');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('serves the Hono app of the default cell, in Vietnamese', async () => {
    const response = await worker.fetch('http://127.0.0.1/login');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('lang="vi"');
    expect(html).toMatch(/Đăng nhập/);
  });

  it('refuses a host that names a cell that does not exist', async () => {
    const response = await worker.fetch('https://khong-co.bantin.example/login');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Chưa có chi bộ "khong-co"');
  });
});
