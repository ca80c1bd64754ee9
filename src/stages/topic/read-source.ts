import { BantinError } from '../../domain/errors.ts';
import { decodeBody } from '../../fetch/decode-body.ts';
import { readDocx } from './read-docx.ts';
import { readHtmlDocument } from './read-html-document.ts';
import { joinWrappedLines, structureLines } from './structure-lines.ts';
import { markdownLines } from './markdown-lines.ts';
import { documentText, TOPIC_FILE_TYPES, type TopicDocument } from './topic-document.ts';

export { TOPIC_FILE_TYPES } from './topic-document.ts';
import type { TopicSource } from './topic-outline.ts';

type Kind = 'html' | 'markdown' | 'text';


/** Reads a PDF's text; Node supplies one (read-pdf-node.ts), a runtime without one leaves it out. */
export type PdfReader = (fileName: string, bytes: Uint8Array) => Promise<TopicDocument>;

function kindOf(fileName: string, content: string): Kind {
  if (/\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(content)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName) || /^#{1,4}\s+\S/m.test(content)) return 'markdown';
  return 'text';
}

function toSource(document: TopicDocument, fileName: string, url?: string): TopicSource {
  const title = document.title || fileName;
  return {
    name: title,
    text: documentText(document),
    blocks: document.blocks,
    ...(url ? { url } : {}),
    ...(document.issuer ? { issuer: document.issuer } : {}),
    ...(document.date ? { date: document.date } : {}),
    ...(fileName !== title ? { fileName } : {}),
  };
}

function emptyError(fileName: string): BantinError {
  return new BantinError('deck', `Tài liệu “${fileName}” không có nội dung chữ nào đọc được. Hãy kiểm tra lại tệp hoặc chọn tài liệu khác.`);
}

/**
 * Turns one text file or page (Markdown, plain text, HTML) into a topic source with its structure.
 * The name shown in citations is the document's own title when it has one, else the file name.
 */
export function readSourceText(fileName: string, content: string, url?: string): TopicSource {
  const clean = content.replace(/^\uFEFF/, '').normalize('NFC');
  const kind = kindOf(fileName, clean);
  let document: TopicDocument | null;
  if (kind === 'html') document = readHtmlDocument(clean);
  else if (kind === 'markdown') document = structureLines(markdownLines(clean));
  else document = structureLines(joinWrappedLines(clean.split(/\r?\n/)).map((text) => ({ text })), { plain: true });
  if (!document || document.blocks.length === 0) {
    if (kind === 'html') throw new BantinError('deck', `Trang “${url ?? fileName}” không có bài viết nào đọc được (chỉ có trình đơn, danh sách tin hoặc hình). Hãy chọn đường dẫn đến chính bài viết.`);
    throw emptyError(fileName);
  }
  return toSource(document, fileName, url);
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (sample.length === 0) return false;
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length > 0.01;
}

/**
 * Reads a document as people have it: Word (.docx), PDF with text, a saved web page, Markdown or
 * plain text, chosen by its bytes first and its name second. A file that cannot be read fails
 * with a Vietnamese message naming it; it never becomes slides of garbage.
 */
export async function readSource(fileName: string, bytes: Uint8Array, options: { url?: string; contentType?: string | null; readPdf?: PdfReader } = {}): Promise<TopicSource> {
  const head = String.fromCharCode(...bytes.slice(0, 8));
  if (bytes.length === 0 || !/\S/.test(new TextDecoder().decode(bytes.slice(0, 4096)))) throw emptyError(fileName);
  if (head.startsWith('%PDF') || /\.pdf$/i.test(fileName)) {
    if (!head.startsWith('%PDF')) throw new BantinError('deck', `Tệp “${fileName}” không phải PDF (đuôi .pdf nhưng nội dung khác). Hãy xuất lại tệp PDF từ Word.`);
    if (!options.readPdf) throw new BantinError('deck', `Máy chủ này chưa đọc được tệp PDF “${fileName}”. Hãy tải lên bản Word (.docx) của tài liệu.`);
    const document = await options.readPdf(fileName, bytes);
    if (document.blocks.length === 0) throw emptyError(fileName);
    return toSource(document, fileName, options.url);
  }
  if (head.startsWith('PK\u0003\u0004') || /\.docx$/i.test(fileName)) {
    if (!head.startsWith('PK')) throw new BantinError('deck', `Tệp “${fileName}” không phải tệp Word .docx. Hãy mở bằng Word và chọn Lưu thành… Word Document (.docx).`);
    const document = await readDocx(fileName, bytes);
    if (document.blocks.length === 0) throw emptyError(fileName);
    return toSource(document, fileName, options.url);
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0') || /\.(doc|rtf|odt|xlsx?|pptx?)$/i.test(fileName)) {
    throw new BantinError('deck', `Chưa đọc được tệp “${fileName}”: chỉ nhận ${TOPIC_FILE_TYPES.join(', ')}. Với tệp Word cũ (.doc), hãy mở bằng Word và Lưu thành… .docx.`);
  }
  const text = decodeBody(bytes, options.contentType ?? null);
  if (looksBinary(text)) throw new BantinError('deck', `Tệp “${fileName}” không phải văn bản đọc được (có vẻ là tệp nhị phân). Hãy dùng tệp ${TOPIC_FILE_TYPES.join(', ')}.`);
  return readSourceText(fileName, text, options.url);
}
