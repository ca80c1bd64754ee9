import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/domain/catalog.ts';
import type { Story } from '../../../src/domain/collected.ts';
import type { SectionId } from '../../../src/domain/sections.ts';
import { scoreStory, selectStories } from '../../../src/stages/select/select-stories.ts';

const window = { since: '2026-11-15T17:00:00.000Z', until: '2026-11-22T17:00:00.000Z' };
const feeds = new Map<string, Feed>(
  [
    ['vnexpress', 3, false],
    ['tuoitre', 2, false],
    ['vksndtc', 2, true],
    ['baodongthap', 2, true],
  ].map(([id, weight, official]) => [id as string, { id: id as string, name: id as string, url: `https://${id}.vn/`, section: 'trong-nuoc', kind: 'rss', official: official as boolean, weight: weight as number, enabled: true }]),
);

function story(id: string, section: SectionId, title: string, feedIds: string[], published = '2026-11-20T08:00:00+07:00'): Story {
  const sources = feedIds.map((feedId) => ({ feedId, name: feedId, url: `https://${feedId}.vn/${id}`, title, published, official: feeds.get(feedId)!.official, text: title }));
  return { id, section, title, published, score: 0, sources, text: title };
}

describe('selectStories', () => {
  const stories = [
    story('a', 'nganh', 'VKSND tối cao kháng nghị giám đốc thẩm vụ án tham nhũng', ['vksndtc']),
    story('b', 'nganh', 'Hội thao ngành kiểm sát khu vực phía Nam', ['vksndtc'], '2026-11-16T08:00:00+07:00'),
    story('c', 'nganh', 'Khởi tố vụ án vi phạm quy định đấu thầu tại Cần Thơ', ['vnexpress', 'tuoitre']),
    story('d', 'tinh', 'Đồng Tháp khởi công cầu Cao Lãnh 2', ['baodongthap'], '2026-11-21T08:00:00+07:00'),
    story('e', 'tinh', 'Mỹ Tho tổ chức lễ hội trái cây', ['baodongthap'], '2026-11-17T08:00:00+07:00'),
    story('f', 'the-gioi', 'Hội nghị thượng đỉnh G20 bế mạc', ['vnexpress', 'tuoitre']),
  ];

  it('keeps each section to its quota and orders sections as the bulletin reads them', () => {
    const picked = selectStories(stories, { window, quotas: { tinh: 1, nganh: 2, 'the-gioi': 1 }, feeds });
    expect(picked.map((entry) => entry.section)).toEqual(['tinh', 'the-gioi', 'nganh', 'nganh']);
  });

  it('prefers stories covered by more outlets and carrying sector keywords over routine news', () => {
    const picked = selectStories(stories, { window, quotas: { nganh: 2 }, feeds });
    expect(picked.map((entry) => entry.id)).toEqual(['c', 'a']);
    expect(picked[0]!.score).toBeGreaterThan(picked[1]!.score);
  });

  it('prefers the more recent of two otherwise equal stories', () => {
    expect(scoreStory(stories[3]!, window, feeds)).toBeGreaterThan(scoreStory(stories[4]!, window, feeds));
  });

  it('selects the same stories whatever the input order', () => {
    const forward = selectStories(stories, { window, quotas: { tinh: 2, nganh: 2, 'the-gioi': 1 }, feeds });
    const backward = selectStories([...stories].reverse(), { window, quotas: { tinh: 2, nganh: 2, 'the-gioi': 1 }, feeds });
    expect(backward.map((entry) => entry.id)).toEqual(forward.map((entry) => entry.id));
  });

  it('counts two feeds of one outlet as one outlet', () => {
    const outletFeeds = new Map(feeds);
    for (const id of ['vnexpress-a', 'vnexpress-b']) outletFeeds.set(id, { ...feeds.get('vnexpress')!, id, name: 'VnExpress' });
    const reported = (id: string, by: string[]): Story => {
      const base = story(id, 'trong-nuoc', 'Tin', ['vnexpress']);
      return { ...base, sources: by.map((feedId) => ({ ...base.sources[0]!, feedId, name: outletFeeds.get(feedId)!.name, url: `https://${feedId}.vn/${id}` })) };
    };
    expect(scoreStory(reported('x', ['vnexpress-a', 'tuoitre']), window, outletFeeds)).toBeGreaterThan(scoreStory(reported('y', ['vnexpress-a', 'vnexpress-b']), window, outletFeeds));
  });
});
