import type { FeedItem } from '../../domain/collected.ts';
import { syllables } from '../../text/syllables.ts';
import { jaccard, nameRuns, shingleSet } from './shingles.ts';
import { candidatePairs, minhashSignature } from './minhash.ts';

/** Tuning of same-event detection; the defaults were measured on real Vietnamese feeds (`npm run bench:group`). */
export interface ClusterOptions {
  /** Jaccard of title+lead bigrams above which two reports are one event. */
  textThreshold?: number;
  /** Jaccard of title bigrams alone above which two reports are one event. */
  titleThreshold?: number;
  /** Two reports of one feed are one story only as near-duplicates: title+lead bigram Jaccard at least this. */
  sameFeedThreshold?: number;
  /**
   * Reports with different titles are one event when their title+lead words (without the words
   * most items share) overlap at least this much and they share at least two rare names or numbers.
   */
  leadThreshold?: number;
  /** Reports further apart than this are different events (a weekly meeting, a yearly ceremony). */
  maxHoursApart?: number;
  /** Reports with different titles must be at most this far apart to be one event. */
  leadHoursApart?: number;
}

const LEAD_SYLLABLES = 40;
const STOCK_MIN_COUNT = 8;
const STOCK_SHARE = 0.02;
/** A name or number in at most this many items (or 1% of them) tells events apart. */
const RARE_MIN_COUNT = 5;
const RARE_SHARE = 0.01;
/** A word in more than this share of items (or STOCK_MIN_COUNT) says nothing about the event. */
const COMMON_WORD_SHARE = 0.1;
/** Titles this alike (bigram Jaccard) are one wording; names that differ then mean different events. */
const TEMPLATE_TITLES = 0.3;
/** Two items are related, at the least, when this share of their rarer words is shared. */
const RELATED_WORDS = 0.05;

/** Vietnamese grammatical syllables: alike in any two reports, they say nothing about the event. */
const FUNCTION_WORDS = new Set(
  'và của các là được có trong cho với đã sẽ đang này khi sau trước từ tại theo về một những không đến ra vào thì mà nên cũng lại như để do bị vì nhưng hay hoặc rằng ở trên dưới còn vẫn rất nhiều hơn nhất đó ông bà anh chị tôi chúng họ làm việc'.split(' '),
);

/**
 * Groups items that report the same event.
 *
 * Two items are linked when their title+lead wording is alike (syllable-bigram Jaccard, MinHash/LSH
 * for candidates), or — titles differing, as outlets write their own — when their lead words
 * overlap and they share rare names or numbers within a day or so. Items with one link are one
 * article. Groups grow best link first, and two groups join only when no pair across them is
 * known to differ (constrained agglomerative clustering): two items of one feed stay apart unless
 * they are near-duplicates, items whose lead names a different subject stay apart, and every pair
 * must at least be related. So a third item can never chain two articles of one feed, or two
 * different press conferences, into one story. Deterministic: the same items in any order give
 * the same groups.
 */
