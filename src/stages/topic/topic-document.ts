/** File types the topic readers accept, for forms and messages. */
export const TOPIC_FILE_TYPES = ['.docx', '.pdf', '.html', '.htm', '.md', '.txt'] as const;

/** One block of a source document, in reading order. */
export type DocumentBlock =
  /** A heading; level 1 is the document's top outline level (I., or 1. when there is no I.). */
  | { kind: 'heading'; level: number; text: string; marker?: string }
  /** A paragraph or a list item ("–", "1." items that are sentences, not headings). */
  | { kind: 'paragraph'; text: string; list?: boolean }
  /** A quotation kept whole, with its opening and closing marks; `lead` is who said it ("Chủ tịch Hồ Chí Minh căn dặn:"). */
  | { kind: 'quote'; text: string; lead?: string };

/** A source as people have it (an outline in Word, a PDF, a web page), reduced to its structure. */
export interface TopicDocument {
  /** The document's own title, never a file name when the document has one. */
  title: string;
  blocks: DocumentBlock[];
  /** Who issued or wrote it: a Party cell, a unit, a site. */
  issuer?: string;
  /** As the document states it ("ngày 10 tháng 3 năm 2026", "12/03/2026"). */
  date?: string;
}

/** The blocks as Markdown-like text: what the LLM reads and the fact check compares with. */
export function documentText(document: TopicDocument): string {
  return document.blocks
    .map((block) => {
      if (block.kind === 'heading') return `${'#'.repeat(Math.min(block.level + 1, 6))} ${block.marker ? `${block.marker} ` : ''}${block.text}`;
      if (block.kind === 'quote') return `${block.lead ? `${block.lead}\n` : ''}> ${block.text}`;
      return block.list ? `- ${block.text}` : block.text;
    })
    .join('\n\n');
}
