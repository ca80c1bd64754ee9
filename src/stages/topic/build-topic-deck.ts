import { BantinError } from '../../domain/errors.ts';
import type { DeckThemeId } from '../../deck/deck-theme.ts';
import { checkFacts } from '../check/check-facts.ts';
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

/**
 * Keeps what the LLM wrote only where the sources support it: a slide citing a source that does
 * not exist, or stating a number, date or name its source lacks, becomes the offline slide.
 */
export function verifyOutline(planned: TopicOutline, offline: TopicOutline, input: TopicInput): { outline: TopicOutline; problems: string[] } {
  const problems: string[] = [];
  const allTexts = input.sources.map((source) => source.text);
  const slides = planned.slides.slice(0, CONTENT_SLIDES.max).map((slide, index) => {
    const source = input.sources[slide.sourceIndex];
    const fallback = offline.slides[index] ?? offline.slides[index % offline.slides.length]!;
    if (!source) {
      problems.push(`Trang “${slide.heading}” dẫn nguồn không có (số ${slide.sourceIndex + 1}); dùng trang lập tự động.`);
      return fallback;
    }
    const issues = checkFacts({ headline: slide.heading, script: slide.notes, bullets: slide.bullets }, [source.text], { allowed: [input.title, source.name] });
    if (issues.length === 0) return slide;
    problems.push(`Trang “${slide.heading}” có ${issues.map((i) => `“${i.value}”`).join(', ')} không thấy trong nguồn; dùng trang lập tự động.`);
    return fallback;
  });
  for (const extra of offline.slides.slice(slides.length)) {
    if (slides.length >= CONTENT_SLIDES.min) break;
    slides.push(extra);
  }
  const checkList = (items: string[], fallback: string[], what: string) => {
    const issues = checkFacts({ headline: '', script: items.join(' '), bullets: [] }, allTexts, { allowed: [input.title] });
    if (issues.length === 0) return items;
    problems.push(`Phần ${what} có ${issues.map((i) => `“${i.value}”`).join(', ')} không thấy trong nguồn; dùng phần lập tự động.`);
    return fallback;
  };
  return {
    outline: {
      title: input.title,
      objectives: checkList(planned.objectives, offline.objectives, 'mục đích'),
      slides,
      questions: checkList(planned.questions, offline.questions, 'câu hỏi thảo luận'),
      conclusion: checkList(planned.conclusion, offline.conclusion, 'kết luận'),
    },
    problems,
  };
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
    throw new BantinError('deck', `Chuyên đề “${title}” chưa có tài liệu nguồn nào có nội dung. Hãy thêm tài liệu (tệp Markdown, văn bản hoặc trang web).`);
  }
  const clean: TopicInput = { ...input, title, sources };
  const offline = planTopicOffline(clean);
  let outline = offline;
  const problems: string[] = [];
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
  const pptx = await renderTopicDeck(clean, outline, { theme: options.theme, logo: options.logo });
  return { pptx, outline, problems };
}
