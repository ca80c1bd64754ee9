import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feed } from '../../../src/domain/catalog.ts';
import type { FeedItem } from '../../../src/domain/collected.ts';
import type { SectionId } from '../../../src/domain/sections.ts';
import { parseFeed } from '../../../src/stages/collect/parse-feed.ts';
import { toVietnamIso } from '../../../src/stages/collect/parse-date.ts';

/** The real feed items of ../shared/corpus/rss as the collector would hand them to clustering. */
export interface RssCorpus {
  items: FeedItem[];
  feeds: Map<string, Feed>;
}

interface SampleItem {
  title: string;
  link: string;
  summary: string;
  source: string;
  category: string;
  published: string;
}

/**
 * The saved VnExpress XML feeds are parsed by the collector's own parser; the 2026 JSON sample
 * (items an aggregator took from RSS) is mapped field by field. General feeds ("Tổng hợp", and the
 * business, technology and sports feeds a general outlet mixes in) read as national news, the
 * world feeds as world news — that is where the catalog puts such feeds.
 */
export async function loadRssCorpus(dir: string): Promise<RssCorpus | null> {
  if (!existsSync(dir)) return null;
  const items: FeedItem[] = [];
  const feeds = new Map<string, Feed>();
  const addFeed = (id: string, name: string, section: SectionId) => {
    if (!feeds.has(id)) feeds.set(id, { id, name, url: `https://${id}.example/rss`, section, kind: 'rss', official: false, weight: 2, enabled: true });
  };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml')).sort()) {
    const id = file.replace(/\.xml$/, '');
    addFeed(id, 'VnExpress', id.includes('the-gioi') ? 'the-gioi' : 'trong-nuoc');
    items.push(...(await parseFeed(readFileSync(join(dir, file), 'utf8'), { feedId: id, baseUrl: 'https://vnexpress.net/', now: new Date('2026-08-23T00:00:00+07:00') })));
  }
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const sample = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { items: SampleItem[] };
    for (const entry of sample.items) {
      const id = slug(entry.source);
      addFeed(id, entry.source.split(' - ')[0]!, /thế giới/i.test(entry.category) ? 'the-gioi' : 'trong-nuoc');
      // The sample's own note: Tuổi Trẻ dates are the fetch time (a first-seen date); the other
      // outlets' dates were UTC labelled +07:00 (a match ending at 22:00 is reported "at 15:51").
      const tuoiTre = entry.source === 'Tuổi Trẻ';
      const published = tuoiTre ? entry.published : toVietnamIso(new Date(Date.parse(entry.published) + 7 * 3600_000));
      items.push({ feedId: id, title: entry.title, link: entry.link, guid: entry.link, published, dateMissing: tuoiTre, summary: entry.summary, categories: [entry.category] });
    }
  }
  return { items, feeds };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
