import type { Pptx, SlideMasterProps, SlideNumberProps } from './pptx.ts';
import { FONT_FACE, GEOMETRY as G, LANG, type DeckTheme } from './deck-theme.ts';
import { containImage, type DeckImage } from './deck-media.ts';
import { LINE_HEIGHT, truncateToFit } from './fit-text.ts';
import { cleanText } from './clean-text.ts';

/** Master names, one per kind of slide. */
export const MASTERS = {
  cover: 'BIA',
  content: 'NOI_DUNG',
  divider: 'PHAN_MUC',
  closing: 'KET_THUC',
} as const;

type MasterObject = NonNullable<SlideMasterProps['objects']>[number];

/**
 * A filled rectangle written as a text shape with no text: pptxgenjs writes plain shapes without
 * <p:txBody>, which makes PowerPoint offer to repair the file (gitbrent/PptxGenJS#1441).
 */
function bar(x: number, y: number, w: number, h: number, color: string): MasterObject {
  return { text: { text: '', options: { x, y, w, h, shape: 'rect', fill: { color }, line: { color, width: 0 }, lang: LANG } } };
}

const FOOTER_SIZE = 12;

function footerText(text: string, theme: DeckTheme): MasterObject {
  const box = { w: G.contentW - 1.2, h: (FOOTER_SIZE * LINE_HEIGHT + 1) / 72 };
  return {
    text: {
      text: truncateToFit(cleanText(text), FOOTER_SIZE, { paraSpaceAfter: 0, bulletIndent: 0, margin: 0 }, box),
      options: {
        x: G.marginX, y: G.footerY, w: G.contentW - 1.2, h: G.footerH, margin: 0, valign: 'middle',
        fontFace: FONT_FACE, fontSize: FOOTER_SIZE, color: theme.onPrimarySoft, lang: LANG, fit: 'none',
      },
    },
  };
}

/** A thin frame inset from the slide edge, drawn as four bars (the formal look of the cover). */
function frame(inset: number, thickness: number, color: string): MasterObject[] {
  const w = G.slideW - 2 * inset;
  const h = G.slideH - 2 * inset;
  return [
    bar(inset, inset, w, thickness, color),
    bar(inset, inset + h - thickness, w, thickness, color),
    bar(inset, inset, thickness, h, color),
    bar(inset + w - thickness, inset, thickness, h, color),
  ];
}

/** Defines the four masters of a deck. `footer` is the line shown at the bottom of content slides. */
export function defineDeckMasters(pptx: Pptx, theme: DeckTheme, footer: string, logo: DeckImage | null): void {
  const slideNumber: SlideNumberProps = {
    x: G.slideW - G.marginX - 1.0, y: G.footerY + 0.1, w: 1.0, h: G.footerH - 0.2,
    fontFace: FONT_FACE, fontSize: 12, color: theme.onPrimary, align: 'right',
  };
  const contentLogo: MasterObject[] = logo
    ? [{ image: { data: logo.data, ...containImage(logo, G.logoSize, G.slideW - G.marginX - G.logoSize / 2, G.titleY + G.titleH / 2) } }]
    : [];

  pptx.defineSlideMaster({
    title: MASTERS.cover,
    background: { color: theme.primary },
    objects: [...frame(0.28, 0.03, theme.accent), ...frame(0.36, 0.01, theme.accent)],
  });

  pptx.defineSlideMaster({
    title: MASTERS.content,
    background: { color: theme.background },
    objects: [
      bar(0, 0, G.slideW, 0.12, theme.primary),
      bar(G.marginX, G.ruleY, G.contentW, 0.035, theme.accent),
      bar(0, G.footerY, G.slideW, G.footerH, theme.primary),
      bar(0, G.footerY, G.slideW, 0.04, theme.accent),
      footerText(footer, theme),
      ...contentLogo,
    ],
    slideNumber,
  });

  pptx.defineSlideMaster({
    title: MASTERS.divider,
    background: { color: theme.dividerBackground },
    objects: [
      bar(0, 0, 0.45, G.slideH, theme.primary),
      bar(0.45, 0, 0.06, G.slideH, theme.accent),
      bar(0, G.footerY, G.slideW, G.footerH, theme.primary),
      footerText(footer, theme),
    ],
    slideNumber,
  });

  pptx.defineSlideMaster({
    title: MASTERS.closing,
    background: { color: theme.primary },
    objects: [...frame(0.28, 0.03, theme.accent), ...frame(0.36, 0.01, theme.accent)],
  });
}
