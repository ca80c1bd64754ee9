import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../src/domain/collected.ts';
import { buildStories } from '../../../src/stages/cluster/build-stories.ts';
import { clusterItems } from '../../../src/stages/cluster/cluster-items.ts';
import { loadGroupingFixture } from './load-grouping-fixture.ts';

const { items, feeds, expected } = await loadGroupingFixture();
const clusters = clusterItems(items);
const groupOf = (link: string) => clusters.find((cluster) => cluster.some((item) => item.link === link))!.map((item) => item.link).sort();
const byLink = (link: string) => items.find((item) => item.link === link)!;
const [chained, threeOutlets, nearDuplicates] = expected.groups;

describe('clusterItems on feeds shaped like the real ones', () => {
  it('never chains two articles of one feed into one story through a third item', () => {
    const template = 'https://baomau.vn/bo-truong-cong-thuong-hop-bao-sau-phien-chat-van-5200102.html';
    expect(groupOf(chained![0]!)).toEqual([...chained!].sort());
    expect(groupOf(template)).toEqual([template]);
    for (const cluster of clusters) {
      const perFeed = new Map<string, FeedItem[]>();
      for (const item of cluster) perFeed.set(item.feedId, [...(perFeed.get(item.feedId) ?? []), item]);
      for (const [feedId, own] of perFeed) if (own.length > 1) expect(own.map((item) => item.link).sort(), `two items of ${feedId} in one story`).toEqual([...nearDuplicates!].sort());
    }
  });

  it('merges one event reported by three outlets under three different titles, with all its sources', () => {
    expect(new Set(threeOutlets!.map((link) => byLink(link).title)).size).toBe(3);
    expect(groupOf(threeOutlets![0]!)).toEqual([...threeOutlets!].sort());
    const story = buildStories([clusters.find((cluster) => cluster.some((item) => item.link === threeOutlets![0]))!], feeds)[0]!;
    expect(story.sources.map((source) => source.feedId).sort()).toEqual(['phap-luat', 'thoi-su', 'tong-hop']);
  });

  it('merges near-duplicates within one feed', () => {
    expect(new Set(nearDuplicates!.map((link) => byLink(link).feedId)).size).toBe(1);
    expect(groupOf(nearDuplicates![0]!)).toEqual([...nearDuplicates!].sort());
  });

  it('keeps apart two different reports of one feed about the same case', () => {
    const suspect = 'https://baovidu.vn/nghi-pham-vu-cuop-tiem-vang-khai-gi-185261105200000005.htm';
    expect(groupOf(suspect)).toEqual([suspect]);
  });

  it('gives exactly the expected groups, whatever the input order', () => {
    const shape = (groups: FeedItem[][]) => groups.filter((group) => group.length > 1).map((group) => group.map((item) => item.link).sort().join(' ')).sort();
    const want = expected.groups.map((group) => [...group].sort().join(' ')).sort();
    expect(shape(clusters)).toEqual(want);
    expect(shape(clusterItems([...items].reverse()))).toEqual(want);
  });
});
