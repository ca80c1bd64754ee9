import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFeedUrl } from '../../../src/stages/collect/discover-feed.ts';
import { parseListing } from '../../../src/stages/collect/parse-listing.ts';

const html = readFileSync(join(import.meta.dirname, '../../fixtures/feeds/pages/listing-page.html'), 'utf8');
const context = { feedId: 'vksndtc', baseUrl: 'https://www.vksndtc.gov.vn/tin-hoat-dong', now: new Date('2026-11-22T05:00:00Z') };

describe('parseListing', () => {
  it('turns listing items into absolute links with titles and the dates the page shows', () => {
    const items = parseListing(html, { item: '.news-item', link: 'a.title', date: '.time', linkPattern: '/tin-tuc/.+-\\d+\\.html$' }, context);
    expect(items.map((item) => item.link)).toEqual([
      'https://www.vksndtc.gov.vn/tin-tuc/hoi-nghi-tap-huan-ky-nang-kiem-sat-75210.html',
      'https://www.vksndtc.gov.vn/tin-tuc/ky-ket-quy-che-phoi-hop-75211.html',
      'https://www.vksndtc.gov.vn/tin-tuc/doan-cong-tac-lam-viec-tai-dong-thap-75212.html',
    ]);
    expect(items[0]).toMatchObject({ title: 'Hội nghị tập huấn kỹ năng kiểm sát xét xử án hình sự', published: '2026-11-20T16:20:00+07:00', dateMissing: false, summary: 'Hơn 300 kiểm sát viên tham dự.' });
    expect(items[2]).toMatchObject({ dateMissing: true });
  });

  it('works from link selectors alone, skipping menu links that do not match the pattern', () => {
    const items = parseListing(html, { link: 'a', linkPattern: '-\\d+\\.html$' }, context);
    expect(items).toHaveLength(3);
    expect(items.every((item) => !item.title.includes('Giới thiệu'))).toBe(true);
  });
});

describe('discoverFeedUrl', () => {
  it('finds the RSS or Atom feed a page announces, resolved against the page URL', () => {
    const page = '<html><head><link rel="stylesheet" href="/a.css"><link rel="alternate" type="application/atom+xml" title="Tin mới" href="/rss/tin-moi.atom"></head></html>';
    expect(discoverFeedUrl(page, 'https://baodongthap.vn/chinh-tri/')).toBe('https://baodongthap.vn/rss/tin-moi.atom');
  });

  it('gives null when the page announces no feed', () => {
    expect(discoverFeedUrl('<html><head><link rel="alternate" hreflang="en" href="/en/"></head></html>', 'https://a.vn/')).toBeNull();
  });
});
