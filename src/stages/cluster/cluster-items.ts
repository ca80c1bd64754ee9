import type { FeedItem } from '../../domain/collected.ts';
import { distinctiveTokens, jaccard, shingleSet, syllables } from './shingles.ts';
import { candidatePairs, minhashSignature } from './minhash.ts';

/** Tuning of near-duplicate detection; the defaults suit Vietnamese news headlines and leads. */
export interface ClusterOptions {
  /** Jaccard of title+lead bigrams above which two reports are one event. */
  textThreshold?: number;
  /** Jaccard of title bigrams alone above which two reports are one event. */
  titleThreshold?: number;
  /** Reports further apart than this are different events (a weekly meeting, a yearly ceremony). */
  maxHoursApart?: number;
}

const LEAD_SYLLABLES = 40;
const STOCK_MIN_COUNT = 8;
const STOCK_SHARE = 0.02;

/**
 * Groups items that report the same event: syllable-bigram shingles of title + lead, MinHash/LSH for
 * candidates, exact Jaccard to confirm, union-find to group. Items of one feed are never merged
 * directly. Deterministic: the same items in any order give the same groups, each sorted by link.
 */
export function clusterItems(items: FeedItem[], options: ClusterOptions = {}): FeedItem[][] {
  const textThreshold = options.textThreshold ?? 0.3;
  const titleThreshold = options.titleThreshold ?? 0.6;
  const maxApartMs = (options.maxHoursApart ?? 72) * 3600_000;
  const sorted = [...items].sort((a, b) => compare(a.link, b.link) || compare(a.feedId, b.feedId));
  const titles = withoutStockPhrases(sorted.map((item) => shingleSet(item.title)));
  const texts = withoutStockPhrases(sorted.map((item) => shingleSet(`${item.title} ${syllables(item.summary).slice(0, LEAD_SYLLABLES).join(' ')}`)));
  const signatures = texts.map((set) => minhashSignature(set));
  const names = sorted.map((item) => new Set([...distinctiveTokens(item.title), ...distinctiveTokens(item.summary.slice(0, 300))]));
  const parent = sorted.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[index] !== root) [parent[index], index] = [root, parent[index]!];
    return root;
  };
  // Same wording about different places, people or figures is a different event.
  const figures = names.map((set) => new Set([...set].filter((token) => /^\d{2,}$/.test(token))));
  const conflicting = (a: number, b: number) =>
    (names[a]!.size > 0 && names[b]!.size > 0 && jaccard(names[a]!, names[b]!) < 0.25) || (figures[a]!.size >= 2 && figures[b]!.size >= 2 && jaccard(figures[a]!, figures[b]!) === 0);
  const similar = (a: number, b: number) => !conflicting(a, b) && (jaccard(texts[a]!, texts[b]!) >= textThreshold || jaccard(titles[a]!, titles[b]!) >= titleThreshold);
  const pairs = new Set<number>();
  for (const [a, b] of [...candidatePairs(signatures), ...candidatePairs(titles.map((set) => minhashSignature(set)))]) pairs.add(a * sorted.length + b);
  for (const key of [...pairs].sort((x, y) => x - y)) {
    const a = Math.floor(key / sorted.length);
    const b = key % sorted.length;
    const first = sorted[a]!;
    const second = sorted[b]!;
    if (first.feedId === second.feedId) continue;
    if (!first.dateMissing && !second.dateMissing && Math.abs(Date.parse(first.published) - Date.parse(second.published)) > maxApartMs) continue;
    if (!similar(a, b)) continue;
    const rootA = find(a);
    const rootB = find(b);
    // Join two groups only when their founding reports are alike too, so chains of loosely similar
    // headlines ("Thủ tướng tiếp Đại sứ …") never snowball into one giant story.
    if (rootA === rootB || !similar(rootA, rootB)) continue;
    parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
  const groups = new Map<number, FeedItem[]>();
  sorted.forEach((item, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

/**
 * Drops shingles that most items share ("tỷ đồng", "đại biểu tham dự", a feed's boilerplate lead):
 * they say nothing about which event an item reports and would glue unrelated items together.
 */
function withoutStockPhrases(sets: Array<Set<string>>): Array<Set<string>> {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const shingle of set) frequency.set(shingle, (frequency.get(shingle) ?? 0) + 1);
  const limit = Math.max(STOCK_MIN_COUNT, Math.ceil(sets.length * STOCK_SHARE));
  return sets.map((set) => {
    const kept = new Set<string>();
    for (const shingle of set) if ((frequency.get(shingle) ?? 0) <= limit) kept.add(shingle);
    return kept;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
