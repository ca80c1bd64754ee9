import type { StoryDraft, Summarizer, SummaryInput } from './llm.ts';
import { attribution, localDateParts, withAttribution } from '../../text/anchor-style.ts';
import { articleSentences } from '../../text/article-sentences.ts';
import { fullNamesByGivenName, withFullNames } from '../../text/full-names.ts';
import { isListItem } from '../../text/list-items.ts';
import { cutBeforeTitle, rolesByName, withRoles } from '../../text/person-roles.ts';
import { MAX_RANKED_SENTENCES, rankSentences, sentenceFeatures, type RankWork } from '../../text/rank-sentences.ts';
import { resolveRelativeTime, type DayMonthYear } from '../../text/resolve-relative-time.ts';
import { cutAtClause, shortenSentence } from '../../text/shorten.ts';
import { keyFigure, slideBullets } from '../../text/slide-bullets.ts';
import { countSyllables } from '../../text/syllables.ts';
import { expansionRatio, spokenSyllableCount } from '../../speech/spoken-length.ts';

/** Version of the extractive method; part of the summary cache key like a prompt version. */
export const EXTRACTIVE_VERSION = 'extractive-4';

/**
 * The summarizer reads at most this much of an article (about 12,000 words, far more than any news
 * story); the write stage cuts longer articles before and says so in the run report.
 */
export const MAX_READ_CHARS = 60_000;

/** Longer sentences are too much for one hearing: they are read shortened at a clause boundary. */
const SENTENCE_MAX = 45;
/** The lead carries who, what, when and where: it may run longer before it is shortened. */
const LEAD_MAX = 60;

/** "Điều này …", "Việc này …": a sentence that leans on one the listener did not hear. */
const BACK_REFERENCE = /^(?:Điều này|Điều đó|Việc này|Việc đó|Vụ việc này|Như vậy|Trong đó|Ngoài ra|Bên cạnh đó)(?!\p{L})/u;

/** Connectives that point back to a sentence the listener may not hear; dropped at the start. */
const CONNECTIVE = /^(?:Theo đó|Đồng thời|Tuy nhiên|Mặt khác|Cụ thể(?: hơn)?|Do đó|Vì vậy|Trong khi đó|Được biết),?\s+/u;

/** "ĐỒNG THÁP - ", "(Chinhphu.vn) - ", "(ĐTO) – " at the start of a lead. */
const DATELINE = /^(?:\([^)]{1,40}\)|[\p{Lu}\s.]{2,40})\s*[-–—]\s+/u;

/** A sentence the extractive summarizer may read, with its place in the article. */
export interface Candidate {
  text: string;
  position: number;
  syllables: number;
  /** It opened with a connective ("Theo đó, …"): fine after other sentences, not as the lead. */
  followsOn?: boolean;
}

