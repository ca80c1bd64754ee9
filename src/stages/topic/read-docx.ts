import mammoth from 'mammoth';
import { BantinError } from '../../domain/errors.ts';
import { htmlLines } from './html-lines.ts';
import { structureLines } from './structure-lines.ts';
import type { TopicDocument } from './topic-document.ts';

/**
 * A Word document (.docx) through mammoth: paragraphs with their bold and italic, Word heading
 * styles as headings; the outline itself (I., 1., a)) is read from the text by structureLines.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<TopicDocument> {
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser/Workers build reads `arrayBuffer`.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await mammoth.convertToHtml({ buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer });
    html = result.value;
  } catch (cause) {
    throw new BantinError('deck', `Không đọc được tệp Word “${fileName}”: tệp bị hỏng, có mật khẩu hoặc không phải .docx. Hãy mở tệp bằng Word và lưu lại dạng .docx (không đặt mật khẩu).`, { cause });
  }
  return structureLines(htmlLines(html));
}
