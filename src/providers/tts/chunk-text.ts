import { cutLongSentence } from '../../text/cut-long-sentence.ts';
import { splitParagraphs, splitSentences } from '../../text/split-sentences.ts';

/**
 * Cuts text into chunks of at most `maxChars` at sentence boundaries (paragraph breaks kept as
 * line breaks); a sentence longer than that is cut after a comma, else at a space. Engines with
 * input limits (espeak's fixed WASM heap, per-request caps) get natural pieces.
 */
export function chunkText(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of splitParagraphs(text)) {
    splitSentences(paragraph, { speech: true })
      .flatMap((sentence) => cutLongSentence(sentence, maxChars))
      .forEach((sentence, index) => {
        const joiner = index === 0 ? '\n' : ' ';
        if (current && current.length + 1 + sentence.length > maxChars) {
          chunks.push(current);
          current = sentence;
        } else {
          current = current ? `${current}${joiner}${sentence}` : sentence;
        }
      });
  }
  if (current) chunks.push(current);
  return chunks;
}
