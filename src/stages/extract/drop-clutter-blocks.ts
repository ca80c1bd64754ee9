import type { Block } from './page-paragraphs.ts';

// "Ảnh: TTXVN", "(Ảnh minh họa)", "Nguồn: …", "Video: …" open a caption or a credit line.
const CAPTION_START = /^[([]?\s*(ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|video|clip|đồ họa|đồ hoạ|infographic|photo|photograph|image)\s*(\d+\s*)?([:：]|[)\]]$)/iu;
// A caption that ends with its credit: "… 400.000 đồng - Ảnh: H.Y.T.", "… (Ảnh: Reuters)".
const CAPTION_CREDIT_END = /(^|[\s.,;–—-])[([]?\s*(ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|đồ họa|đồ hoạ|photo|image|picture|credit)\s*[:：]\s*[^.!?:]{1,60}\.?\s*[)\]]?\s*$/iu;
// A credit or copyright line: "© Reuters", "Bản quyền thuộc về…", "Copyright 2026 …".
const COPYRIGHT = /^(©|\(c\)\s|copyright\b|bản quyền thuộc\b)|\s©\s?\d{4}\b/iu;
// A byline opening the article: "By Jane Doe - 11/18/19", "Bài và ảnh: Minh Hoàng", "Tác giả: …".
const BYLINE_START = /^(by\s+\p{Lu}[\p{L}'.-]+\s+\p{Lu}[\p{L}'.-]+(\s|$)|(bài và ảnh|bài, ảnh|bài|tác giả|phóng viên|nhóm phóng viên)\s*[:：])/u;
// A date stamp with its label: "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Cập nhật: 20/11/2026 07:45".
const DATE_LABEL = /^[|\s]*(published|updated|posted|last updated|cập nhật|đăng ngày|ngày đăng|đăng lúc)\b/iu;
// Boxes that send the reader elsewhere: see also, related news, read next, newsletter and app prompts.
const SEE_ALSO =
  /^([>»►▶•*]+\s*)?(read more|see more|see also|related|don't miss|don’t miss|more from|recommended|sign up|subscribe|advertisement|want more stories|follow us|xem thêm|xem tiếp|xem chi tiết|xem video|tin liên quan|bài liên quan|đọc thêm|đọc tiếp|tham khảo thêm|tin cùng chuyên mục|tin mới nhất|có thể bạn quan tâm|bạn đọc quan tâm|mời (quý )?(bạn đọc|độc giả)|đăng ký nhận (bản )?tin|theo dõi (báo|kênh|chúng tôi|fanpage)|tải ứng dụng|bấm (vào )?đây|nhấn (vào )?đây|click)\b/iu;
const ARROWS = /^\s*(>>|»|►|▶)/u;
// A byline or source line closing the article: "Hà Thu (tổng hợp)", "NGUYỄN HƯNG", "Theo TTXVN", "(Theo Reuters)".
const SOURCE_LINE = /^[([]?\s*(theo|nguồn)\s+[^.!?]{2,60}[)\]]?\.?$/iu;

/**
 * Drops the blocks of an article body that are not the article: photo captions with credits, "Xem thêm /
 * Tin liên quan / Đọc tiếp" lines, newsletter prompts, related-story headlines (a block that is all link)
 * and the byline closing the article. A block that merely contains a link keeps every word.
 */
export function dropClutterBlocks(blocks: Block[], title?: string | null): Block[] {
  const kept = blocks.filter((block, index) => !isClutter(block) && !isPhotoCaption(block, index) && block.text !== title);
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
  if (text.length < 70 && DATE_TOKEN.test(text) && !text.replace(DATE_PARTS, '')) return true;
  if (text.length < 80 && (COPYRIGHT.test(text) || BYLINE_START.test(text) || (DATE_LABEL.test(text) && (DATE_TOKEN.test(text) || CLOCK.test(text))))) return true;
  return isRelatedHeadline(block);
}

const CLOCK = /\d{1,2}[:h]\d{2}/;
const DATE_TOKEN = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
// What a date line is made of: "Thứ năm, 19/11/2026, 06:10 (GMT+7)", "20/11/2026 07:45 GMT+7".
const DATE_PARTS = /thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,\d]|$)|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,4}(?=[\s,]|$)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:h]\d{2}(:\d{2})?|GMT\s*[+-]\s*\d+|\b(AM|PM|SA|CH)\b|[\s,()|–—-]/giu;

/** An italic line right under a photo is its caption, credited or not; an italic lead opening the body is not. */
function isPhotoCaption(block: Block, index: number): boolean {
  return index > 0 && block.afterImage && block.text.length < 200 && block.italicChars >= block.text.length * 0.9;
}

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
