import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/fetch/decode-body.ts';
import { looksLikeHtml, parseFeed } from '../../../src/stages/collect/parse-feed.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/feeds');
const NOW = new Date('2026-11-22T05:00:00Z');
const pairs = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => {
    const base = name.replace('.expected.json', '');
    const input = readdirSync(FIXTURES).find((file) => file.startsWith(`${base}.`) && !file.endsWith('.expected.json'))!;
    return { input, expected: JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Array<Record<string, unknown>> };
  });

async function parseFixture(input: string) {
  const text = decodeBody(readFileSync(join(FIXTURES, input)), 'application/rss+xml');
  return parseFeed(text, { feedId: 'fixture', baseUrl: 'https://baochinhphu.vn/quoc-te.rss', now: NOW });
}

describe('parseFeed on team-written hostile fixtures', () => {
  it('has a paired expected file for every hostile case', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
  });

  for (const { input, expected } of pairs) {
    it(`parses ${input} into the expected items`, async () => {
      const items = await parseFixture(input);
      expect(items).toHaveLength(expected.length);
      expected.forEach((want, index) => {
        const got = items[index] as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(want)) expect({ [key]: got[key] }).toEqual({ [key]: value });
      });
    });
  }

  it('reports the right item count for a real-world-shaped VnExpress feed with bare & in enclosures', async () => {
    const items = await parseFixture('vnexpress-shaped-12-items.rss');
    expect(items).toHaveLength(12);
    expect(items[0]!.title).toBe('Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11');
    expect(items[0]!.link).toBe('https://vnexpress.net/tin-4990100.html');
    expect(items[0]!.image).toContain('&h=0');
    expect(items[0]!.summary).not.toContain('<');
  });

  it('never expands entities from a DOCTYPE (billion laughs stays short)', async () => {
    const items = await parseFixture('billion-laughs.rss');
    expect(items[0]!.title.length).toBeLessThan(30);
  });

  it('gets through a feed stuffed with thousands of unknown entities and unclosed tags', async () => {
    const junk = Array.from({ length: 20_000 }, (_, index) => `&x${index}; <script`).join(' ');
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Rác</title><item><title>Tin có rác &notit; &agrave;</title><link>https://a.vn/1.html</link><description><![CDATA[${junk}]]></description></item></channel></rss>`;
    const items = await parseFeed(xml, { feedId: 'x', baseUrl: 'https://a.vn/', now: NOW });
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe('Tin có rác &notit; à');
  });

  it('throws on a document that is not a feed', async () => {
    await expect(parseFeed('<html><body>Trang chủ</body></html>', { feedId: 'x', baseUrl: 'https://a.vn/', now: NOW })).rejects.toThrow();
    await expect(parseFeed('<?xml version="1.0"?><urlset></urlset>', { feedId: 'x', baseUrl: 'https://a.vn/', now: NOW })).rejects.toThrow();
  });

  it('tells an HTML page from a feed', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><head></head><body></body></html>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?><rss version="2.0"></rss>')).toBe(false);
  });
});