/** What the caller may watch: the ranking work, bounded whatever the article's size. */
export interface ExtractiveOptions {
  work?: RankWork;
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The article up to MAX_READ_CHARS, ending at a paragraph or sentence end. */
export function readableText(text: string): string {
  if (text.length <= MAX_READ_CHARS) return text;
  const head = text.slice(0, MAX_READ_CHARS);
  const end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '));
  return end > MAX_READ_CHARS / 2 ? head.slice(0, end + 1) : head;
}

/**
 * The sentences worth reading aloud, in article order: no captions, credits, lead-ins or questions,
 * datelines removed, relative time made absolute from `published` or the sentence left out.
 */
export function candidateSentences(text: string, published: DayMonthYear | null = null): Candidate[] {
  const candidates: Candidate[] = [];
  const readable = readableText(text);
  let previous = '';
  for (const sentence of articleSentences(readable)) {
    const undated = sentence.replace(DATELINE, '').trim();
    // What the article wrote right before it, though a lead-in ("Nội dung bài báo nêu:") was left out.
    const at = readable.indexOf(undated.slice(0, 30));
    const item = isListItem(capitalize(undated.replace(CONNECTIVE, '').trim()), at > 0 ? readable.slice(Math.max(0, at - 40), at) : previous);
    previous = undated;
    if (BACK_REFERENCE.test(undated) || item) continue;
    const cleaned = resolveRelativeTime(capitalize(undated.replace(CONNECTIVE, '').trim()), published);
    if (cleaned === null || countSyllables(cleaned) < 6) continue;
    candidates.push({ text: cleaned, position: candidates.length, syllables: countSyllables(cleaned), followsOn: CONNECTIVE.test(undated) });
    if (candidates.length >= MAX_RANKED_SENTENCES) break;
  }
  return candidates;
}

/** A sentence that fits `max` syllables: asides in brackets dropped first, then cut at a clause boundary; null when no whole clause fits. */
export function fitSentence(text: string, max: number): string | null {
  if (countSyllables(text) <= max) return text;
  const plain = text.replace(/\s*\([^()]{0,160}\)/gu, '').replace(/\s+([,.;])/gu, '$1');
  if (countSyllables(plain) <= max) return plain;
  return cutAtClause(plain, max, Math.min(10, max)) ?? cutBeforeTitle(plain, max);
}

const DATE_OR_TIME = /(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|tháng|năm)\s+\d|\d{1,2}\/\d{1,2}|(?<![\p{L}])vừa(?![\p{L}])/iu;

/** The sentence says when near its start ("Ngày 6/2, …", "… vừa …"), not in a reference at its end. */
function saysWhen(text: string): boolean {
  const match = DATE_OR_TIME.exec(text);
  return match !== null && match.index < 60;
}

/** "Hiếu khai …": the sentence opens on a person's given name alone. */
function opensOnGivenName(text: string, names: Map<string, string>): boolean {
  const first = /^(?:(?:Ông|Bà|Anh|Chị)\s+)?(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])(?!\s+\p{Lu})/u.exec(text);
  return first !== null && names.has(first[1]!);
}

/**
 * The sentence to open with: the first, unless it opens on a lone given name ("Hiếu khai …") or
 * says no when while one of the next two does; then, of those, the one sharing most of the title's
 * words (what the story is about) and saying when.
 */
function chooseLead(candidates: Candidate[], title: Set<string>, names: Map<string, string>): number {
  const opening = candidates[0]!.text;
  const givenName = opensOnGivenName(opening, names);
  const dated = saysWhen(opening);
  const score = (candidate: Candidate) => {
    const features = sentenceFeatures(candidate.text);
    let shared = 0;
    for (const feature of title) if (!feature.includes(' ') && features.has(feature)) shared += 1;
    return shared + (saysWhen(candidate.text) ? 1 : 0) - (opensOnGivenName(candidate.text, names) ? 2 : 0);
  };
  let best = 0;
  for (let index = 1; index < Math.min(3, candidates.length); index += 1) {
    const candidate = candidates[index]!;
    if (candidate.followsOn || opensOnGivenName(candidate.text, names)) continue;
    if (!givenName && (dated || !saysWhen(candidate.text))) continue;
    if (best === 0 || score(candidate) > score(candidates[best]!)) best = index;
  }
  return best;
}

/** Jaccard overlap of two feature sets. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** How long a text is to say, in the unit of the story's range (see summarizeExtractively). */
export type Measure = (text: string) => number;

/** fitSentence in the range's unit: the cut is made in written syllables scaled by how much this sentence grows when read. */
function fitMeasured(text: string, max: number, measure: Measure): string | null {
  let limit = writtenFor(text, max, measure);
  for (let tries = 0; tries < 3 && limit >= 6; tries += 1) {
    const fitted = fitSentence(text, limit);
    if (fitted === null) return null;
    const size = measure(fitted);
    if (size <= max) return fitted;
    limit = Math.min(limit - 1, Math.floor((limit * max) / size));
  }
  return null;
}

/** The written syllables of `text` that take about `max` of the range's unit. */
function writtenFor(text: string, max: number, measure: Measure): number {
  return Math.floor((max * countSyllables(text)) / Math.max(1, measure(text)));
}

