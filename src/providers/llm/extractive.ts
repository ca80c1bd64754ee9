import type { StoryDraft, Summarizer, SummaryInput } from './llm.ts';
import { attribution, withAttribution } from './anchor-style.ts';
import { rankSentences, sentenceFeatures } from './rank-sentences.ts';
import { looksLikeInstruction } from './screen-instructions.ts';
import { shortenSentence, toBullet } from './shorten.ts';
import { countSyllables, splitSentences } from './split-sentences.ts';

export { splitSentences, countSyllables } from './split-sentences.ts';
export { rankSentences } from './rank-sentences.ts';

/** Version of the extractive method; part of the summary cache key like a prompt version. */
export const EXTRACTIVE_VERSION = 'extractive-1';

/** Photo captions, bylines, calls to watch a video: not news sentences. */
const NOT_NEWS = /^(?:Ảnh|Video|Clip|Đồ họa|Infographic|Nguồn|Xem thêm|Mời (?:quý vị|bạn đọc))(?!\p{L})|(?<!\p{L})Ảnh\s*:|\(Ảnh(?!\p{L})|:$/u;

/** Connectives that point back to a sentence the listener may not hear; dropped at the start. */
const CONNECTIVE = /^(?:Theo đó|Bên cạnh đó|Ngoài ra|Đồng thời|Tuy nhiên|Mặt khác|Như vậy|Cụ thể|Do đó|Vì vậy),\s+/u;

/** "ĐỒNG THÁP - ", "(Chinhphu.vn) - ", "(ĐTO) – " at the start of a lead. */
const DATELINE = /^(?:\([^)]{1,40}\)|[\p{Lu}\s.]{2,40})\s*[-–—]\s+/u;

/** A sentence the extractive summarizer may read, with its place in the article. */
export interface Candidate {
  text: string;
  position: number;
  syllables: number;
}

/** The sentences worth reading aloud, datelines removed, in article order. */
export function candidateSentences(text: string): Candidate[] {
  const all = splitSentences(text).map((sentence) => capitalize(sentence.replace(DATELINE, '').replace(CONNECTIVE, '').trim()));
  const usable = all.filter((sentence) => {
    const size = countSyllables(sentence);
    return size >= 6 && size <= 90 && !NOT_NEWS.test(sentence) && !looksLikeInstruction(sentence);
  });
  const chosen = usable.length > 0 ? usable : all.filter((sentence) => !looksLikeInstruction(sentence));
  return chosen.map((sentence, position) => ({ text: sentence, position, syllables: countSyllables(sentence) }));
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * Picks the lede when it fits (news states the key facts first), then the best-ranked sentences
 * that fit the budget, skipping near-duplicates (a lead repeated in the body). Returns them in
 * article order, at least one sentence, shortened if needed.
 */
export function selectSentences(candidates: Candidate[], budget: number): Candidate[] {
  if (candidates.length === 0) return [];
  const scores = rankSentences(candidates.map((candidate) => candidate.text));
  const ranked = candidates.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const order = [0, ...ranked.filter((index) => index !== 0)];
  const chosen: Candidate[] = [];
  let used = 0;
  for (const index of order) {
    const candidate = candidates[index]!;
    if (used + candidate.syllables > budget) continue;
    const features = sentenceFeatures(candidate.text);
    if (chosen.some((other) => overlap(features, sentenceFeatures(other.text)) > 0.5)) continue;
    chosen.push(candidate);
    used += candidate.syllables;
  }
  if (chosen.length === 0) {
    const best = candidates[order[0]!]!;
    const text = shortenSentence(best.text, Math.max(1, budget));
    chosen.push({ ...best, text, syllables: countSyllables(text) });
  }
  return chosen.sort((a, b) => a.position - b.position);
}

/** Jaccard overlap of two feature sets. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** 2–4 slide bullets from the chosen sentences (best first), then other ranked sentences, then clauses. */
function buildBullets(chosen: Candidate[], candidates: Candidate[], title: string): string[] {
  const bullets: string[] = [];
  const add = (text: string) => {
    const bullet = toBullet(text);
    if (bullet.length > 0 && !bullets.includes(bullet) && bullets.length < 4) bullets.push(bullet);
  };
  const scores = rankSentences(candidates.map((candidate) => candidate.text));
  const byRank = candidates.map((candidate, index) => ({ candidate, score: scores[index]! })).sort((a, b) => b.score - a.score);
  for (const { candidate } of byRank) if (chosen.some((c) => c.position === candidate.position)) add(candidate.text);
  for (const { candidate } of byRank) if (bullets.length < 2) add(candidate.text);
  if (bullets.length < 2) {
    for (const sentence of chosen) for (const clause of sentence.text.split(/(?<=[,;])\s+/)) if (countSyllables(clause) >= 3) add(clause);
  }
  if (bullets.length < 2) add(title);
  if (bullets.length < 2) add(`${title} (chi tiết trong bài gốc)`);
  const position = (bullet: string) => candidates.findIndex((c) => toBullet(c.text) === bullet);
  return bullets.map((bullet, index) => ({ bullet, index, at: position(bullet) })).sort((a, b) => (a.at < 0 || b.at < 0 ? a.index - b.index : a.at - b.at)).map((entry) => entry.bullet);
}

/** The extractive draft of one story: its own sentences, an anchor attribution, bullets from the same sentences. */
export function summarizeExtractively(input: SummaryInput): StoryDraft {
  const primary = input.sources[0];
  const title = input.title.trim() || primary?.title.trim() || 'Tin tức';
  const candidates = candidateSentences(primary?.text ?? '');
  const source = { name: primary?.name ?? 'nguồn tin', published: primary?.published ?? null };
  const lead = attribution(source, '');
  const budget = Math.max(8, input.words - countSyllables(lead));
  const chosen = selectSentences(candidates, budget);
  if (chosen.length === 0) {
    const sentence = title.replace(/[.!?…]*$/u, '.');
    return { headline: title, script: withAttribution(attribution(source, sentence), sentence), bullets: buildBullets([], [], title) };
  }
  const first = chosen[0]!;
  const finalLead = attribution(source, first.text);
  const script = [withAttribution(finalLead, first.text, primary?.text), ...chosen.slice(1).map((c) => c.text)].join(' ');
  return { headline: title, script, bullets: buildBullets(chosen, candidates, title) };
}

/** Offline, deterministic summarizer: no key, no network. */
export function createExtractiveSummarizer(): Summarizer {
  return {
    provider: 'extractive',
    model: EXTRACTIVE_VERSION,
    promptVersion: EXTRACTIVE_VERSION,
    async summarize(input) {
      return summarizeExtractively(input);
    },
  };
}
