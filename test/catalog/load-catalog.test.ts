import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load-catalog.ts';
import { BantinError } from '../../src/domain/errors.ts';
import { SECTION_IDS } from '../../src/domain/sections.ts';
import { DEFAULT_RELEVANCE } from '../../src/stages/select/default-relevance.ts';

function problemsOf(text: string): string {
  try {
    parseCatalog(text, 'feeds/thu.json');
  } catch (error) {
    expect(error).toBeInstanceOf(BantinError);
    return (error as BantinError).userMessage;
  }
  throw new Error('the catalog was accepted');
}

describe('parseCatalog', () => {
  it('accepts the minimal shape and fills the defaults', () => {
    const catalog = parseCatalog(JSON.stringify({ feeds: [{ id: 'vnexpress-thoi-su', name: 'VnExpress', url: 'https://vnexpress.net/rss/thoi-su.rss', section: 'trong-nuoc' }] }), 'mini.json');
    expect(catalog.feeds[0]).toMatchObject({ kind: 'rss', official: false, weight: 1, enabled: true });
  });

  it('lists one Vietnamese line per problem naming the file, the feed and the field', () => {
    const message = problemsOf(
      JSON.stringify({
        feeds: [
          { id: 'nhandan', name: 'Nhân Dân', url: 'khong-phai-url', section: 'trong-nuoc' },
          { id: 'tuoitre', name: 'Tuổi Trẻ', url: 'https://tuoitre.vn/rss/thoi-su.rss', section: 'thoi-su' },
          { name: 'Không id', url: 'https://a.vn/rss', section: 'tinh' },
        ],
      }),
    );
    const lines = message.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/feeds\/thu\.json: nguồn "nhandan" \(feeds\[0\]\), trường "url": .*URL/);
    expect(lines[1]).toMatch(/nguồn "tuoitre" \(feeds\[1\]\), trường "section": .*tinh/);
    expect(lines[2]).toMatch(/nguồn thứ 3 \(feeds\[2\], chưa có id\), trường "id"/);
  });

  it('reports duplicate ids, HTML sources without selectors and broken link patterns', () => {
    const message = problemsOf(
      JSON.stringify({
        feeds: [
          { id: 'vksndtc', name: 'VKSND tối cao', url: 'https://vksndtc.gov.vn/', section: 'nganh', kind: 'html' },
          { id: 'vksndtc', name: 'VKSND tối cao 2', url: 'https://vksndtc.gov.vn/tin', section: 'nganh', kind: 'html', listing: { link: 'a', linkPattern: '([' } },
        ],
      }),
    );
    expect(message).toContain('nguồn "vksndtc" (feeds[1]), trường "id": trùng id với feeds[0]');
    expect(message).toContain('nguồn "vksndtc" (feeds[0]), trường "listing"');
    expect(message).toContain('trường "listing.linkPattern"');
  });

  it('names the file when the JSON itself is broken', () => {
    expect(problemsOf('{ "feeds": [ }')).toMatch(/feeds\/thu\.json không phải JSON hợp lệ/);
  });

  it('accepts the shipped catalog of real sources, covering all five sections', () => {
    const path = join(import.meta.dirname, '../../feeds/catalog.json');
    const catalog = parseCatalog(readFileSync(path, 'utf8'), 'feeds/catalog.json');
    for (const section of SECTION_IDS) expect(catalog.feeds.some((feed) => feed.section === section)).toBe(true);
    expect(catalog.feeds.some((feed) => feed.kind === 'html' && feed.listing)).toBe(true);
  });

  it('reads relevance rules per section and names a misspelt section or an empty rule', () => {
    const feeds = [{ id: 'a', name: 'A', url: 'https://a.vn/rss', section: 'trong-nuoc' }];
    const catalog = parseCatalog(JSON.stringify({ feeds, relevance: { all: { exclude: [{ reason: 'xổ số', words: ['xổ số'] }] }, nganh: { include: [{ categories: ['Pháp luật'] }] } } }), 'rules.json');
    expect(catalog.relevance?.all?.exclude[0]).toEqual({ reason: 'xổ số', words: ['xổ số'], categories: [], links: [] });
    expect(catalog.relevance?.nganh?.include[0]?.categories).toEqual(['Pháp luật']);
    const message = problemsOf(JSON.stringify({ feeds, relevance: { trong_nuoc: { exclude: [] }, all: { exclude: [{ reason: 'rỗng' }] } } }));
    expect(message).toMatch(/feeds\/thu\.json, trường "relevance".*trong_nuoc/);
    expect(message).toMatch(/trường "relevance\.all\.exclude\.0": cần ít nhất một mục trong "words", "categories" hoặc "links"/);
  });

  it('ships relevance rules equal to the built-in defaults', () => {
    const catalog = parseCatalog(readFileSync(join(import.meta.dirname, '../../feeds/catalog.json'), 'utf8'), 'feeds/catalog.json');
    expect(catalog.relevance).toEqual(DEFAULT_RELEVANCE);
  });
});