/** "… trong các trường hợp sau đây: - Đã bị kết án …": a list run into the sentence, of which only a part would be read. */
const INLINE_LIST = /:\s*[-–•+]\s/u;

/** "Đây là diện tích …": says what the sentence before it said; read only right after that sentence. */
const LEANS_BACK = /^(?:Đây|Đó)\s+(?:là|cũng là|chính là)(?![\p{L}\p{M}])/u;

/**
 * Picks the lead (shortened at a clause boundary when long, never skipped), then the best-ranked
 * sentences — title words count — that fit `max`, skipping near-duplicates. When that says less
 * than `min`, sentences that did not fit are added, whole or cut at a clause boundary, earlier ones
 * first, within `max` or else within `limit`; when even that stays short, the article's own order
 * is tried the same way (the next sentences after the lead). The lead first, the rest in article order.
 */
export function selectSentences(
  candidates: Candidate[],
  range: { min: number; max: number; limit?: number },
  title = '',
  options: ExtractiveOptions & { names?: Map<string, string>; measure?: Measure } = {},
): Candidate[] {
  if (candidates.length === 0) return [];
  const measure = options.measure ?? countSyllables;
  const limit = Math.max(range.max, range.limit ?? range.max);
  const titleFeatures = sentenceFeatures(title);
  const scores = rankSentences(candidates.map((candidate) => candidate.text), { work: options.work }).map((score, index) => {
    const features = sentenceFeatures(candidates[index]!.text);
    let shared = 0;
    for (const feature of titleFeatures) if (features.has(feature)) shared += 1;
    return score * (1 + shared / Math.max(1, titleFeatures.size));
  });
  const leadIndex = chooseLead(candidates, titleFeatures, options.names ?? new Map());
  const leadCandidate = candidates[leadIndex]!;
  const leadMax = Math.min(LEAD_MAX, range.max);
  const plainLead = leadCandidate.text.replace(/\s*\([^()]{0,160}\)/gu, '').replace(/\s+([,.;])/gu, '$1');
  // Never skipped: whole when it fits the story, cut at any clause boundary only when it does not.
  const leadText = fitSentence(leadCandidate.text, leadMax) ?? (countSyllables(plainLead) <= range.max ? plainLead : shortenSentence(plainLead, range.max));
  const lead = { ...leadCandidate, text: leadText, syllables: countSyllables(leadText) };
  const others = candidates.map((_, index) => index).filter((index) => index !== leadIndex && !INLINE_LIST.test(candidates[index]!.text));

  // Two counts: the ranked choice was tuned on written syllables; whether the story is long enough
  // is judged by what the newsreader says (`measure`).
  const pack = () => {
    const chosen: Candidate[] = [lead];
    const chosenFeatures = [sentenceFeatures(lead.text)];
    let used = measure(lead.text);
    let written = lead.syllables;
    // Not yet: the sentence it refers to is not (yet) read.
    const waits = (index: number) => LEANS_BACK.test(candidates[index]!.text) && !chosen.some((candidate) => candidate.position === candidates[index]!.position - 1);
    const add = (index: number, text: string) => {
      const features = sentenceFeatures(text);
      if (chosenFeatures.some((other) => overlap(features, other) > 0.45)) return;
      if (waits(index)) return;
      chosen.push({ ...candidates[index]!, text, syllables: countSyllables(text) });
      chosenFeatures.push(features);
      used += measure(text);
      written += countSyllables(text);
    };
    const within = (text: string, room: number) => (room >= 10 ? fitMeasured(text, room, measure) : null);
    // Short of `min`: the next sentence that fits the room left, past `max` up to `limit` only when it must.
    const fill = (order: number[]) => {
      for (const index of order) {
        if (used >= range.min) break;
        const text = candidates[index]!.text;
        const fitted = within(text, range.max - used) ?? within(text, limit - used);
        if (fitted !== null) add(index, fitted);
      }
    };
    return { chosen, add, fill, waits, used: () => used, written: () => written };
  };

  const byRank = pack();
  const skipped: number[] = [];
  for (const index of [...others].sort((a, b) => scores[b]! - scores[a]! || a - b)) {
    const text = fitSentence(candidates[index]!.text, SENTENCE_MAX);
    // Too long for one hearing, or waiting for the sentence it refers to: tried again below when the story is short.
    if (text === null || byRank.waits(index) || byRank.written() + countSyllables(text) > range.max) skipped.push(index);
    else byRank.add(index, text);
  }
  // Earlier sentences first: they carry the story's main facts.
  byRank.fill(skipped.sort((a, b) => a - b));
  let best = byRank;
  if (byRank.used() < range.min) {
    const inOrder = pack();
    inOrder.fill(others);
    if (inOrder.used() > byRank.used()) best = inOrder;
  }
  return [lead, ...best.chosen.slice(1).sort((a, b) => a.position - b.position)];
}

