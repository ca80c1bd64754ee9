import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { SECTION_IDS } from '../../src/domain/sections.ts';
import { demoCatalog, startDemoServer, type DemoServer } from '../../src/demo/demo-server.ts';

function captureIo(): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: () => out.join(''), err: () => err.join(''), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', interactive: false };
}

describe('bantin collect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-collect-'));
  let demo: DemoServer;

  beforeAll(async () => {
    process.env.BANTIN_DATA_DIR = join(dir, 'data');
    demo = await startDemoServer();
  });
  afterAll(async () => demo.close());

  it('prints only JSON on stdout with stories in all five sections, each with text', async () => {
    const catalogFile = join(dir, 'demo-catalog.json');
    writeFileSync(catalogFile, JSON.stringify(demoCatalog(demo.baseUrl)));
    const io = captureIo();
    expect(await main(['collect', '--catalog', catalogFile, '--allow-private-hosts', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { feeds: Array<{ id: string; status: string; items: number; inWindow: number; error?: string }>; stories: Array<{ section: string; text: string; sources: Array<{ feedId: string; url: string; title: string }> }> };
    for (const section of SECTION_IDS) {
      const stories = result.stories.filter((story) => story.section === section);
      expect(stories.length, section).toBeGreaterThan(0);
      for (const story of stories) expect(story.text.length, section).toBeGreaterThan(300);
    }
    const broken = result.feeds.filter((feed) => feed.status === 'error');
    expect(broken.map((feed) => feed.id)).toEqual(['tapchikiemsat']);
    expect(broken[0]!.error).toBeTruthy();
    expect(result.feeds.filter((feed) => feed.status !== 'error').every((feed) => feed.items >= feed.inWindow)).toBe(true);
  });

  it('refuses the loopback demo server without --allow-private-hosts, feed by feed, without failing the run', async () => {
    const catalogFile = join(dir, 'demo-catalog-private.json');
    writeFileSync(catalogFile, JSON.stringify(demoCatalog(demo.baseUrl)));
    const io = captureIo();
    delete process.env.BANTIN_ALLOW_PRIVATE_HOSTS;
    expect(await main(['collect', '--catalog', catalogFile, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { feeds: Array<{ status: string }>; stories: unknown[] };
    expect(result.feeds.every((feed) => feed.status === 'error')).toBe(true);
    expect(result.stories).toEqual([]);
  });

  it('reports the item count of a real-world-shaped RSS file served locally', async () => {
    const rss = readFileSync(join(import.meta.dirname, '../fixtures/feeds/vnexpress-shaped-12-items.rss'));
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(rss);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const catalogFile = join(dir, 'one-feed.json');
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss/tin-moi-nhat.rss`;
      writeFileSync(catalogFile, JSON.stringify({ feeds: [{ id: 'vnexpress', name: 'Báo VnExpress', url, section: 'trong-nuoc' }] }));
      const io = captureIo();
      expect(await main(['collect', '--catalog', catalogFile, '--allow-private-hosts', '--json', '--since', '2000-01-01'], io)).toBe(0);
      const result = JSON.parse(io.out()) as { feeds: Array<{ id: string; status: string; items: number }> };
      expect(result.feeds).toEqual([expect.objectContaining({ id: 'vnexpress', status: 'ok', items: 12 })]);
    } finally {
      server.close();
    }
  });

  it('rejects a bad catalog with one Vietnamese line per problem naming file, feed and field, and runs nothing', async () => {
    const catalogFile = join(dir, 'bad-catalog.json');
    writeFileSync(catalogFile, JSON.stringify({ feeds: [{ id: 'a', name: 'A', url: 'not a url', section: 'tinh' }, { id: 'b', name: 'B', url: 'https://b.vn/rss', section: 'khac' }] }));
    const io = captureIo();
    expect(await main(['collect', '--catalog', catalogFile, '--json'], io)).toBe(1);
    expect(io.out()).toBe('');
    const message = io.err();
    expect(message).toContain(catalogFile);
    expect(message).toMatch(/"a".*url/);
    expect(message).toMatch(/"b".*section/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
