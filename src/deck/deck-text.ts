import type { Slide, TextProps, TextPropsOptions } from './pptx.ts';
import { FONT_FACE, LANG } from './deck-theme.ts';
import { fitFontSize, truncateToFit, type BlockStyle, type Paragraph } from './fit-text.ts';

/** Where a text box sits, in inches. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text run with optional link; several runs make one paragraph. */
export interface Run {
  text: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TextLook {
  color: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Shape name, so checks can find the box again (e.g. the overflow probe). */
  name: string;
}

/** Every run carries our font and vi-VN, so spell-check and font fallback treat it as Vietnamese. */
function runOptions(fontSize: number, look: TextLook): TextPropsOptions {
  return { fontFace: FONT_FACE, fontSize, color: look.color, bold: look.bold ?? false, italic: look.italic ?? false, lang: LANG };
}

function boxOptions(frame: Frame, style: BlockStyle, look: TextLook): TextPropsOptions {
  return {
    ...frame,
    margin: style.margin,
    valign: look.valign ?? 'top',
    align: look.align ?? 'left',
    fit: 'none',
    objectName: look.name,
    fontFace: FONT_FACE,
    lang: LANG,
  };
}

/** Adds paragraphs already measured to fit `frame` at `fontSize`. */
export function addParagraphs(slide: Slide, paragraphs: Paragraph[], fontSize: number, frame: Frame, style: BlockStyle, look: TextLook): void {
  const runs: TextProps[] = paragraphs.map((paragraph, index) => ({
    text: paragraph.text,
    options: {
      ...runOptions(fontSize, { ...look, bold: look.bold ?? style.bold }),
      bullet: paragraph.numbered ? { type: 'number', indent: style.bulletIndent } : paragraph.bullet ? { indent: style.bulletIndent } : false,
      paraSpaceAfter: index < paragraphs.length - 1 ? style.paraSpaceAfter : 0,
      breakLine: index < paragraphs.length - 1,
    },
  }));
  slide.addText(runs, boxOptions(frame, style, look));
}

/** Adds one paragraph made of runs (e.g. a source line with a link). The caller measured it. */
export function addRuns(slide: Slide, runs: Run[], fontSize: number, frame: Frame, style: BlockStyle, look: TextLook): void {
  const props: TextProps[] = runs.map((run) => ({
    text: run.text,
    options: {
      ...runOptions(fontSize, { ...look, bold: run.bold ?? look.bold, italic: run.italic ?? look.italic }),
      ...(run.url ? { hyperlink: { url: run.url, tooltip: run.url } } : {}),
    },
  }));
  slide.addText(props, boxOptions(frame, style, look));
}

/**
 * One block of text (a title, a label) fitted into its frame: the largest size in range, else the
 * smallest size with the text cut at a word and ended with "…". Returns the text actually shown.
 */
export function addFittedText(
  slide: Slide,
  text: string,
  frame: Frame,
  sizes: { max: number; min: number },
  style: BlockStyle,
  look: TextLook,
): { text: string; fontSize: number } {
  const size = fitFontSize([{ text }], { ...style, bold: look.bold }, frame, sizes);
  const fontSize = size ?? sizes.min;
  const shown = size === null ? truncateToFit(text, fontSize, { ...style, bold: look.bold }, frame) : text;
  addParagraphs(slide, [{ text: shown }], fontSize, frame, style, look);
  return { text: shown, fontSize };
}
