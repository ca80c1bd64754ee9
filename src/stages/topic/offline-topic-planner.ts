import { markdownLines } from './markdown-lines.ts';
import { keySentences, nearDuplicate, rankSentences, sentenceKey, splitSentences, toBullets } from './key-sentences.ts';
import { structureLines } from './structure-lines.ts';
import type { DocumentBlock } from './topic-document.ts';
import { CONTENT_SLIDES, type TopicInput, type TopicOutline, type TopicPlanner, type TopicSlide, type TopicSource } from './topic-outline.ts';

/** A heading and what lies under it, down to the next heading of the same level. */
interface Section {
  heading: string;
  level: number;
  blocks: DocumentBlock[];
  children: Section[];
  sourceIndex: number;
}

const PURPOSE = /^(mục đích|mục tiêu|yêu cầu)/iu;
const CONCLUSION = /^(kết luận|tổng kết|lời kết|phần kết|thay lời kết)/iu;
const CONTAINER = /^(nội dung|nội dung chính|nội dung chuyên đề|nội dung cơ bản|nội dung sinh hoạt|những nội dung chính)$/iu;
const CLOSING_PARAGRAPH = /^(phát biểu kết luận|kết luận (buổi|hội nghị)|tóm lại|nhìn chung|có thể khẳng định)/iu;
const CAPTION = /^(ảnh|nguồn|video)\s*[:：]/iu;
const MIN_QUOTE_WORDS = 12;
const SLIDE_BULLETS = 5;

/** The source's blocks: as its reader found them, or read from its Markdown-like text. */
export function sourceBlocks(source: TopicSource): DocumentBlock[] {
  if (source.blocks) return source.blocks;
  return structureLines(markdownLines(source.text)).blocks;
}

/** A source's heading tree; text before the first heading sits under the source's own title. */
export function sourceSections(source: TopicSource, sourceIndex: number): Section[] {
  const root: Section = { heading: source.name, level: 0, blocks: [], children: [], sourceIndex };
  const stack: Section[] = [root];
  for (const block of sourceBlocks(source)) {
    if (block.kind === 'heading') {
      while (stack.length > 1 && stack.at(-1)!.level >= block.level) stack.pop();
      const section: Section = { heading: block.text, level: block.level, blocks: [], children: [], sourceIndex };
      stack.at(-1)!.children.push(section);
      stack.push(section);
    } else {
      stack.at(-1)!.blocks.push(block);
    }
  }
  const preamble = root.blocks.length > 0 ? [{ ...root, children: [] }] : [];
  return [...preamble, ...root.children];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** Every block of a section and its children, in order. */
function allBlocks(section: Section): DocumentBlock[] {
  return [...section.blocks, ...section.children.flatMap(allBlocks)];
}

interface Quote {
  text: string;
  lead?: string;
}

/** Quotations of a run of blocks: quote blocks, and long “…” inside a paragraph with what introduces it. */
function quotesOf(blocks: DocumentBlock[]): { quotes: Quote[]; sentences: string[] } {
  const quotes: Quote[] = [];
  const sentences: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'quote') {
      if (words(block.text) >= MIN_QUOTE_WORDS) quotes.push({ text: block.text, ...(block.lead ? { lead: block.lead } : {}) });
      else sentences.push(...(block.lead ? [`${block.lead} ${block.text}`] : [block.text]));
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    for (const sentence of splitSentences(block.text)) {
      const inline = /^(.{0,300}?[:,])\s*(“[^”]+”)[.]?$/u.exec(sentence);
      if (inline?.[1] && inline[2] && words(inline[2]) >= MIN_QUOTE_WORDS) quotes.push({ text: inline[2], lead: inline[1].replace(/,$/, ':') });
      else sentences.push(sentence);
    }
  }
  return { quotes, sentences };
}

/** News agency tags opening a lead ("(VKSĐT) - ", "TTXVN - ") are no part of the statement. */
const AGENCY_TAG = /^\(?[\p{Lu}Đ]{2,12}\)?\s*[-–—]\s+/u;

function statements(sentences: string[]): string[] {
  // A sentence ending in ":" only introduces a list; it is no statement on its own.
  return sentences.map((sentence) => sentence.replace(AGENCY_TAG, '')).filter((sentence) => words(sentence) >= 5 && !CAPTION.test(sentence) && !/:\s*$/.test(sentence));
}