export function clusterItems(items: FeedItem[], options: ClusterOptions = {}): FeedItem[][] {
  const textThreshold = options.textThreshold ?? 0.3;
  const titleThreshold = options.titleThreshold ?? 0.6;
  const sameFeedThreshold = options.sameFeedThreshold ?? 0.5;
  const leadThreshold = options.leadThreshold ?? 0.12;
  const maxApartMs = (options.maxHoursApart ?? 72) * 3600_000;
  const leadApartMs = (options.leadHoursApart ?? 36) * 3600_000;
  const sorted = [...items].sort((a, b) => compare(a.link, b.link) || compare(a.feedId, b.feedId));
  const count = sorted.length;
  const titles = withoutStockPhrases(sorted.map((item) => shingleSet(item.title)));
  const texts = withoutStockPhrases(sorted.map((item) => shingleSet(`${item.title} ${lead(item)}`)));
  const words = withoutCommon(sorted.map((item) => new Set(syllables(`${item.title} ${lead(item)}`))), COMMON_WORD_SHARE);
  const runs = sorted.map((item) => [...nameRuns(item.title, true), ...nameRuns(item.summary.slice(0, 300), true)]);
  const names = runs.map((list) => new Set(list.flat()));
  const rareLimit = Math.max(RARE_MIN_COUNT, Math.ceil(count * RARE_SHARE));
  const nameCounts = frequencies(names);
  const rare = names.map((set) => new Set([...set].filter((token) => (nameCounts.get(token) ?? 0) <= rareLimit)));
  const subjects = sorted.map((item, index) => leadSubject(item, runs[index]!));
  const figures = names.map((set) => new Set([...set].filter((token) => /^\d{2,}$/.test(token))));
  const times = sorted.map((item) => (item.dateMissing ? null : Date.parse(item.published)));
  const apart = (a: number, b: number) => {
    const ta = times[a];
    const tb = times[b];
    return ta === null || ta === undefined || tb === null || tb === undefined ? 0 : Math.abs(ta - tb);
  };

  // Same wording about different places, people or figures is a different event.
  const titleNames = sorted.map((item) => nameRuns(item.title).filter((run) => run.length > 0));
  const conflicting = (a: number, b: number) =>
    (names[a]!.size > 0 && names[b]!.size > 0 && jaccard(names[a]!, names[b]!) < 0.25) ||
    (figures[a]!.size >= 2 && figures[b]!.size >= 2 && jaccard(figures[a]!, figures[b]!) === 0) ||
    otherSubjects(subjects[a], subjects[b], names[a]!, names[b]!) ||
    (jaccard(titles[a]!, titles[b]!) >= TEMPLATE_TITLES && namesOnlyIn(titleNames[a]!, names[b]!) && namesOnlyIn(titleNames[b]!, names[a]!));
  const sameArticle = (a: number, b: number) => sorted[a]!.link === sorted[b]!.link;
  /** How strongly two items report one event: ≥ 1 links them, 0 means no link. */
  const linkScore = (a: number, b: number): number => {
    if (sameArticle(a, b)) return 10;
    if (apart(a, b) > maxApartMs || conflicting(a, b)) return 0;
    const text = jaccard(texts[a]!, texts[b]!);
    if (sorted[a]!.feedId === sorted[b]!.feedId) return text >= sameFeedThreshold ? text / sameFeedThreshold : 0;
    const worded = Math.max(text / textThreshold, jaccard(titles[a]!, titles[b]!) / titleThreshold);
    if (worded >= 1) return worded;
    // Different titles: rare names or numbers in common, and more than the names alike.
    if (times[a] === null || times[b] === null || apart(a, b) > leadApartMs || countShared(rare[a]!, rare[b]!) < 2) return 0;
    const overlap = jaccard(words[a]!, words[b]!);
    const sharedContent = [...words[a]!].filter((word) => words[b]!.has(word) && !names[a]!.has(word) && !names[b]!.has(word) && !FUNCTION_WORDS.has(word)).length;
    return sharedContent >= 2 && overlap >= leadThreshold ? overlap / leadThreshold : 0;
  };
  /** Known to be different events (or two articles of one feed): never in one story. */
  const cannotLink = (a: number, b: number): boolean => {
    if (sameArticle(a, b)) return false;
    if (apart(a, b) > maxApartMs || conflicting(a, b)) return true;
    if (sorted[a]!.feedId === sorted[b]!.feedId) return jaccard(texts[a]!, texts[b]!) < sameFeedThreshold;
    return jaccard(words[a]!, words[b]!) < RELATED_WORDS && countShared(rare[a]!, rare[b]!) === 0 && jaccard(texts[a]!, texts[b]!) < textThreshold;
  };

  const candidates = new Set<number>();
  const addPair = (a: number, b: number) => candidates.add(Math.min(a, b) * count + Math.max(a, b));
  for (const [a, b] of candidatePairs(texts.map((set) => minhashSignature(set)))) addPair(a, b);
  for (const [a, b] of candidatePairs(titles.map((set) => minhashSignature(set)))) addPair(a, b);
  for (const group of sharing(sorted.map((item, index) => [`link ${item.link}`, ...[...rare[index]!].map((token) => `name ${token}`)]))) {
    for (let i = 0; i < group.length; i += 1) for (let j = i + 1; j < group.length; j += 1) addPair(group[i]!, group[j]!);
  }
  const links = [...candidates]
    .map((key) => ({ a: Math.floor(key / count), b: key % count, score: 0 }))
    .map((link) => ({ ...link, score: linkScore(link.a, link.b) }))
    .filter((link) => link.score >= 1)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = sorted.map((_, index) => index);
  const members = new Map<number, number[]>(sorted.map((_, index) => [index, [index]]));
  for (const { a, b } of links) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const left = members.get(ga)!;
    const right = members.get(gb)!;
    if (left.some((x) => right.some((y) => cannotLink(x, y)))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const joined = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y);
    members.set(keep, joined);
    members.delete(drop);
    for (const index of joined) groupOf[index] = keep;
  }
  return [...members.keys()].sort((x, y) => x - y).map((key) => members.get(key)!.map((index) => sorted[index]!));
}

