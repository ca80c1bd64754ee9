import type { Block } from './page-paragraphs.ts';

// "Ảnh: TTXVN", "(Ảnh minh họa)", "Nguồn: …", "Video: …" open a caption or a credit line.
const CAPTION_START = /^[([]?\s*(ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|video|clip|đồ họa|đồ hoạ|infographic|photo|photograph|image)\s*(\d+\s*)?([:：]|[)\]]$)/iu;
// A caption that ends with its credit: "… 400.000 đồng - Ảnh: H.Y.T.", "… (Ảnh: Reuters)".
const CAPTION_CREDIT_END = /(^|[\s.,;–—-])[([]?\s*(ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|đồ họa|đồ hoạ|photo)\s*[:：]\s*[^.!?:]{1,60}\.?\s*[)\]]?\s*$/iu;
// Boxes that send the reader elsewhere: see also, related news, read next, newsletter and app prompts.
const SEE_ALSO =
  /^([>»►▶•*]+\s*)?(xem thêm|xem tiếp|xem chi tiết|xem video|tin liên quan|bài liên quan|đọc thêm|đọc tiếp|tham khảo thêm|tin cùng chuyên mục|tin mới nhất|có thể bạn quan tâm|bạn đọc quan tâm|mời (quý )?(bạn đọc|độc giả)|đăng ký nhận (bản )?tin|theo dõi (báo|kênh|chúng tôi|fanpage)|tải ứng dụng|bấm (vào )?đây|nhấn (vào )?đây|click)\b/iu;
const ARROWS = /^\s*(>>|»|►|▶)/u;
// A byline or source line closing the article: "Hà Thu (tổng hợp)", "NGUYỄN HƯNG", "Theo TTXVN", "(Theo Reuters)".
const SOURCE_LINE = /^[([]?\s*(theo|nguồn)\s+[^.!?]{2,60}[)\]]?\.?$/iu;

/**
 * Drops the blocks of an article body that are not the article: photo captions with credits, "Xem thêm /
 * Tin liên quan / Đọc tiếp" lines, newsletter prompts, related-story headlines (a block that is all link)
 * and the byline closing the article. A block that merely contains a link keeps every word.
 */
export function dropClutterBlocks(blocks: Block[], title?: string | null): Block[] {
  const kept = blocks.filter((block) => !isClutter(block) && block.text !== title);
  while (kept.length > 1 && isClosingByline(kept.at(-1)!)) kept.pop();
  const first = kept[0];
  if (first && DATELINE.test(first.text)) kept[0] = { ...first, text: first.text.replace(DATELINE, '') };
  return kept;
}

// The outlet's tag opening the first paragraph: "(Chinhphu.vn) - ", "TTO - ", "ĐTO - ", "(NLĐO) - ", "VOV.VN - ".
const DATELINE = /^(\([^()]{2,30}\)|[\p{Lu}]{1,6}O|[\p{L}.]{2,20}\.(vn|VN|net|com))\s*[-–—]\s+(?=\p{Lu})/u;

function isClutter(block: Block): boolean {
  const { text } = block;
  if (text.length < 400 && (CAPTION_START.test(text) || CAPTION_CREDIT_END.test(text))) return true;
  if (text.length < 300 && (SEE_ALSO.test(text) || ARROWS.test(text))) return true;
  if (text.length < 70 && !text.replace(DATE_PARTS, '')) return true;
  return isRelatedHeadline(block);
}

// What a date line is made of: "Thứ năm, 19/11/2026, 06:10 (GMT+7)", "20/11/2026 07:45 GMT+7".
const DATE_PARTS = /thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:h]\d{2}(:\d{2})?|GMT\s*[+-]\s*\d+|\b(AM|PM|SA|CH)\b|[\s,()|–—-]/giu;

/** A short block made only of a link is a teaser for another story, not a sentence of this one. */
function isRelatedHeadline(block: Block): boolean {
  return block.text.length < 200 && block.linkChars >= block.text.length * 0.9 && !/^h[1-6]$/.test(block.tag);
}

function isClosingByline(block: Block): boolean {
  const text = block.text;
  if (text.length > 60) return false;
  if (SOURCE_LINE.test(text)) return true;
  const words = text.replace(/\([^)]*\)/g, ' ').split(/[\s,–—-]+/).filter(Boolean);
  if (!words.length || words.length > 6 || /[.!?:;"”]$/.test(text.replace(/\([^)]*\)\s*$/, '').trim())) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word));
}
