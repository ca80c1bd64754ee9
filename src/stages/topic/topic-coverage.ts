import { syllables } from '../../text/syllables.ts';
import { splitSentences } from './key-sentences.ts';
import type { TopicInput } from './topic-outline.ts';

/** Syllables that carry no topic on their own. */
const STOP = new Set('của và trong các những về cho với là được đối người việc một có này đó theo tại từ để khi đã sẽ đang thì mà như nhằm trên dưới giữa sau trước năm mới tốt hơn nâng cao phát huy tăng cường đẩy mạnh thực hiện công tác vai trò vấn đề chuyên đề sinh hoạt học tập quán triệt tiếp tục'.split(' '));

export interface TopicCoverage {
  /** Topic words (two-syllable pairs of the title) that the sources contain, and those they lack. */
  found: string[];
  missing: string[];
  /** Source sentences that mention at least one topic word, of all sentences. */
  relevantSentences: number;
  totalSentences: number;
  /** True when the sources barely treat the title's topic. */
  weak: boolean;
}

/** Topic words of a title: adjacent pairs of its content syllables ("tinh thần", "trách nhiệm"), or single syllables of a very short title. */
function topicWords(title: string): string[] {
  const words = syllables(title);
  const pairs: string[] = [];
  // Pairs never cross a comma or a dash: "tư tưởng, đạo đức" gives no "tưởng đạo".
  for (const phrase of title.split(/[,;:–—()“”"]|\s-\s/)) {
    const run = syllables(phrase);
    for (let i = 0; i + 1 < run.length; i += 1) {
      if (!STOP.has(run[i]!) && !STOP.has(run[i + 1]!)) pairs.push(`${run[i]} ${run[i + 1]}`);
    }
  }
  return pairs.length > 0 ? [...new Set(pairs)] : [...new Set(words.filter((word) => !STOP.has(word)))];
}

/**
 * How much the sources talk about the title's topic: a deck titled one thing and built from
 * documents about another is flagged before it is built, not discovered in the meeting.
 */
export function topicCoverage(input: TopicInput): TopicCoverage {
  const terms = topicWords(input.title);
  const sentences = input.sources.flatMap((source) => splitSentences(source.text)).map((sentence) => ` ${syllables(sentence).join(' ')} `);
  const text = sentences.join(' ');
  const found = terms.filter((term) => text.includes(` ${term} `));
  const missing = terms.filter((term) => !found.includes(term));
  const relevant = sentences.filter((sentence) => terms.some((term) => sentence.includes(` ${term} `))).length;
  const weak = terms.length > 0 && (found.length / terms.length < 0.34 || relevant < Math.max(2, Math.ceil(sentences.length * 0.05)));
  return { found, missing, relevantSentences: relevant, totalSentences: sentences.length, weak };
}

/** The Vietnamese warning for weak coverage, or null. */
export function coverageWarning(title: string, coverage: TopicCoverage): string | null {
  if (!coverage.weak) return null;
  const lacking = coverage.missing.length > 0 ? ` Tài liệu không nhắc đến: ${coverage.missing.map((word) => `“${word}”`).join(', ')}.` : '';
  return `Tài liệu nguồn ít đề cập đến chủ đề “${title}”: chỉ ${coverage.relevantSentences}/${coverage.totalSentences} câu có nội dung liên quan đến tiêu đề.${lacking} Hãy kiểm tra lại tiêu đề hoặc bổ sung tài liệu đúng chủ đề.`;
}
