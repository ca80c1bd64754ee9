const SENTENCE_END = /[.!?…;]+["”’)»]*(?=\s|$)/gu;

/**
 * Splits text into sentences after . ! ? … ; (with any closing quote) followed by a space or
 * the end. Paragraph breaks always end a sentence. "TP.HCM" or "3.5" never split: the mark
 * must be followed by whitespace.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let start = 0;
    for (const match of paragraph.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      const sentence = paragraph.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      start = end;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

/** Paragraphs: blocks separated by one or more line breaks, inner whitespace collapsed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Cuts a sentence longer than `maxChars` after a comma (if one is not too early), else at a space. */
export function cutLongSentence(sentence: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    const comma = window.lastIndexOf(', ');
    const space = window.lastIndexOf(' ');
    const cut = comma > maxChars / 3 ? comma + 1 : space > 0 ? space : maxChars;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
