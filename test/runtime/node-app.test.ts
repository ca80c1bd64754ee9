import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunReport } from '../../src/domain/run-report.ts';
import { createNodeApp, type NodeApp } from '../../src/runtime/node-app.ts';
import { misbehave, startHostileServer, type HostileServer } from '../fetch/hostile-server.ts';

const ARTICLE = '<!DOCTYPE html><html lang="vi"><head><title>Tin nội bộ</title></head><body><article><h1>Tin nội bộ</h1><p>Đây là một trang chỉ có trên máy nội bộ, không được lấy vào bản tin.</p></article></body></html>';

let dir: string;
let nodeApp: NodeApp;
let intranet: HostileServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-node-app-'));
  intranet = await startHostileServer({ '/bai-viet': misbehave.send(ARTICLE, { 'content-type': 'text/html; charset=utf-8' }) });
  nodeApp = await createNodeApp({ env: { BANTIN_DATA_DIR: dir, BANTIN_DEMO_PORT: '0' }, demo: true, log: () => undefined });
});
afterAll(async () => {
  await nodeApp.close();
  await intranet.close();
  rmSync(dir, { recursive: true, force: true });
});

const context = () => ({ progress: () => undefined, report: createRunReport(), signal: new AbortController().signal });

describe('the demo server permission', () => {
  it('lets the demo run read the demo feeds on this machine', async () => {
    const feed = nodeApp.services.defaultCatalog.feeds.find((candidate) => candidate.enabled)!;
    const items = await nodeApp.services.engine.testFeed(feed, nodeApp.services.config, context());
    expect(items.length).toBeGreaterThan(0);
  });

  it('refuses "thêm tin từ địa chỉ" for any other loopback address', async () => {
    for (const url of [`${intranet.origin}/bai-viet`, `http://[::1]:${intranet.port}/bai-viet`, `http://localhost:${intranet.port}/bai-viet`]) {
      const error = await nodeApp.services.engine.storyFromUrl(url, 'tinh', nodeApp.services.config, context()).catch((caught: unknown) => caught);
      expect(error, url).toBeInstanceOf(Error);
      expect((error as { userMessage?: string }).userMessage ?? '', url).toMatch(/nội bộ|riêng|không được phép/i);
    }
    expect(intranet.hits.get('/bai-viet') ?? 0).toBe(0);
  });
});
