import type { Pptx, Slide } from './pptx.ts';
import { GEOMETRY as G, type DeckTheme } from './deck-theme.ts';
import { addFittedText, addParagraphs, addRuns, type Frame, type Run } from './deck-text.ts';
import { LINE_HEIGHT, fits, paginate, type BlockStyle, type Paragraph } from './fit-text.ts';
import { MASTERS } from './deck-masters.ts';
import { cleanMultiline, cleanRun, cleanText } from './clean-text.ts';

/** Body text: readable from the back of a meeting room, never below 18 pt. */
export const BODY_SIZES = { max: 26, min: 18 } as const;
/** When the body must be split, pages are set at this size (more pages beat tiny text). */
export const BODY_SPLIT_SIZE = 20;
export const TITLE_SIZES = { max: 30, min: 18 } as const;
/** Story bullets grow up to this size when the slide has room: a slide is read from the back of the room. */
export const STORY_BODY_SIZES = { max: 40, min: 18 } as const;
/** The source line: 16 pt at least, readable from the back of a meeting room. */
export const SOURCE_SIZES = { max: 18, min: 16 } as const;
export const CALLOUT_LABEL = 'Số liệu nổi bật';
const CALLOUT = { w: 3.6, gap: 0.35, maxH: 3.0 } as const;
export const CONTINUED = '(tiếp theo)';

export const BODY_STYLE: BlockStyle = { paraSpaceAfter: 10, bulletIndent: 30, margin: 4 };
export const TITLE_STYLE: BlockStyle = { bold: true, paraSpaceAfter: 0, bulletIndent: 0, margin: 4 };
export const SOURCE_STYLE: BlockStyle = { paraSpaceAfter: 0, bulletIndent: 0, margin: 2 };

/** One logical slide that may become several: a title, body paragraphs, an optional source line. */
export interface ContentSlideSpec {
  title: string;
  paragraphs: Paragraph[];
  /** Source line candidates, longest first; the first that fits one line is used. */
  source?: Run[][];
  notes: string;
  /** Leave room at the bottom right of every page for the slide's audio clip (AUDIO_ICON). */
  withAudio?: boolean;
  /** Name prefix for the boxes, e.g. "story-3". */
  name: string;
  /** Font sizes the body may take; BODY_SIZES when absent. */
  bodySizes?: { max: number; min: number };
  /** A figure shown large in a box beside the body on the first page, when the body still fits beside it. */
  callout?: { label: string; figure: string };
}

/** What was placed, so tests and the overflow probe can check it. */
export interface PlacedPage {
  slide: Slide;
  title: string;
  titleSize: number;
  bodySize: number;
  paragraphs: Paragraph[];
  bodyFrame: Frame;
}

/** Where a content slide's audio clip sits: small, at the right end of the source line. */
export const AUDIO_ICON = { x: G.slideW - G.marginX - 0.5, y: G.sourceY + 0.01, w: 0.5, h: 0.5 } as const;

export function titleFrame(hasLogo: boolean): Frame {
  return { x: G.marginX, y: G.titleY, w: G.contentW - (hasLogo ? G.logoSize + 0.25 : 0), h: G.titleH };
}

function bodyFrame(hasSource: boolean): Frame {
  return { x: G.marginX, y: G.bodyY, w: G.contentW, h: hasSource ? G.bodyH : G.footerY - 0.3 - G.bodyY };
}

/** Space between bullets grows with their size, so large bullets stay apart as they would in print. */
export function bodyStyle(fontSize: number): BlockStyle {
  return { ...BODY_STYLE, paraSpaceAfter: Math.max(BODY_STYLE.paraSpaceAfter, Math.round(fontSize * 0.45)) };
}

function fitBody(paragraphs: Paragraph[], frame: Frame, sizes: { max: number; min: number }): number | null {
  for (let size = sizes.max; size >= sizes.min; size -= 1) if (fits(paragraphs, size, bodyStyle(size), frame)) return size;
  return null;
}

/**
 * Adds the slide, split into "(tiếp theo)" pages when the body does not fit at the smallest size.
 * The body takes the largest size that fits its frame; with a callout the body gives up the right
 * of the first page to it, unless the body would not fit beside it.
 */
export function addContentSlides(pptx: Pptx, theme: DeckTheme, spec: ContentSlideSpec, hasLogo: boolean): PlacedPage[] {
  const paragraphs = spec.paragraphs.map((p) => ({ ...p, text: cleanText(p.text) })).filter((p) => p.text.length > 0);
  const sizes = spec.bodySizes ?? BODY_SIZES;
  const full = bodyFrame(Boolean(spec.source || spec.withAudio));
  const beside = { ...full, w: full.w - CALLOUT.w - CALLOUT.gap };
  const besideSize = spec.callout ? fitBody(paragraphs, beside, sizes) : null;
  const callout = besideSize !== null ? spec.callout : undefined;
  const frame = callout ? beside : full;
  const single = besideSize ?? fitBody(paragraphs, full, sizes);
  const pages = single !== null ? [paragraphs] : paginate(paragraphs, BODY_SPLIT_SIZE, bodyStyle(BODY_SPLIT_SIZE), frame);
  const bodySize = single ?? Math.min(...pages.map((page) => fitBody(page, frame, { max: sizes.max, min: BODY_SPLIT_SIZE }) ?? BODY_SPLIT_SIZE));
  const title = cleanText(spec.title);
  const notes = cleanMultiline(spec.notes);

  return pages.map((page, index) => {
    const slide = pptx.addSlide({ masterName: MASTERS.content });
    const shownTitle = index === 0 ? title : continuedTitle(title, hasLogo);
    const placedTitle = addFittedText(slide, shownTitle, titleFrame(hasLogo), TITLE_SIZES, TITLE_STYLE, {
      color: theme.heading, bold: true, valign: 'middle', name: `${spec.name}-title`,
    });
    if (page.length > 0) {
      addParagraphs(slide, page, bodySize, frame, bodyStyle(bodySize), { color: theme.text, name: `${spec.name}-body`, valign: spec.bodySizes ? 'middle' : 'top' });
    }
    if (callout && index === 0) addCallout(slide, theme, callout, full, spec.name);
    if (spec.source) addSourceLine(slide, theme, spec.source, Boolean(spec.withAudio), spec.name);
    if (notes) slide.addNotes(notes);
    return { slide, title: placedTitle.text, titleSize: placedTitle.fontSize, bodySize, paragraphs: page, bodyFrame: frame };
  });
}

