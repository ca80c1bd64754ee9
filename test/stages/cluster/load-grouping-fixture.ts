import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feed } from '../../../src/domain/catalog.ts';
import type { FeedItem } from '../../../src/domain/collected.ts';
import type { SectionId } from '../../../src/domain/sections.ts';
import { parseFeed } from '../../../src/stages/collect/parse-feed.ts';

const DIR = join(import.meta.dirname, '../../fixtures/feeds/grouping');

export interface GroupingExpected {
  feeds: Record<string, SectionId>;
  groups: string[][];
  rejected: Record<string, string>;
}

/**
 * Three team-written feeds shaped like the real ones (a VnExpress-style general feed with CDATA
 * descriptions, a Thanh Niên-style and a Tuổi Trẻ-style section feed), parsed by the collector's
 * parser, with the groups and rejections a reader expects (expected.json).
 */
export async function loadGroupingFixture(): Promise<{ items: FeedItem[]; feeds: Map<string, Feed>; expected: GroupingExpected }> {
  const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as GroupingExpected;
  const feeds = new Map<string, Feed>();
  const items: FeedItem[] = [];
  for (const [id, section] of Object.entries(expected.feeds)) {
    feeds.set(id, { id, name: id, url: `https://${id}.example/rss`, section, kind: 'rss', official: false, weight: 2, enabled: true });
    items.push(...(await parseFeed(readFileSync(join(DIR, `${id}.rss`), 'utf8'), { feedId: id, baseUrl: `https://${id}.example/`, now: new Date('2026-11-06T00:00:00+07:00') })));
  }
  return { items, feeds, expected };
}
