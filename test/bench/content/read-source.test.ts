import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/load-catalog.ts';
import { sourceText } from './read-source.ts';

const fixture = (name: string) => new URL(`../../fixtures/bench-content/${name}`, import.meta.url);
const feeds = parseCatalog(readFileSync(new URL('../../../feeds/catalog.json', import.meta.url), 'utf8'), 'feeds/catalog.json').feeds;

describe('bench:content sources', () => {
  it('reads an RSS item as its title, a full stop and its summary on the next line', () => {
    const text = sourceText({ path: 'items.json', item: 0 }, readFileSync(fixture('items.json')), feeds);
    expect(text).toBe('Xã Phú Hựu khánh thành cầu mới.\nNgày 3-9, UBND xã Phú Hựu khánh thành cầu bê tông dài 45 m, vốn 2,5 tỉ đồng.');
  });

  it('reads an item without a summary as its title alone', () => {
    expect(sourceText({ path: 'items.json', item: 1 }, readFileSync(fixture('items.json')), feeds)).toBe('Đồng Tháp thu hoạch lúa hè thu.');
  });

  it('names the file and the index of an item that is not there', () => {
    expect(() => sourceText({ path: 'items.json', item: 2 }, readFileSync(fixture('items.json')), feeds)).toThrow(/items\.json has no item 2/);
  });

  it('reads a page as the extract stage does: the site’s lead and body paragraphs, without the sidebar', () => {
    const text = sourceText({ path: 'page.html', html: true }, readFileSync(fixture('page.html')), feeds);
    expect(text).toBe(readFileSync(fixture('page.expected.txt'), 'utf8'));
  });

  it('reads an RSS XML item as its title and its description’s text, without the picture link', () => {
    const bytes = readFileSync(fixture('feed.xml'));
    expect(sourceText({ path: 'feed.xml', rssItem: 0 }, bytes, feeds)).toBe('Cầu Cao Lãnh thông xe.\nCây cầu dài 2 km nối hai bờ sông Tiền, vốn 2.000 tỷ đồng.');
    expect(sourceText({ path: 'feed.xml', rssItem: 1 }, bytes, feeds)).toBe('Lúa hè thu được mùa.\nNăng suất đạt 6 tấn/ha & giá ổn định.');
    expect(() => sourceText({ path: 'feed.xml', rssItem: 2 }, bytes, feeds)).toThrow(/feed\.xml has no <item> 2/);
  });

  it('reads a section page teaser as its headline and summary, skipping teasers without a summary', () => {
    const bytes = readFileSync(fixture('section.html'));
    expect(sourceText({ path: 'section.html', listItem: 0 }, bytes, feeds)).toBe('Cầu Mỹ Thuận 2 thông xe.\nCây cầu dài 6,6 km nối Tiền Giang với Vĩnh Long.');
    expect(sourceText({ path: 'section.html', listItem: 1 }, bytes, feeds)).toBe('Thông tư mới về học phí.\nBộ Giáo dục và Đào tạo ban hành Thông tư 05/2026/TT-BGDĐT.');
    expect(() => sourceText({ path: 'section.html', listItem: 2 }, bytes, feeds)).toThrow(/section\.html has 2 teasers .* no teaser 2/);
  });

  it('reads a window of lines of a text file', () => {
    const bytes = new TextEncoder().encode('một\nhai\nba\nbốn');
    expect(sourceText({ path: 'lines.txt', lines: [2, 3] }, bytes, feeds)).toBe('hai\nba');
  });
});
