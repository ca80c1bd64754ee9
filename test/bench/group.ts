/**
 * `npm run bench:group`: grouping and selection over the real feeds in ../shared/corpus/rss.
 * Runs relevance → cluster → build stories → select exactly as a bulletin run does, then prints
 * the figures, every merged group by title, every rejected item with its reason, and how many of
 * the hand-written expectations (test/bench/group/expected-groups.ts) the code reproduces.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/catalog/load-catalog.ts';
import type { FeedItem, Story } from '../../src/domain/collected.ts';
import { DEFAULT_QUOTAS, SECTION_IDS, type SectionId } from '../../src/domain/sections.ts';
import { buildStories } from '../../src/stages/cluster/build-stories.ts';
import { clusterItems } from '../../src/stages/cluster/cluster-items.ts';
import { filterRelevant } from '../../src/stages/select/filter-relevant.ts';
import { selectStories } from '../../src/stages/select/select-stories.ts';
import { EXPECTED_APART, EXPECTED_GROUPS, EXPECTED_IRRELEVANT, EXPECTED_RELEVANT } from './group/expected-groups.ts';
import { loadRssCorpus } from './group/load-rss-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/rss', import.meta.url));

const corpus = await loadRssCorpus(corpusDir);
if (!corpus) {
  console.log(`bench:group: no corpus at ${corpusDir}; nothing to measure.`);
  process.exit(0);
}
const catalog = parseCatalog(readFileSync(`${root}feeds/catalog.json`, 'utf8'), 'feeds/catalog.json');
const { items, feeds } = corpus;
const short = (item: FeedItem) => `[${item.feedId}] ${item.title}`;
const has = (link: string) => (item: FeedItem) => item.link.includes(link);
const outlets = (story: Story) => new Set(story.sources.map((source) => source.name)).size;
console.log(`items: ${items.length} from ${feeds.size} feeds`);

// Grouping is judged on every item, relevance aside, so the sports coverage of the corpus (most of its multi-outlet events) counts.
const allClusters = clusterItems(items);
const allStories = buildStories(allClusters, feeds);
const merged = allClusters.filter((cluster) => cluster.length > 1);
console.log(`\ngrouping of all ${items.length} items: ${allStories.length} stories; multi-source ${allStories.filter((story) => story.sources.length > 1).length}, from two outlets or more ${allStories.filter((story) => outlets(story) > 1).length}; merged groups ${merged.length}:`);
for (const cluster of merged) console.log(`  * ${cluster.map(short).join('\n    ')}`);
const clusterOf = (link: string) => allClusters.find((cluster) => cluster.some(has(link)));
let groupsOk = 0;
console.log('expected groups:');
for (const group of EXPECTED_GROUPS) {
  const target = clusterOf(group.links[0]!);
  const members = group.links.every((link) => target?.some(has(link)));
  const others = EXPECTED_GROUPS.filter((other) => other !== group).some((other) => other.links.some((link) => target?.some(has(link))));
  const ok = members && !others && !!target;
  if (ok) groupsOk += 1;
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${group.event}${ok ? '' : `\n       got: ${(target ?? []).map(short).join(' | ')}`}`);
}
let apartOk = 0;
for (const { why, links } of EXPECTED_APART) {
  const ok = clusterOf(links[0]) !== clusterOf(links[1]);
  if (ok) apartOk += 1;
  else console.log(`  WRONGLY MERGED (${why}): ${links.join(' + ')}`);
}

const { kept, rejected } = filterRelevant(items, { feeds, rules: catalog.relevance });
console.log(`\nrejected by the relevance rules of feeds/catalog.json: ${rejected.length}`);
for (const { item, reason } of rejected) console.log(`  - ${short(item)}\n      ${reason}`);
const rejectedLinks = rejected.map(({ item }) => item.link);
const irrelevantOk = EXPECTED_IRRELEVANT.filter(({ link }) => rejectedLinks.some((entry) => entry.includes(link)));
const relevantOk = EXPECTED_RELEVANT.filter((link) => !rejectedLinks.some((entry) => entry.includes(link)));
for (const { kind, link } of EXPECTED_IRRELEVANT) if (!irrelevantOk.some((entry) => entry.link === link)) console.log(`  KEPT (${kind}): ${link}`);
for (const link of EXPECTED_RELEVANT) if (!relevantOk.includes(link)) console.log(`  REJECTED real news: ${link}`);

const stories = buildStories(clusterItems(kept), feeds);
console.log(`\nafter relevance: ${kept.length} items → ${stories.length} stories; multi-source ${stories.filter((story) => story.sources.length > 1).length}`);
console.log('\nselected per day (default quotas), as a weekly run would pick them:');
const days = [...new Set(stories.map((story) => story.published.slice(0, 10)))].sort();
for (const day of days) {
  const ofDay = stories.filter((story) => story.published.slice(0, 10) === day);
  if (ofDay.length < 3) continue;
  const window = { since: `${day}T00:00:00+07:00`, until: `${day}T23:59:59+07:00` };
  const picked: Story[] = selectStories(ofDay, { window, quotas: DEFAULT_QUOTAS, feeds });
  console.log(`  ${day}:`);
  for (const section of SECTION_IDS) for (const story of picked.filter((entry) => entry.section === section)) console.log(`    ${section.padEnd(10)} ${story.title}  (${story.sources.length} nguồn)`);
}

// Held out while tuning: team-written items judged once, at the end.
const heldOut = JSON.parse(readFileSync(fileURLToPath(new URL('./group/held-out.json', import.meta.url)), 'utf8')) as HeldOut;
const heldFeeds = new Map(Object.entries(heldOut.feeds).map(([id, section]) => [id, { ...feeds.values().next().value!, id, name: id, section }]));
const heldItems: FeedItem[] = heldOut.items.map((entry) => ({ feedId: entry.feed, title: entry.title, link: entry.link ?? `https://${entry.feed}.vn/${entry.id}.html`, guid: entry.id, published: entry.published, dateMissing: false, summary: entry.summary }));
const idOf = (item: FeedItem) => heldOut.items[heldItems.indexOf(item)]!.id;
const heldClusters = clusterItems(heldItems).map((cluster) => cluster.map(idOf));
const heldCluster = (id: string) => heldClusters.find((cluster) => cluster.includes(id))!;
const heldGroupsOk = heldOut.groups.filter((group) => {
  const cluster = heldCluster(group[0]!);
  return group.every((id) => cluster.includes(id)) && heldOut.groups.every((other) => other === group || other.every((id) => !cluster.includes(id)));
}).length;
const heldApartOk = heldOut.apart.filter(([a, b]) => !heldCluster(a!).includes(b!)).length;
const heldRejected = new Map(filterRelevant(heldItems, { feeds: heldFeeds, rules: catalog.relevance }).rejected.map(({ item, reason }) => [idOf(item), reason]));
console.log('\nheld-out team-written set (test/bench/group/held-out.json):');
for (const cluster of heldClusters.filter((entry) => entry.length > 1)) console.log(`  * ${cluster.join(' + ')}`);
for (const [id, reason] of heldRejected) console.log(`  - ${id}: ${reason}`);

console.log('\nsummary');
console.log(`  items ${items.length}; all items grouped: ${allStories.length} stories, ${merged.length} merged groups, ${allStories.filter((story) => outlets(story) > 1).length} from two outlets or more`);
console.log(`  relevance: kept ${kept.length}, rejected ${rejected.length}; after relevance ${stories.length} stories`);
console.log(`  expected groups reproduced: ${groupsOk}/${EXPECTED_GROUPS.length}`);
console.log(`  expected-apart pairs kept apart: ${apartOk}/${EXPECTED_APART.length}`);
console.log(`  irrelevant items rejected: ${irrelevantOk.length}/${EXPECTED_IRRELEVANT.length}`);
console.log(`  real news kept: ${relevantOk.length}/${EXPECTED_RELEVANT.length}`);
console.log(`  held-out set: groups ${heldGroupsOk}/${heldOut.groups.length}, apart ${heldApartOk}/${heldOut.apart.length}, irrelevant rejected ${heldOut.irrelevant.filter((id) => heldRejected.has(id)).length}/${heldOut.irrelevant.length}, real news kept ${heldOut.relevant.filter((id) => !heldRejected.has(id)).length}/${heldOut.relevant.length}`);

interface HeldOut {
  feeds: Record<string, SectionId>;
  items: Array<{ feed: string; id: string; published: string; title: string; summary: string; link?: string }>;
  groups: string[][];
  apart: Array<[string, string]>;
  irrelevant: string[];
  relevant: string[];
}