/** Keeps bullets unique across the whole deck: the same or nearly the same sentence appears once. */
function createDeduper(headings: string[]) {
  const used: string[] = [];
  const titles = new Set(headings.map(sentenceKey));
  return (candidate: string): boolean => {
    const key = sentenceKey(candidate);
    if (!key || titles.has(key) || used.some((other) => sentenceKey(other) === key || nearDuplicate(other, candidate))) return false;
    used.push(candidate);
    return true;
  };
}

interface Part {
  heading: string;
  sourceIndex: number;
  /** Subsections (a), b), 1.1) or the part itself when it has none. */
  groups: Array<{ subheading?: string; sentences: string[]; notes: string[] }>;
  quotes: Quote[];
}

function toPart(section: Section, heading: string): Part {
  const groups: Part['groups'] = [];
  const quotes: Quote[] = [];
  const add = (subheading: string | undefined, blocks: DocumentBlock[]) => {
    const found = quotesOf(blocks);
    quotes.push(...found.quotes);
    const sentences = statements(found.sentences);
    if (sentences.length > 0) groups.push({ ...(subheading ? { subheading } : {}), sentences, notes: found.sentences.map((sentence) => sentence.replace(AGENCY_TAG, '')) });
  };
  add(undefined, section.blocks);
  for (const child of section.children) add(child.heading, allBlocks(child));
  return { heading, sourceIndex: section.sourceIndex, groups, quotes };
}

/** A long run of paragraphs with no headings (a news article) is cut into slides of a few paragraphs each. */
function chunkGroups(part: Part): Part {
  const groups = part.groups.flatMap((group) => {
    if (group.subheading || group.sentences.length <= 8) return [group];
    // At most about five slides for one long run, whatever the article's length.
    const size = Math.max(6, Math.ceil(group.sentences.length / 5));
    const chunks: Part['groups'] = [];
    for (let i = 0; i < group.sentences.length; i += size) chunks.push({ sentences: group.sentences.slice(i, i + size), notes: group.sentences.slice(i, i + size) });
    return chunks;
  });
  return { ...part, groups };
}