/**
 * The key figure in a tinted box on the right of the body area: a small label, the number large on
 * one line and its noun under it ("14" / "nghị quyết"), so a compound is never cut between lines.
 */
function addCallout(slide: Slide, theme: DeckTheme, callout: { label: string; figure: string }, body: Frame, name: string): void {
  const h = Math.min(body.h, CALLOUT.maxH);
  const box = { x: body.x + body.w - CALLOUT.w, y: body.y + (body.h - h) / 2, w: CALLOUT.w, h };
  slide.addText('', { ...box, shape: 'rect', fill: { color: theme.dividerBackground }, line: { color: theme.accent, width: 1.5 } });
  slide.addText('', { x: box.x, y: box.y, w: 0.1, h: box.h, shape: 'rect', fill: { color: theme.primary }, line: { color: theme.primary, width: 0 } });
  const inner = { x: box.x + 0.3, w: box.w - 0.5 };
  addFittedText(slide, cleanText(callout.label).toLocaleUpperCase('vi'), { ...inner, y: box.y + 0.25, h: 0.45 }, { max: 16, min: 14 }, TITLE_STYLE, {
    color: theme.muted, bold: true, valign: 'middle', name: `${name}-callout-label`,
  });
  const { number, unit } = splitFigure(cleanText(callout.figure));
  const numberH = unit ? 1.2 : box.h - 1.0;
  addFittedText(slide, number, { ...inner, y: box.y + 0.75, h: numberH }, { max: 60, min: 24 }, TITLE_STYLE, {
    color: theme.heading, bold: true, valign: unit ? 'bottom' : 'middle', name: `${name}-callout`,
  });
  if (unit) {
    addFittedText(slide, unit, { ...inner, y: box.y + 0.75 + numberH, h: box.h - 1.0 - numberH }, { max: 30, min: 18 }, TITLE_STYLE, {
      color: theme.heading, bold: true, valign: 'top', name: `${name}-callout-unit`,
    });
  }
}

/** "hơn 12,6 tỷ đồng" → "hơn 12,6" and "tỷ đồng"; a share ("trên 8%") stays whole. */
export function splitFigure(figure: string): { number: string; unit: string } {
  const match = /^(.*?\d[\d.,]*\s*%?)\s+(\D.*)$/u.exec(figure);
  return match ? { number: match[1]!, unit: match[2]! } : { number: figure, unit: '' };
}

/** "Headline (tiếp theo)", cutting the headline (never the marker) when it is too long. */
function continuedTitle(title: string, hasLogo: boolean): string {
  const frame = titleFrame(hasLogo);
  const full = `${title} ${CONTINUED}`;
  if (fits([{ text: full }], TITLE_SIZES.min, TITLE_STYLE, frame)) return full;
  const words = title.split(' ');
  for (let count = words.length - 1; count > 0; count -= 1) {
    const candidate = `${words.slice(0, count).join(' ')}… ${CONTINUED}`;
    if (fits([{ text: candidate }], TITLE_SIZES.min, TITLE_STYLE, frame)) return candidate;
  }
  return CONTINUED;
}

function addSourceLine(slide: Slide, theme: DeckTheme, candidates: Run[][], withAudio: boolean, name: string): void {
  const frame: Frame = { x: G.marginX, y: G.sourceY, w: G.contentW - (withAudio ? 0.7 : 0), h: G.sourceH };
  const cleaned = candidates.map((runs) => runs.map((run) => ({ ...run, text: cleanRun(run.text) })));
  for (let size = SOURCE_SIZES.max; size >= SOURCE_SIZES.min; size -= 1) {
    const fitting = cleaned.find((runs) => oneLine(runs, size, frame));
    if (fitting) {
      addRuns(slide, fitting, size, frame, SOURCE_STYLE, { color: theme.muted, valign: 'middle', name: `${name}-source` });
      return;
    }
  }
  const last = cleaned[cleaned.length - 1] ?? [];
  const text = last.map((run) => run.text).join('');
  addFittedText(slide, text, frame, { max: SOURCE_SIZES.min, min: SOURCE_SIZES.min }, SOURCE_STYLE, { color: theme.muted, valign: 'middle', name: `${name}-source` });
}

/** A source line must stay on one line: measured with the widest (bold) metrics of its runs. */
function oneLine(runs: Run[], size: number, frame: Frame): boolean {
  const text = runs.map((run) => run.text).join('');
  const style = { ...SOURCE_STYLE, bold: runs.some((run) => run.bold) };
  const oneLineFrame = { w: frame.w, h: (size * LINE_HEIGHT + 2 * SOURCE_STYLE.margin) / 72 + 0.001 };
  return fits([{ text }], size, style, oneLineFrame);
}