/** The extractive draft of one story: its own sentences, an anchor attribution, bullets from the same sentences. */
export function summarizeExtractively(input: SummaryInput, options: ExtractiveOptions = {}): StoryDraft {
  const primary = input.sources[0];
  const title = input.title.trim() || primary?.title.trim() || 'Tin tức';
  const text = readableText(primary?.text ?? '');
  const published = localDateParts(primary?.published);
  const candidates = candidateSentences(text, published);
  const source = { name: primary?.name ?? 'nguồn tin', published: primary?.published ?? null };
  // The range is written syllables at this article's expansion (see storyWords): a sentence is
  // counted by what the newsreader says, so one full of figures costs what it takes to read.
  const expansion = expansionRatio([text]);
  // Sentences are measured again while packing, fitting and choosing twice: each is normalized once.
  const measured = new Map<string, number>();
  const measure: Measure = (sentence) => {
    let size = measured.get(sentence);
    if (size === undefined) measured.set(sentence, (size = spokenSyllableCount(sentence) / expansion));
    return size;
  };
  const frame = measure(attribution(source, ''));
  // Room for the full names said at first mention.
  const max = Math.max(8, input.words - frame - 4);
  const min = Math.min(max, Math.max(0, (input.minWords ?? Math.round(input.words * 0.67)) - frame));
  const limit = Math.max(max, (input.limitWords ?? input.words) - frame - 4);
  const names = fullNamesByGivenName(text);
  const roles = rolesByName(text);
  const write = (range: { min: number; max: number; limit: number }) => {
    const chosen = selectSentences(candidates, range, title, { ...options, names, measure });
    const sentences = withRoles(withFullNames(chosen.map((candidate) => candidate.text), names), roles);
    const script = sentences.length === 0 ? '' : [withAttribution(attribution(source, sentences[0]!), sentences[0]!, text), ...sentences.slice(1)].join(' ');
    return { chosen, sentences, script };
  };
  let attempt = write({ min, max, limit });
  // A title said after a name at its first mention can take the story past its longest: chosen again in less room.
  const over = measure(attempt.script) - (input.limitWords ?? input.words);
  if (over > 0) attempt = write({ min: Math.min(min, limit - over), max: Math.max(8, max - over), limit: Math.max(8, limit - over) });
  const { chosen, sentences, script } = attempt;
  if (chosen.length === 0) {
    const sentence = title.replace(/[.!?…]*$/u, '.');
    return { headline: title, script: withAttribution(attribution(source, sentence), sentence), bullets: slideBullets([], [], null, title) };
  }
  const first = sentences[0]!;
  const others = candidates.filter((candidate) => !chosen.some((c) => c.position === candidate.position)).map((candidate) => candidate.text);
  const bullets = slideBullets(sentences, others, keyFigure(title, first, text), title);
  return { headline: title, script, bullets };
}

/** Offline, deterministic summarizer: no key, no network. */
export function createExtractiveSummarizer(): Summarizer {
  return {
    provider: 'extractive',
    model: EXTRACTIVE_VERSION,
    promptVersion: EXTRACTIVE_VERSION,
    async summarize(input, { signal }) {
      signal?.throwIfAborted();
      return summarizeExtractively(input);
    },
  };
}
