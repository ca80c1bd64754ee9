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

/** Version of the extractive method; part of the summary cache key like a prompt version. */
export const EXTRACTIVE_VERSION = 'extractive-3';

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

/**
 * Picks the lead (shortened at a clause boundary when long, never skipped), then the best-ranked
 * sentences — title words count — that fit `max`, skipping near-duplicates; when that says less
 * than `min`, sentences that did not fit are added shortened. The lead first, the rest in article order.
 */
export function selectSentences(candidates: Candidate[], range: { min: number; max: number }, title = '', options: ExtractiveOptions & { names?: Map<string, string> } = {}): Candidate[] {
  if (candidates.length === 0) return [];
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
  const chosen: Candidate[] = [lead];
  const chosenFeatures = [sentenceFeatures(lead.text)];
  let used = lead.syllables;
  const add = (candidate: Candidate, text: string) => {
    const features = sentenceFeatures(text);
    if (chosenFeatures.some((other) => overlap(features, other) > 0.45)) return;
    chosen.push({ ...candidate, text, syllables: countSyllables(text) });
    chosenFeatures.push(features);
    used += countSyllables(text);
  };
  const ranked = candidates.map((_, index) => index).filter((index) => index !== leadIndex).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const skipped: number[] = [];
  for (const index of ranked) {
    const text = fitSentence(candidates[index]!.text, SENTENCE_MAX);
    // Too long for one hearing: tried again below, cut to the room left, when the story is short.
    if (text === null || used + countSyllables(text) > range.max) skipped.push(index);
    else add(candidates[index]!, text);
  }
  // Filling up with what did not fit: earlier sentences first, they carry the story's main facts.
  for (const index of skipped) {
    if (used >= range.min || range.max - used < 10) break;
    const text = fitSentence(candidates[index]!.text, range.max - used);
    if (text !== null) add(candidates[index]!, text);
  }
  return [lead, ...chosen.slice(1).sort((a, b) => a.position - b.position)];
}

/** The extractive draft of one story: its own sentences, an anchor attribution, bullets from the same sentences. */
export function summarizeExtractively(input: SummaryInput, options: ExtractiveOptions = {}): StoryDraft {
  const primary = input.sources[0];
  const title = input.title.trim() || primary?.title.trim() || 'Tin tức';
  const text = readableText(primary?.text ?? '');
  const published = localDateParts(primary?.published);
  const candidates = candidateSentences(text, published);
  const source = { name: primary?.name ?? 'nguồn tin', published: primary?.published ?? null };
  const frame = countSyllables(attribution(source, ''));
  // Room for the full names said at first mention.
  const max = Math.max(8, input.words - frame - 4);
  const min = Math.min(max, Math.max(0, (input.minWords ?? Math.round(input.words * 0.67)) - frame));
  const names = fullNamesByGivenName(text);
  const roles = rolesByName(text);
  const chosen = selectSentences(candidates, { min, max }, title, { ...options, names });
  if (chosen.length === 0) {
    const sentence = title.replace(/[.!?…]*$/u, '.');
    return { headline: title, script: withAttribution(attribution(source, sentence), sentence), bullets: slideBullets([], [], null, title) };
  }
  const sentences = withRoles(withFullNames(chosen.map((candidate) => candidate.text), names), roles);
  const first = sentences[0]!;
  const script = [withAttribution(attribution(source, first), first, text), ...sentences.slice(1)].join(' ');
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
