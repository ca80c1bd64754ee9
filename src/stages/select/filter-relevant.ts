import type { Feed, Relevance, RelevanceMatch } from '../../domain/catalog.ts';
import type { FeedItem } from '../../domain/collected.ts';
import { SECTION_TITLES, type SectionId } from '../../domain/sections.ts';
import { DEFAULT_RELEVANCE } from './default-relevance.ts';

/** An item a section does not take, and why, in Vietnamese for the run report. */
export interface RejectedItem {
  item: FeedItem;
  reason: string;
}

const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

/**
 * Keeps the items their feed's section takes: none matching an `exclude` of the section or of
 * `all`, and one matching an `include` when the section has any; items with no Vietnamese at all
 * (an English edition mixed into a feed) are never read aloud. `rules` defaults to the built-in
 * ones. Items of feeds not in `feeds` are kept. Order is preserved.
 */
export function filterRelevant(items: FeedItem[], options: { feeds: Map<string, Feed>; rules?: Relevance }): { kept: FeedItem[]; rejected: RejectedItem[] } {
  const rules = options.rules ?? DEFAULT_RELEVANCE;
  const kept: FeedItem[] = [];
  const rejected: RejectedItem[] = [];
  for (const item of items) {
    const section = options.feeds.get(item.feedId)?.section;
    const reason = section ? rejection(item, section, rules) : null;
    if (reason) rejected.push({ item, reason });
    else kept.push(item);
  }
  return { kept, rejected };
}

/** "38 tin không hợp với mục (thể thao 15, giải trí 17, …)": what the rules left out, for the progress line. */
export function describeRejections(rejected: RejectedItem[]): string {
  const counts = new Map<string, number>();
  for (const { reason } of rejected) {
    const kind = reason.replace(/ \(.*$/, '').replace(/:.*$/, '');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, count]) => `${kind} ${count}`);
  return `${rejected.length} tin không hợp với mục${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function rejection(item: FeedItem, section: SectionId, rules: Relevance): string | null {
  const text = `${item.title} ${item.summary}`;
  if (text.split(/\s+/).filter(Boolean).length >= 4 && !VIETNAMESE_LETTERS.test(text)) return 'không phải tiếng Việt';
  const haystack = syllableText(text);
  for (const match of [...(rules.all?.exclude ?? []), ...(rules[section]?.exclude ?? [])]) {
    const found = matchOf(item, haystack, match);
    if (found) return `${match.reason ?? 'bị loại trừ'} (${found})`;
  }
  const include = [...(rules.all?.include ?? []), ...(rules[section]?.include ?? [])];
  if (include.length > 0 && !include.some((match) => matchOf(item, haystack, match))) {
    const wanted = include.map((match) => match.reason).filter(Boolean);
    return `không thuộc mục "${SECTION_TITLES[section]}"${wanted.length ? `: không nói về ${wanted.join(', ')}` : ''}`;
  }
  return null;
}

/** What of `match` the item has, as the report shows it, or null. */
function matchOf(item: FeedItem, haystack: string, match: RelevanceMatch): string | null {
  const word = match.words.find((entry) => haystack.includes(` ${syllableText(entry).trim()} `));
  if (word) return `có từ "${word}"`;
  const categories = (item.categories ?? []).map(folded);
  const category = match.categories.find((entry) => categories.includes(folded(entry)));
  if (category) return `chuyên mục "${category}"`;
  const link = item.link.toLowerCase();
  const part = match.links.find((entry) => link.includes(entry.toLowerCase()));
  if (part) return `đường dẫn có "${part}"`;
  return null;
}

function syllableText(text: string): string {
  return ` ${folded(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

function folded(text: string): string {
  return text.normalize('NFC').toLowerCase().trim();
}
