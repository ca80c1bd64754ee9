import { BantinError } from '../../domain/errors.ts';
import { joinWrappedLines, structureLines, type SourceLine } from './structure-lines.ts';
import type { TopicDocument } from './topic-document.ts';

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/**
 * A text PDF through pdfjs-dist (legacy build, for Node 20). Node-only: Workers get no PDF reader
 * and say so. Lines are rebuilt from the text items' positions; a gap wider than the line spacing
 * starts a new paragraph, wrapped lines are joined.
 */
export async function readPdfNode(fileName: string, bytes: Uint8Array): Promise<TopicDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: TextItem[][];
  try {
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    const document = await task.promise;
    pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [{ str: item.str, transform: item.transform, height: item.height }] : [])));
    }
    await task.destroy();
  } catch (cause) {
    const name = (cause as { name?: string }).name;
    const why = name === 'PasswordException' ? 'tệp có mật khẩu. Hãy gỡ mật khẩu rồi tải lại' : 'tệp bị hỏng hoặc không phải PDF. Hãy xuất lại tệp PDF từ Word';
    throw new BantinError('deck', `Không đọc được tệp PDF “${fileName}”: ${why}.`, { cause });
  }
  const paragraphs = pages.flatMap(pageParagraphs);
  if (paragraphs.join('').replace(/\s/g, '').length < 20) {
    throw new BantinError('deck', `Tệp PDF “${fileName}” không có chữ đọc được (có lẽ là bản chụp/scan). Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word.`);
  }
  const lines: SourceLine[] = joinWrappedLines(paragraphs).map((text) => ({ text }));
  return structureLines(lines);
}

function pageParagraphs(items: TextItem[]): string[] {
  const rows: Array<{ y: number; height: number; text: string }> = [];
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const last = rows.at(-1);
    if (last && Math.abs(last.y - y) < 2) last.text += item.str;
    else if (item.str.trim()) rows.push({ y, height: item.height || 12, text: item.str });
  }
  const gaps = rows.slice(1).map((row, i) => rows[i]!.y - row.y).filter((gap) => gap > 0).sort((a, b) => a - b);
  const lineGap = gaps[Math.floor(gaps.length / 4)] ?? 14;
  const lengths = rows.map((row) => row.text.trim().length).sort((a, b) => a - b);
  const fullLine = lengths[Math.floor(lengths.length * 0.75)] ?? 80;
  const paragraphs: string[] = [];
  let previous = '';
  rows.forEach((row, index) => {
    const gap = index === 0 ? Infinity : rows[index - 1]!.y - row.y;
    const text = row.text.replace(/\s+/g, ' ').trim();
    // Page numbers stand alone on their line.
    if (/^\d{1,3}$/.test(text)) return;
    // Without paragraph spacing, a short line that ends a sentence ends its paragraph.
    const ended = previous.length < fullLine * 0.8 && /[.:;!?”]$/.test(previous) && /^[\p{Lu}\d“"–-]/u.test(text);
    previous = text;
    if (gap > lineGap * 1.25 || gap < 0 || paragraphs.length === 0 || ended) paragraphs.push(text);
    else paragraphs[paragraphs.length - 1] += ` ${text}`;
  });
  return paragraphs.map((p) => p.replace(/(\p{L})- (\p{Ll})/gu, '$1$2'));
}
