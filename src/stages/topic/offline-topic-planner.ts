import { keySentences, rankSentences, splitSentences, toBullet } from './key-sentences.ts';
import { CONTENT_SLIDES, type TopicInput, type TopicOutline, type TopicPlanner, type TopicSlide } from './topic-outline.ts';

interface Part {
  heading: string;
  sentences: string[];
  sourceIndex: number;
}

const HEADING = /^#{1,4}\s+(.+?)\s*#*$/;
const CONCLUSION = /^(kết luận|tổng kết|lời kết)/i;

/** Splits a source at its Markdown headings; text before the first heading goes under the source's name. */
export function sourceParts(text: string, name: string, sourceIndex: number): Part[] {
  const parts: Part[] = [];
  let heading = name;
  let body: string[] = [];
  const flush = () => {
    const sentences = splitSentences(body.join('\n'));
    if (sentences.length > 0) parts.push({ heading, sentences, sourceIndex });
    body = [];
  };
  for (const line of text.split('\n')) {
    const match = HEADING.exec(line.trim());
    if (match?.[1]) {
      flush();
      heading = match[1].replace(/[*_`]/g, '').trim();
    } else {
      body.push(line);
    }
  }
  flush();
  return parts;
}

/** Cuts the part with the most sentences in two until there are enough slides (or nothing left to cut). */
function spread(parts: Part[]): Part[] {
  const result = [...parts];
  while (result.length < CONTENT_SLIDES.min) {
    let largest = -1;
    result.forEach((part, index) => {
      if (part.sentences.length >= 4 && (largest < 0 || part.sentences.length > (result[largest]?.sentences.length ?? 0))) largest = index;
    });
    if (largest < 0) break;
    const part = result[largest]!;
    const half = Math.ceil(part.sentences.length / 2);
    const base = part.heading.replace(/ \(phần \d+\)$/, '');
    result.splice(largest, 1, { ...part, heading: `${base} (phần 1)`, sentences: part.sentences.slice(0, half) }, { ...part, heading: `${base} (phần 2)`, sentences: part.sentences.slice(half) });
  }
  return result;
}

/** Keeps the most substantial parts, in document order, when there are too many. */
function trim(parts: Part[]): Part[] {
  if (parts.length <= CONTENT_SLIDES.max) return parts;
  const keep = new Set(parts.map((part, index) => ({ index, size: part.sentences.length })).sort((a, b) => b.size - a.size || a.index - b.index).slice(0, CONTENT_SLIDES.max).map((e) => e.index));
  return parts.filter((_, index) => keep.has(index));
}

/** The offline slide for one part: its best sentences as bullets, its leading sentences as notes. */
export function partSlide(part: Part): TopicSlide {
  // Photo credits and captions ("Phạm Dự", "Ảnh: …") are sentences too; a bullet needs a statement.
  const statements = part.sentences.filter((sentence) => sentence.split(' ').length >= 5 && !/^(Ảnh|Nguồn|Video)\s*:/i.test(sentence));
  const pool = statements.length > 0 ? statements : part.sentences;
  const bullets = keySentences(pool, Math.min(4, pool.length)).map((s) => toBullet(s));
  const notes = part.sentences.slice(0, 8).join(' ');
  return { heading: part.heading, bullets, notes, sourceIndex: part.sourceIndex };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Builds the outline from the sources' headings and key sentences; deterministic, no network. */
export function planTopicOffline(input: TopicInput): TopicOutline {
  const all = input.sources.flatMap((source, index) => sourceParts(source.text, source.name, index));
  const conclusionParts = all.filter((part) => CONCLUSION.test(part.heading));
  const sections = all.filter((part) => !CONCLUSION.test(part.heading));
  // A one-sentence preamble (who wrote the document, for which meeting) is no slide of its own.
  const substantial = sections.filter((part) => part.sentences.length >= 2);
  const body = substantial.length >= CONTENT_SLIDES.min ? substantial : sections;
  const parts = trim(spread(body.length > 0 ? body : all));
  const slides = parts.map(partSlide);
  const headings = [...new Set(parts.map((part) => part.heading.replace(/ \(phần \d+\)$/, '')))];

  const objectives = [
    ...headings.slice(0, 3).map((heading, i) => `${['Nắm vững', 'Làm rõ', 'Quán triệt'][i]} ${lowerFirst(heading)}`),
    'Liên hệ trách nhiệm của mỗi đảng viên với nhiệm vụ của chi bộ và cơ quan',
  ];
  const templates = [
    (h: string) => `Nội dung “${h}” có ý nghĩa gì đối với công tác của đơn vị ta?`,
    (h: string) => `Liên hệ thực tế, bản thân đồng chí đã làm được gì và còn hạn chế gì về “${h}”?`,
    (h: string) => `Chi bộ cần có giải pháp gì để thực hiện tốt “${h}” trong thời gian tới?`,
  ];
  const questions = [
    ...headings.slice(0, 3).map((heading, i) => templates[i]!(lowerFirst(heading).replace(/^./, (c) => c.toLocaleUpperCase('vi')))),
    `Mỗi đảng viên cần làm gì để thực hiện tốt chuyên đề “${input.title}”?`,
  ];
  const conclusionSentences = conclusionParts.length > 0
    ? conclusionParts.flatMap((part) => part.sentences)
    : all.flatMap((part) => part.sentences);
  const best = rankSentences(conclusionSentences).slice(0, 3).sort((a, b) => a - b);
  const conclusion = best.map((index) => toBullet(conclusionSentences[index] ?? '')).filter(Boolean);

  return {
    title: input.title,
    objectives: objectives.slice(0, 5),
    slides: slides.length > 0 ? slides : [{ heading: input.title, bullets: [input.title], notes: input.title, sourceIndex: 0 }],
    questions: questions.slice(0, 6),
    conclusion: conclusion.length > 0 ? conclusion : [input.title],
  };
}

/** The offline planner as a TopicPlanner. */
export function createOfflineTopicPlanner(): TopicPlanner {
  return { provider: 'offline', plan: async (input) => planTopicOffline(input) };
}
