import { dateOfLine, isChromeLine, isSidebarHeading } from './page-chrome.ts';
import type { DocumentBlock, TopicDocument } from './topic-document.ts';

/** One line (a paragraph, a heading) of a document as a reader found it, with what its format says. */
export interface SourceLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** 1–6 when the format marks it as a heading (<h2>, a Word heading style, "## "). */
  headingLevel?: number;
  /** A <blockquote> or "> " line. */
  quote?: boolean;
}

type MarkerKind = 'part' | 'roman' | 'arabic' | 'decimal' | 'letter';

const MARKERS: Array<{ kind: MarkerKind; pattern: RegExp }> = [
  { kind: 'part', pattern: /^((?:phần|chương|mục)\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+))\s*[.:)–-]?\s+(.+)$/iu },
  { kind: 'roman', pattern: /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s*[.)/]\s*(.+)$/ },
  { kind: 'decimal', pattern: /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(.+)$/ },
  { kind: 'arabic', pattern: /^(\d{1,2})\s*[.)/]\s+(.+)$/ },
  { kind: 'letter', pattern: /^([a-zđ])\s*\)\s*(.+)$/ },
];
const DASH = /^[–—\-+•*▪●○◦]\s*(.+)$/;
const ISSUER = /^(đảng bộ|chi bộ|đảng ủy|đảng uỷ|đảng đoàn|ban chấp hành|ban thường vụ|ban tuyên giáo|ban tổ chức|viện kiểm sát|tỉnh ủy|tỉnh uỷ|huyện ủy|thành ủy|ủy ban|ubnd|vksnd|công đoàn|đoàn thanh niên|chi đoàn|hội đồng|bộ |sở |phòng )/iu;
const NATIONAL = /^(đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc)$/iu;
const DOC_TYPE = /^(đề cương|nghị quyết|báo cáo|kế hoạch|hướng dẫn|chỉ thị|thông báo|tài liệu|bài giảng|chuyên đề|quyết định|kết luận|công văn|thông tri|quy định)(\s+(sinh hoạt|tuyên truyền|giới thiệu|học tập|bồi dưỡng)(\s+chuyên đề)?)?$/iu;
const PAPERWORK = /^(số\s*[:：]|t\/m\b|tm\.|bí thư$|phó bí thư$|nơi nhận|kính gửi|\*+$|[-_=*.]{3,}$|\(?(đã ký|ký tên|ký và ghi rõ)\b)/iu;
/** A photo caption saved with the text: "… trình bày đề cương. Ảnh: Minh Thư". */
const CAPTION_TAIL = /^.{0,200}[.)]\s*\(?(ảnh|nguồn ảnh|ảnh minh họa)\s*[:：]\s*[\p{Lu}][\p{L} .-]{0,40}\)?$/iu;
const QUOTE_OPEN = /^[“"«]/;
const QUOTE_CLOSE = /[”"»][.!?…]?(\s*\([^()]{1,120}\))?[.]?$/;

function clean(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

function endsSentence(text: string): boolean {
  return /[.!?…;:]["”»)]*$/.test(text);
}

function markerOf(text: string): { kind: MarkerKind; marker: string; rest: string } | null {
  for (const { kind, pattern } of MARKERS) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2] && /\p{L}/u.test(match[2])) return { kind, marker: match[1], rest: match[2].trim() };
  }
  return null;
}

/**
 * A capitalised line in sentence case, keeping the case the document's body uses for the same
 * words ("HỒ CHÍ MINH" → "Hồ Chí Minh" when the body writes it so, else lower case).
 */
export function sentenceCase(text: string, body: string): string {
  if (!isUpperCase(text)) return text;
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const sentence of body.split(/(?<=[.!?…:;“"(])\s+/)) {
    sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean).forEach((word, index) => {
      const key = word.toLocaleLowerCase('vi');
      if (word === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (index > 0 && word === key.charAt(0).toLocaleUpperCase('vi') + key.slice(1)) capital.set(key, (capital.get(key) ?? 0) + 1);
    });
  }
  // A word is a proper noun ("Hồ Chí Minh", "Đồng Tháp") when the body capitalises it mid-sentence more often than not.
  const cased = text.toLocaleLowerCase('vi').replace(/[\p{L}\p{N}]+/gu, (word) => ((capital.get(word) ?? 0) > (lower.get(word) ?? 0) ? word.charAt(0).toLocaleUpperCase('vi') + word.slice(1) : word));
  return cased.charAt(0).toLocaleUpperCase('vi') + cased.slice(1);
}

interface Classified {
  line: SourceLine;
  text: string;
  marker: ReturnType<typeof markerOf>;
}

function isHeadingLine(item: Classified): boolean {
  const { line, text, marker } = item;
  if (line.quote) return false;
  if (line.headingLevel) return true;
  const count = words(text);
  if (marker) {
    if (marker.kind === 'part' || marker.kind === 'roman') return count <= 30;
    if (count > 25) return false;
    return Boolean(line.bold) || isUpperCase(marker.rest) || !endsSentence(text);
  }
  if (count > 18 || endsSentence(text)) return false;
  return isUpperCase(text) || Boolean(line.bold && !line.italic);
}

function isQuote(item: Classified): boolean {
  if (item.line.quote) return true;
  return QUOTE_OPEN.test(item.text) && QUOTE_CLOSE.test(item.text) && words(item.text) >= 6 && !/[”"»].+[“"«]/.test(item.text.slice(1, -2));
}

/** The article body begins at its first outline heading or its first real paragraph. */
function bodyStart(items: Classified[]): number {
  const index = items.findIndex((item, i) => {
    if (item.marker && isHeadingLine(item) && (item.marker.kind !== 'arabic' || items.slice(i + 1).some((next) => next.marker))) return true;
    if (item.line.headingLevel && item.line.headingLevel > 1 && i > 0) return true;
    return words(item.text) >= 20 && !ISSUER.test(item.text) && !isUpperCase(item.text);
  });
  return index < 0 ? 0 : index;
}

/**
 * Turns a document's lines into its structure: the real title (not the page's widget titles or
 * the issuer's letterhead), the issuer and date, headings with their outline level, paragraphs,
 * and quotations kept whole. Page chrome, sidebars, captions and signature blocks are dropped.
 */
export function structureLines(input: SourceLine[], hints: { title?: string; plain?: boolean } = {}): TopicDocument {
  const all: Classified[] = [];
  let date: string | undefined;
  let seenBody = 0;
  for (const line of input) {
    const text = clean(line.text);
    if (!text) continue;
    if (isSidebarHeading(text)) {
      if (seenBody >= 2) break;
      continue;
    }
    const stated = dateOfLine(text);
    if (stated && (isChromeLine(text) || /,\s*ngày\s+\d/i.test(text) || words(text) <= 6)) {
      date ??= stated;
      continue;
    }
    if (isChromeLine(text) || PAPERWORK.test(text) || CAPTION_TAIL.test(text)) continue;
    if (words(text) >= 20) seenBody += 1;
    all.push({ line, text, marker: markerOf(text) });
  }

  const start = bodyStart(all);
  const header = all.slice(0, start);
  let issuer: string | undefined;
  const candidates: string[] = [];
  for (const item of header) {
    const { text } = item;
    if (NATIONAL.test(text)) continue;
    if (ISSUER.test(text) && isUpperCase(text)) {
      issuer = text;
      continue;
    }
    if (DOC_TYPE.test(text)) continue;
    if (item.line.headingLevel === 1 || (words(text) >= 3 && words(text) <= 40 && !endsSentence(text))) candidates.push(text);
  }
  const bodyItems = trimTrailer(all.slice(start));
  const bodyText = bodyItems.map((item) => item.text).join(' ');
  // A centred title block ends with the title itself ("ĐỀ CƯƠNG" / "SINH HOẠT CHUYÊN ĐỀ QUÝ I" / the subject).
  const titled = hints.title?.trim() || candidates.at(-1);
  if (hints.plain) markPlainHeadings(bodyItems);
  const blocks = toBlocks(bodyItems, bodyText);
  const title = titled ? sentenceCase(titled, bodyText) : (blocks.find((block) => block.kind === 'heading')?.text ?? '');
  return {
    title,
    blocks: blocks.filter((block, index) => !(index === 0 && block.kind === 'heading' && block.text === title)),
    ...(issuer ? { issuer: sentenceCase(issuer, bodyText) } : {}),
    ...(date ? { date } : {}),
  };
}

/** Plain text has no bold: a short line without a full stop standing between paragraphs is a heading. */
function markPlainHeadings(items: Classified[]): void {
  items.forEach((item, index) => {
    const next = items[index + 1];
    if (item.marker || item.line.headingLevel || QUOTE_OPEN.test(item.text) || DASH.test(item.text)) return;
    if (words(item.text) > 15 || words(item.text) < 2 || endsSentence(item.text) || !next || words(next.text) < 12) return;
    item.line = { ...item.line, headingLevel: 2 };
  });
}

/** Bylines and signature blocks at the end: short lines with no sentence in them, and capitalised letterheads. */
function trimTrailer(items: Classified[]): Classified[] {
  let end = items.length;
  while (end > 0) {
    const item = items[end - 1]!;
    const short = words(item.text) <= 8 && !endsSentence(item.text) && !item.marker && !item.line.headingLevel;
    if (!(short || (isUpperCase(item.text) && ISSUER.test(item.text)))) break;
    end -= 1;
  }
  return items.slice(0, end);
}

function toBlocks(items: Classified[], bodyText: string): DocumentBlock[] {
  const headingKinds: string[] = [];
  const tagLevels = items.filter((item) => item.line.headingLevel && !item.marker).map((item) => item.line.headingLevel!);
  const minTag = tagLevels.length > 0 ? Math.min(...tagLevels) : 1;
  const blocks: DocumentBlock[] = [];
  for (const item of items) {
    if (isHeadingLine(item)) {
      const kind = item.marker?.kind ?? `tag${item.line.headingLevel ?? 'caps'}`;
      if (!headingKinds.includes(kind)) headingKinds.push(kind);
      const text = sentenceCase((item.marker?.rest ?? item.text).replace(/[:.]$/, ''), bodyText);
      blocks.push({ kind: 'heading', level: 0, text, ...(item.marker ? { marker: item.marker.marker } : {}), ...{ _kind: kind } } as DocumentBlock);
      continue;
    }
    if (isQuote(item)) {
      const previous = blocks.at(-1);
      const lead = previous?.kind === 'paragraph' && /:$/.test(previous.text) && words(previous.text) <= 40 ? previous.text : undefined;
      if (lead) blocks.pop();
      blocks.push({ kind: 'quote', text: item.text, ...(lead ? { lead } : {}) });
      continue;
    }
    const dash = DASH.exec(item.text);
    if (dash?.[1]) blocks.push({ kind: 'paragraph', text: dash[1], list: true });
    else if (item.marker && (item.marker.kind === 'arabic' || item.marker.kind === 'letter')) blocks.push({ kind: 'paragraph', text: item.marker.rest, list: true });
    else blocks.push({ kind: 'paragraph', text: item.text });
  }
  const order = rankKinds(headingKinds, minTag);
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const { _kind, ...rest } = block as DocumentBlock & { _kind: string };
    return { ...rest, level: order(_kind) } as DocumentBlock;
  });
}

/** Outline levels from the marker kinds a document uses: I. above 1. above a); a document without I. starts at 1. */
function rankKinds(kinds: string[], minTag: number): (kind: string) => number {
  const hierarchy = ['part', 'roman', 'decimal', 'arabic', 'letter'];
  const markerKinds = hierarchy.filter((kind) => kinds.includes(kind)).filter((kind, _, present) => !(kind === 'decimal' && present.includes('arabic')));
  return (kind) => {
    if (kind.startsWith('tag')) {
      const tag = Number(kind.slice(3));
      return Number.isFinite(tag) ? tag - minTag + 1 : 1;
    }
    if (kind === 'decimal' && kinds.includes('arabic')) return markerKinds.indexOf('arabic') + 2;
    return markerKinds.indexOf(kind) + 1;
  };
}

/**
 * Lines of plain text (a .txt saved from a web page, a PDF's text) joined where a paragraph was
 * wrapped: a line that does not end a sentence, followed by one that starts in lower case.
 */
export function joinWrappedLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) {
      joined.push('');
      continue;
    }
    const previous = joined.at(-1);
    const wrapped = previous && !endsSentence(previous) && /^[\p{Ll},;]/u.test(line) && !markerOf(line) && !DASH.test(line) && !isChromeLine(previous) && !isChromeLine(line);
    if (wrapped) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined.filter(Boolean);
}
