import { BantinError } from '../../domain/errors.ts';
import type { DeckThemeId } from '../../deck/deck-theme.ts';
import { checkFacts } from '../check/check-facts.ts';
import { nearDuplicate, sentenceKey } from './key-sentences.ts';
import { coverageWarning, topicCoverage } from './topic-coverage.ts';
import { planTopicOffline } from './offline-topic-planner.ts';
import { renderTopicDeck } from './render-topic-deck.ts';
import { CONTENT_SLIDES, TopicOutlineSchema, type TopicInput, type TopicOutline, type TopicPlanner } from './topic-outline.ts';

export type { TopicInput, TopicOutline, TopicPlanner, TopicSource } from './topic-outline.ts';

export interface TopicDeckOptions {
  theme: DeckThemeId;
  logo?: Uint8Array;
  /** An LLM planner; without one (or when it fails) the outline is built offline. */
  planner?: TopicPlanner;
  signal?: AbortSignal;
}

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Keeps what the LLM wrote only where the sources support it. Every bullet is checked against its
 * source with the project's fact check (numbers, dates, names); a quotation must stand in its
 * source word for word; a bullet cut with "…" or said twice anywhere in the deck is dropped. A
 * slide left with nothing becomes the offline slide at that place.
 */
export function verifyOutline(planned: TopicOutline, offline: TopicOutline, input: TopicInput): { outline: TopicOutline; problems: string[] } {
  const problems: string[] = [];
  const allTexts = input.sources.map((source) => source.text);
  const seen: string[] = [input.title];
  const fresh = (text: string) => {
    if (seen.some((other) => sentenceKey(other) === sentenceKey(text) || nearDuplicate(other, text))) return false;
    seen.push(text);
    return true;
  };
  const supported = (text: string, sourceTexts: string[], allowed: string[]) => checkFacts({ headline: '', script: '', bullets: [text] }, sourceTexts, { allowed });
  const checkItems = (items: string[], what: string, sourceTexts: string[], allowed: string[]) =>
    items.filter((item) => {
      if (/(…|\.\.\.)\s*$/.test(item)) {
        problems.push(`${what}: bỏ ý bị cắt dở “${item.slice(0, 60)}”.`);
        return false;
      }
      const issues = supported(item, sourceTexts, allowed);
      if (issues.length > 0) {
        problems.push(`${what}: bỏ ý “${item.slice(0, 60)}” vì ${issues.map((i) => `“${i.value}”`).join(', ')} không thấy trong nguồn.`);
        return false;
      }
      return fresh(item);
    });

  const slides: TopicOutline['slides'] = [];
  planned.slides.slice(0, CONTENT_SLIDES.max).forEach((slide, index) => {
    const source = input.sources[slide.sourceIndex];
    const fallback = offline.slides[Math.min(index, offline.slides.length - 1)]!;
    if (!source) {
      problems.push(`Trang “${slide.heading}” dẫn nguồn không có (số ${slide.sourceIndex + 1}); dùng trang lập tự động.`);
      slides.push(fallback);
      return;
    }
    if (slide.kind === 'quote') {
      const quote = slide.bullets[0] ?? '';
      if (!squash(source.text).includes(squash(quote)) || !/[”"»]\s*[.!?…]?$/.test(quote.trim())) {
        problems.push(`Trang trích dẫn “${slide.heading}”: lời trích không đúng nguyên văn trong nguồn; bỏ trang này.`);
        return;
      }
      if (fresh(quote)) slides.push(slide);
      return;
    }
    const headingIssues = supported(slide.heading, [source.text], [input.title, source.name]);
    const bullets = checkItems(slide.bullets, `Trang “${slide.heading}”`, [source.text], [input.title, source.name]);
    if (headingIssues.length > 0 || bullets.length === 0) {
      problems.push(`Trang “${slide.heading}” không còn ý nào đối chiếu được với nguồn; dùng trang lập tự động.`);
      slides.push(fallback);
      return;
    }
    slides.push({ ...slide, bullets });
  });
  for (const extra of offline.slides.slice(slides.length)) {
    if (slides.length >= CONTENT_SLIDES.min) break;
    slides.push(extra);
  }
  const list = (items: string[], fallback: string[], what: string) => {
    const kept = checkItems(items, what, allTexts, [input.title]);
    return kept.length > 0 ? kept : fallback;
  };
  return {
    outline: {
      title: input.title,
      objectives: list(planned.objectives, offline.objectives, 'Mục đích, yêu cầu'),
      slides: renumberParts(slides),
      questions: list(planned.questions, offline.questions, 'Câu hỏi thảo luận'),
      conclusion: list(planned.conclusion, offline.conclusion, 'Kết luận'),
      ...(planned.notice ? { notice: planned.notice } : {}),
    },
    problems,
  };
}

/** Parts numbered 1, 2, 3 in the order they appear, whatever numbers the planner gave them. */
export function renumberParts(slides: TopicOutline['slides']): TopicOutline['slides'] {
  const numbers = new Map<string, number>();
  return slides.map((slide) => {
    const key = `${slide.part ?? ''}|${slide.heading.replace(/ \(tiếp theo\)$/, '')}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return { ...slide, part: numbers.get(key)! };
  });
}

/**
 * The topical-session deck (sinh hoạt chuyên đề) from a title and source documents. Offline by
 * default; with a planner, its outline is checked against the sources slide by slide.
 */
export async function buildTopicDeck(input: TopicInput, options: TopicDeckOptions): Promise<{ pptx: Uint8Array; outline: TopicOutline; problems: string[] }> {
  const title = input.title.trim();
  if (!title) throw new BantinError('deck', 'Chuyên đề chưa có tiêu đề. Hãy nhập tiêu đề chuyên đề.');
  const sources = input.sources.filter((source) => source.text.trim().length > 0);
  if (sources.length === 0) {
    throw new BantinError('deck', `Chuyên đề “${title}” chưa có tài liệu nguồn nào có nội dung. Hãy thêm tài liệu (Word .docx, PDF, trang web, .md hoặc .txt).`);
  }
  const clean: TopicInput = { ...input, title, sources };
  const offline = planTopicOffline(clean);
  let outline = offline;
  const problems: string[] = [];
  const warning = coverageWarning(title, topicCoverage(clean));
  if (warning) problems.push(warning);
  if (options.planner && options.planner.provider !== 'offline') {
    try {
      const planned = TopicOutlineSchema.parse(await options.planner.plan(clean, { signal: options.signal }));
      const verified = verifyOutline(planned, offline, clean);
      outline = verified.outline;
      problems.push(...verified.problems);
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      problems.push(`Không lập được dàn ý bằng mô hình ngôn ngữ (${cause instanceof Error ? cause.message : String(cause)}); dùng dàn ý lập tự động từ tài liệu.`);
    }
  }
  if (warning) outline = { ...outline, notice: warning };
  const pptx = await renderTopicDeck(clean, outline, { theme: options.theme, logo: options.logo });
  return { pptx, outline, problems };
}
