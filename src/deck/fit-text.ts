import { wrapLines } from './measure-text.ts';

/** One paragraph of a text box; `bullet` paragraphs are indented by the style's bullet indent. */
export interface Paragraph {
  text: string;
  bullet?: boolean;
  /** Auto-numbered (1., 2., …) with a hanging indent, like a bullet. */
  numbered?: boolean;
}

/** How a box sets its paragraphs. Lengths in points. */
export interface BlockStyle {
  bold?: boolean;
  /** Space after each paragraph but the last. */
  paraSpaceAfter: number;
  /** Left indent of bullet paragraphs (the bullet sits in it). */
  bulletIndent: number;
  /** Inner margin on every side. */
  margin: number;
}

/** A text box's size in inches. */
export interface BoxSize {
  w: number;
  h: number;
}

/**
 * Line height as a multiple of the font size for Arial at single spacing. LibreOffice lays
 * Liberation Sans out at about 1.2 em per line (measured with the overflow probe: two lines of
 * 41 pt bold took 1.42 in); 1.25 keeps a 4% margin for PowerPoint's own rounding.
 */
export const LINE_HEIGHT = 1.25;
/** Wrap against slightly less than the real width, so small metric differences never add a line. */
const WIDTH_SAFETY = 0.96;

export function linesOf(paragraph: Paragraph, fontSize: number, style: BlockStyle, box: BoxSize): string[] {
  const width = (box.w * 72 - 2 * style.margin - (paragraph.bullet || paragraph.numbered ? style.bulletIndent : 0)) * WIDTH_SAFETY;
  return wrapLines(paragraph.text, { fontSize, bold: style.bold }, width);
}

/** Estimated height in inches of the paragraphs set at `fontSize`, margins included. */
export function blockHeight(paragraphs: Paragraph[], fontSize: number, style: BlockStyle, box: BoxSize): number {
  let points = 2 * style.margin;
  paragraphs.forEach((paragraph, index) => {
    points += linesOf(paragraph, fontSize, style, box).length * fontSize * LINE_HEIGHT;
    if (index < paragraphs.length - 1) points += style.paraSpaceAfter;
  });
  return points / 72;
}

export function fits(paragraphs: Paragraph[], fontSize: number, style: BlockStyle, box: BoxSize): boolean {
  return blockHeight(paragraphs, fontSize, style, box) <= box.h;
}

/** The largest whole font size in [min, max] at which the paragraphs fit, or null if none does. */
export function fitFontSize(paragraphs: Paragraph[], style: BlockStyle, box: BoxSize, sizes: { max: number; min: number }): number | null {
  for (let size = sizes.max; size >= sizes.min; size -= 1) {
    if (fits(paragraphs, size, style, box)) return size;
  }
  return null;
}

/**
 * Splits paragraphs into pages that each fit the box at `fontSize`. A paragraph taller than a
 * whole page is cut between lines, so every page fits however long the input is.
 */
export function paginate(paragraphs: Paragraph[], fontSize: number, style: BlockStyle, box: BoxSize): Paragraph[][] {
  const pieces = paragraphs.flatMap((paragraph) => cutToPage(paragraph, fontSize, style, box));
  const pages: Paragraph[][] = [];
  let page: Paragraph[] = [];
  for (const piece of pieces) {
    if (page.length > 0 && !fits([...page, piece], fontSize, style, box)) {
      pages.push(page);
      page = [];
    }
    page.push(piece);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function cutToPage(paragraph: Paragraph, fontSize: number, style: BlockStyle, box: BoxSize): Paragraph[] {
  if (fits([paragraph], fontSize, style, box)) return [paragraph];
  const lines = linesOf(paragraph, fontSize, style, box);
  const perPage = Math.max(1, Math.floor(((box.h * 72 - 2 * style.margin) / (fontSize * LINE_HEIGHT))));
  // Cut the original text where the page's last line ends, so a word broken between letters
  // stays one word (joining lines with spaces would split it).
  const pieces: Paragraph[] = [];
  let position = 0;
  for (let start = 0; start < lines.length; start += perPage) {
    const length = lines.slice(start, start + perPage).reduce((sum, line, i) => sum + line.length + (i > 0 && paragraph.text[position + sum] === ' ' ? 1 : 0), 0);
    pieces.push({ ...paragraph, text: paragraph.text.slice(position, position + length).trim() });
    position += length;
    while (paragraph.text[position] === ' ') position += 1;
  }
  return pieces;
}

/**
 * The longest prefix of `text`, cut at a word and ended with "…", that fits the box at
 * `fontSize`. Used only for one-line labels and titles that must stay on one slide.
 */
export function truncateToFit(text: string, fontSize: number, style: BlockStyle, box: BoxSize): string {
  if (fits([{ text }], fontSize, style, box)) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count -= 1) {
    const candidate = `${words.slice(0, count).join(' ').replace(/[,;:.\-–—]+$/, '')}…`;
    if (fits([{ text: candidate }], fontSize, style, box)) return candidate;
  }
  const chars = [...text];
  for (let count = chars.length - 1; count > 0; count -= 1) {
    const candidate = `${chars.slice(0, count).join('')}…`;
    if (fits([{ text: candidate }], fontSize, style, box)) return candidate;
  }
  return '…';
}
