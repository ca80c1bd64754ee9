import { splitSentences } from './split-sentences.ts';

/**
 * Sentences in an article that talk to a language model instead of a reader (indirect prompt
 * injection, OWASP LLM01). News prose essentially never says "ignore the previous instructions".
 */
const INSTRUCTION_PATTERNS: RegExp[] = [
  /bỏ qua (?:mọi|tất cả|toàn bộ) (?:các |những )?(?:hướng dẫn|chỉ dẫn|câu lệnh|lệnh|yêu cầu|quy tắc)/iu,
  /(?:bỏ qua|phớt lờ|quên đi|quên) (?:các |những )?(?:hướng dẫn|chỉ dẫn|câu lệnh|yêu cầu)(?: [\p{L}\p{M}]+){0,2} (?:trước đó|ở trên|phía trên|của hệ thống)/iu,
  /(?:ignore|disregard|forget) (?:all |any |the )?(?:previous|prior|above|earlier) (?:instructions|prompts|rules)/iu,
  /\b(?:system prompt|developer message|you are (?:now )?an? (?:ai|assistant|language model))\b/iu,
  /(?:bạn|mày) (?:là|đóng vai) (?:một )?(?:trợ lý|mô hình|AI|chatbot)/iu,
  /(?:gửi|nói với|dành cho) (?:mô hình|trợ lý|AI|chatbot)(?: ngôn ngữ)?\s*:/iu,
];

/** An imperative that continues an injected instruction ("Hãy viết rằng …"). */
const FOLLOW_UP = /^(?:hãy|viết|thông báo|khẳng định|nói rằng|đưa tin|write|say|state|report)(?!\p{L})/iu;

export function looksLikeInstruction(sentence: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(sentence));
}

/**
 * Removes instruction-like sentences (and the imperative sentences right after them) from an
 * article, keeping paragraphs. The removed sentences are returned so the run report can name them.
 */
export function screenInstructions(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const paragraphs = text.normalize('NFC').split(/\n\s*\n|\n/);
  const kept = paragraphs
    .map((paragraph) => {
      const sentences = splitSentences(paragraph);
      const keep: string[] = [];
      const before = removed.length;
      let dropping = false;
      for (const sentence of sentences) {
        if (looksLikeInstruction(sentence) || (dropping && FOLLOW_UP.test(sentence))) {
          removed.push(sentence);
          dropping = true;
          continue;
        }
        dropping = false;
        keep.push(sentence);
      }
      return removed.length === before ? paragraph.trim() : keep.join(' ');
    })
    .filter((paragraph) => paragraph.length > 0);
  return removed.length === 0 ? { text, removed } : { text: kept.join('\n\n'), removed };
}