/** Builds the outline from the documents' structure; extractive, deterministic, no network. */
export function planTopicOffline(input: TopicInput): TopicOutline {
  const sections = input.sources.flatMap((source, index) => sourceSections(source, index));
  const purpose = sections.filter((section) => PURPOSE.test(section.heading));
  const conclusions = sections.filter((section) => CONCLUSION.test(section.heading));
  const partSections = sections
    .filter((section) => !PURPOSE.test(section.heading) && !CONCLUSION.test(section.heading))
    .flatMap((section) => (CONTAINER.test(section.heading) && section.children.length > 0 ? [{ ...section, children: [] }, ...section.children] : [section]))
    .filter((section) => allBlocks(section).length > 0);
  const parts = partSections.map((section) => chunkGroups(toPart(section, section.heading))).filter((part) => part.groups.length > 0 || part.quotes.length > 0);

  const unique = createDeduper([input.title, ...parts.map((part) => part.heading)]);

  const objectiveSentences = purpose.flatMap((section) => allBlocks(section)).flatMap((block) => (block.kind === 'paragraph' ? splitSentences(block.text) : []));
  const objectives = objectiveSentences.flatMap((sentence) => toBullets(sentence)).filter(unique).slice(0, 4);
  if (objectives.length === 0) {
    objectives.push(...parts.slice(0, 3).map((part) => `Nắm được nội dung “${part.heading}”`), 'Liên hệ trách nhiệm của mỗi đảng viên với nhiệm vụ của chi bộ và cơ quan');
  }

  // The conclusion comes from the document's own conclusion; failing that, its closing paragraph; failing that, each part's key point.
  let conclusionSentences = conclusions.flatMap((section) => statements(quotesOf(allBlocks(section)).sentences));
  if (conclusionSentences.length === 0) {
    const last = parts.at(-1);
    const closing = last?.groups.at(-1)?.sentences.filter((sentence) => CLOSING_PARAGRAPH.test(sentence)) ?? [];
    if (last && closing.length > 0) {
      conclusionSentences = closing;
      for (const group of last.groups) group.sentences = group.sentences.filter((sentence) => !closing.includes(sentence));
    }
  }
  const conclusion: string[] = [];
  const keyPoints = conclusionSentences.length === 0;
  if (!keyPoints) {
    for (const sentence of keySentences(conclusionSentences, 3)) conclusion.push(...toBullets(sentence).filter(unique));
  }

  const slides: TopicSlide[] = [];
  parts.forEach((part, index) => {
    const number = index + 1;
    for (const quote of part.quotes) {
      if (!unique(quote.text)) continue;
      slides.push({ heading: part.heading, part: number, kind: 'quote', bullets: [quote.text, ...(quote.lead ? [quote.lead] : [])], notes: `${quote.lead ?? 'Trích dẫn:'} ${quote.text}`, sourceIndex: part.sourceIndex });
    }
    const all = part.groups.flatMap((group) => group.sentences);
    if (keyPoints && all.length >= 3) {
      const best = all[rankSentences(all)[0]!]!;
      const point = toBullets(best).filter(unique);
      if (point.length > 0) {
        conclusion.push(...point);
        for (const group of part.groups) group.sentences = group.sentences.filter((sentence) => sentence !== best);
      }
    }
    const perGroup = part.groups.length > 1 ? 3 : 4;
    let pending: { subheading?: string; bullets: string[]; notes: string[] } | null = null;
    const flush = () => {
      if (!pending || pending.bullets.length === 0) return;
      const continued = slides.some((slide) => slide.part === number && slide.kind !== 'quote');
      slides.push({
        heading: continued ? `${part.heading} (tiếp theo)` : part.heading,
        part: number,
        ...(pending.subheading ? { subheading: pending.subheading } : {}),
        bullets: pending.bullets,
        notes: pending.notes.join(' ') || pending.bullets.join(' '),
        sourceIndex: part.sourceIndex,
      });
      pending = null;
    };
    for (const group of part.groups) {
      const bullets = keySentences(group.sentences, Math.min(perGroup, group.sentences.length)).flatMap((sentence) => toBullets(sentence)).filter(unique);
      if (bullets.length === 0) continue;
      if (pending && (group.subheading || pending.bullets.length + bullets.length > SLIDE_BULLETS)) flush();
      pending ??= { ...(group.subheading ? { subheading: group.subheading } : {}), bullets: [], notes: [] };
      pending.bullets.push(...bullets);
      pending.notes.push(...group.notes.slice(0, 8));
    }
    flush();
  });

  const questions = questionsFor(parts.map((part) => part.heading), input.title);
  return {
    title: input.title,
    objectives: objectives.slice(0, 5),
    slides: slides.length > 0 ? slides.slice(0, CONTENT_SLIDES.max) : [{ heading: input.title, part: 1, bullets: [input.title], notes: input.title, sourceIndex: 0 }],
    questions,
    conclusion: conclusion.length > 0 ? conclusion.slice(0, 5) : [`Mỗi đảng viên cần quán triệt và thực hiện tốt chuyên đề “${input.title}”`],
  };
}

/** Discussion questions about the parts' content, each template used once. */
function questionsFor(headings: string[], title: string): string[] {
  const templates: Array<{ when: RegExp; ask: (h: string) => string }> = [
    { when: /lời dạy|tư tưởng|hồ chí minh|của bác|di chúc/iu, ask: (h) => `Nội dung “${h}” gợi cho đồng chí suy nghĩ gì về việc rèn luyện của bản thân?` },
    { when: /thực trạng|hạn chế|nguyên nhân|kết quả|tồn tại/iu, ask: (h) => `Từ nội dung “${h}”, đơn vị ta còn những hạn chế nào cần khắc phục, và khắc phục bằng cách nào?` },
    { when: /giải pháp|nhiệm vụ|phương hướng|thời gian tới|kiến nghị/iu, ask: (h) => `Đồng chí sẽ làm gì cụ thể để thực hiện “${lowerFirst(h)}” trong công việc được giao?` },
    { when: /./u, ask: (h) => `Nội dung “${h}” đặt ra yêu cầu gì đối với mỗi đảng viên của Chi bộ?` },
  ];
  const used = new Set<number>();
  const questions: string[] = [];
  for (const heading of headings) {
    const index = templates.findIndex((template, i) => !used.has(i) && template.when.test(heading));
    if (index < 0) continue;
    used.add(index);
    questions.push(templates[index]!.ask(heading));
    if (questions.length >= 3) break;
  }
  questions.push(`Mỗi đảng viên cần làm gì để thực hiện tốt chuyên đề “${title}”?`);
  return questions;
}

/** The offline planner as a TopicPlanner. */
export function createOfflineTopicPlanner(): TopicPlanner {
  return { provider: 'offline', plan: async (input) => planTopicOffline(input) };
}
