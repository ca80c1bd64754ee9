import type { Pptx, Slide } from './pptx.ts';
import { GEOMETRY as G, type DeckTheme } from './deck-theme.ts';
import { addFittedText } from './deck-text.ts';
import { containImage, type DeckImage } from './deck-media.ts';
import { MASTERS } from './deck-masters.ts';
import { cleanMultiline, cleanText } from './clean-text.ts';
import { blockHeight, type BlockStyle } from './fit-text.ts';

const PLAIN: BlockStyle = { paraSpaceAfter: 0, bulletIndent: 0, margin: 2 };
const BOLD: BlockStyle = { ...PLAIN, bold: true };

/** The cover and closing slides: centred lines on the primary colour, inside the gold frame. */
export interface CoverSpec {
  /** Small caps line at the top: the unit. */
  kicker: string;
  title: string;
  subtitle: string;
  /** Date, period, presenter… one per line. */
  lines: string[];
  notes: string;
  /** A warning shown in a bright band above everything (the sample-bulletin mark). */
  banner?: string;
}

const INNER_X = 1.0;
const BANNER = { y: 0.55, w: 7.2, h: 0.55 };
const INNER_W = G.slideW - 2 * INNER_X;

export function addCoverSlide(pptx: Pptx, theme: DeckTheme, spec: CoverSpec, logo: DeckImage | null, closing = false): Slide {
  const slide = pptx.addSlide({ masterName: closing ? MASTERS.closing : MASTERS.cover });
  const titleH = logo ? 1.45 : 1.9;
  const blockH = (logo ? 1.3 : 0) + 0.6 + 0.25 + titleH + 0.1 + 0.85 + 0.5 * spec.lines.length;
  // Centre the whole block inside the gold frame.
  let y = Math.max(spec.banner ? BANNER.y + BANNER.h + 0.1 : 0.6, (G.slideH - blockH) / 2);
  if (spec.banner) {
    const band = { x: G.slideW / 2 - BANNER.w / 2, y: BANNER.y, w: BANNER.w, h: BANNER.h };
    slide.addText('', { ...band, shape: 'rect', fill: { color: theme.onPrimarySoft }, line: { color: theme.accent, width: 1.5 } });
    addFittedText(slide, cleanText(spec.banner), band, { max: 24, min: 16 }, BOLD, { align: 'center', valign: 'middle', color: theme.primary, bold: true, name: 'sample-mark' });
  }
  if (logo) {
    slide.addImage({ data: logo.data, ...containImage(logo, 1.1, G.slideW / 2, y + 0.55) });
    y += 1.3;
  }
  const centred = { align: 'center' as const, valign: 'middle' as const };
  addFittedText(slide, cleanText(spec.kicker).toLocaleUpperCase('vi'), { x: INNER_X, y, w: INNER_W, h: 0.55 }, { max: 20, min: 14 }, BOLD, {
    ...centred, color: theme.onPrimarySoft, bold: true, name: 'cover-kicker',
  });
  y += 0.6;
  slide.addText('', { x: G.slideW / 2 - 1.2, y: y + 0.05, w: 2.4, h: 0.03, shape: 'rect', fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
  y += 0.25;
  addFittedText(slide, cleanText(spec.title), { x: INNER_X, y, w: INNER_W, h: titleH }, { max: 48, min: 28 }, BOLD, {
    ...centred, color: theme.onPrimary, bold: true, name: 'cover-title',
  });
  y += titleH + 0.1;
  addFittedText(slide, cleanText(spec.subtitle), { x: INNER_X, y, w: INNER_W, h: 0.7 }, { max: 28, min: 18 }, BOLD, {
    ...centred, color: theme.onPrimarySoft, bold: true, name: 'cover-subtitle',
  });
  y += 0.85;
  spec.lines.forEach((line, index) => {
    addFittedText(slide, cleanText(line), { x: INNER_X, y, w: INNER_W, h: 0.5 }, { max: 20, min: 14 }, PLAIN, {
      ...centred, color: theme.onPrimary, name: `cover-line-${index + 1}`,
    });
    y += 0.5;
  });
  const notes = cleanMultiline(spec.notes);
  if (notes) slide.addNotes(notes);
  return slide;
}

/** Where the audio clip sits on a cover or closing slide: inside the gold frame's bottom right corner, right of every text box. */
export const COVER_AUDIO_ICON = { x: G.slideW - 0.42 - 0.12 - 0.42, y: G.slideH - 0.42 - 0.12 - 0.42, w: 0.42, h: 0.42 } as const;
/** Where the audio clip sits on a section divider: bottom right, below the title and summary. */
export const DIVIDER_AUDIO_ICON = { x: G.slideW - G.marginX - 0.5, y: G.footerY - 0.7, w: 0.5, h: 0.5 } as const;

/** A section divider: its number, title and a one-line summary. */
export function addDividerSlide(pptx: Pptx, theme: DeckTheme, spec: { number: number; title: string; summary: string; notes: string; name: string }): Slide {
  const slide = pptx.addSlide({ masterName: MASTERS.divider });
  addFittedText(slide, String(spec.number).padStart(2, '0'), { x: 1.2, y: 1.4, w: 3, h: 1.7 }, { max: 88, min: 60 }, BOLD, {
    color: theme.accent, bold: true, valign: 'bottom', name: `${spec.name}-number`,
  });
  slide.addText('', { x: 1.3, y: 3.3, w: 1.6, h: 0.05, shape: 'rect', fill: { color: theme.primary }, line: { color: theme.primary, width: 0 } });
  const titleFrame = { x: 1.2, y: 3.5, w: 11.2, h: 1.5 };
  const title = addFittedText(slide, cleanText(spec.title), titleFrame, { max: 44, min: 26 }, BOLD, {
    color: theme.heading, bold: true, valign: 'top', name: `${spec.name}-title`,
  });
  // The summary sits right under the title, however many lines the title took.
  const titleHeight = Math.min(titleFrame.h, blockHeight([{ text: title.text }], title.fontSize, BOLD, titleFrame));
  addFittedText(slide, cleanText(spec.summary), { x: 1.2, y: titleFrame.y + titleHeight + 0.15, w: 11.2, h: 0.7 }, { max: 22, min: 16 }, PLAIN, {
    color: theme.muted, valign: 'top', name: `${spec.name}-summary`,
  });
  const notes = cleanMultiline(spec.notes);
  if (notes) slide.addNotes(notes);
  return slide;
}