function lead(item: FeedItem): string {
  return syllables(item.summary).slice(0, LEAD_SYLLABLES).join(' ');
}

/**
 * The first name a report's lead gives ("HLV Kim Sang-sik chuẩn bị…" → kim sang-sik), else its
 * title's: who or where the report is about.
 */
function leadSubject(item: FeedItem, runs: string[][]): string[] | undefined {
  const fromLead = nameRuns(item.summary.slice(0, 300)).find((run) => run.length > 0);
  return fromLead ?? runs.find((run) => run.length > 0 && !/\p{N}/u.test(run[0]!));
}

/**
 * Two reports about different subjects: each names someone or somewhere first that the other
 * never mentions ("HLV Kim Sang-sik chuẩn bị đưa ra những đánh giá…" and "HLV Anthony Hudson sắp
 * đưa ra những đánh giá…" are two press conferences, however alike the rest of the wording).
 */
function otherSubjects(a: string[] | undefined, b: string[] | undefined, namesA: Set<string>, namesB: Set<string>): boolean {
  if (!a || !b) return false;
  const mentions = (subject: string[], names: Set<string>) => subject.every((token) => names.has(token));
  return !mentions(a, namesB) && !mentions(b, namesA);
}

/**
 * True when a title names someone or somewhere the other report never mentions. Two alike titles
 * that each name their own ("Thủ tướng tiếp Đại sứ Ấn Độ Sandeep Arya" and "Thủ tướng tiếp Đại sứ
 * Australia") are one template filled twice, not one event.
 */
function namesOnlyIn(titleRuns: string[][], otherNames: Set<string>): boolean {
  return titleRuns.some((run) => run.every((token) => !otherNames.has(token)));
}

function countShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared;
}

function frequencies(sets: Array<Set<string>>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const value of set) frequency.set(value, (frequency.get(value) ?? 0) + 1);
  return frequency;
}

/** Indices of the items that share a key, for each key more than one item has. */
function sharing(keysOfItems: string[][]): number[][] {
  const groups = new Map<string, number[]>();
  keysOfItems.forEach((keys, index) => {
    for (const key of keys) {
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    }
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Drops shingles that most items share ("tỷ đồng", "đại biểu tham dự", a feed's boilerplate lead):
 * they say nothing about which event an item reports and would glue unrelated items together.
 */
function withoutStockPhrases(sets: Array<Set<string>>): Array<Set<string>> {
  return withoutCommon(sets, STOCK_SHARE);
}

function withoutCommon(sets: Array<Set<string>>, share: number): Array<Set<string>> {
  const frequency = frequencies(sets);
  const limit = Math.max(STOCK_MIN_COUNT, Math.ceil(sets.length * share));
  return sets.map((set) => new Set([...set].filter((value) => (frequency.get(value) ?? 0) <= limit)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
