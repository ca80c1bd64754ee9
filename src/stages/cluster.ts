/**
 * cluster: the window's items that their section takes, grouped so one event reported by several
 * outlets is one story with its primary source first.
 */
import type { Catalog, Feed } from '../domain/catalog.ts';
import type { FeedItem, Story } from '../domain/collected.ts';
import type { Progress } from '../domain/progress.ts';
import { buildStories } from './cluster/build-stories.ts';
import { clusterItems } from './cluster/cluster-items.ts';
import { describeRejections, filterRelevant } from './select/filter-relevant.ts';

export function clusterStories(items: FeedItem[], options: { feeds: Map<string, Feed>; relevance?: Catalog['relevance'] }, deps: { progress: Progress }): Story[] {
  const { kept, rejected } = filterRelevant(items, { feeds: options.feeds, rules: options.relevance });
  deps.progress({ stage: 'cluster', done: 0, total: kept.length, message: `Đang gộp các tin trùng nhau; bỏ ${describeRejections(rejected)}` });
  const stories = buildStories(clusterItems(kept), options.feeds);
  deps.progress({ stage: 'cluster', done: kept.length, total: kept.length, message: `${stories.length} sự kiện từ ${kept.length} tin` });
  return stories;
}
