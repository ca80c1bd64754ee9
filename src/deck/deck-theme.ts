/** A deck theme id from config: do-vang = formal red and gold; trung-tinh = neutral slate. */
export type DeckThemeId = 'do-vang' | 'trung-tinh';

/** Colours are 6-digit hex without "#" (a "#" or 8 digits corrupts the file in pptxgenjs). */
export interface DeckTheme {
  id: DeckThemeId;
  /** Backgrounds of the title and closing slides, the footer band. */
  primary: string;
  /** Rules and accents. */
  accent: string;
  /** Text on the primary colour. */
  onPrimary: string;
  /** Secondary text on the primary colour. */
  onPrimarySoft: string;
  /** Background of content slides. */
  background: string;
  /** Background of section dividers. */
  dividerBackground: string;
  /** Slide titles on content slides. */
  heading: string;
  /** Body text. */
  text: string;
  /** Source lines, captions. */
  muted: string;
}

/** Arial everywhere: installed on every Windows/Office machine, covers Vietnamese, and LibreOffice substitutes the metric-compatible Liberation Sans, so our measurement holds in both. */
export const FONT_FACE = 'Arial';
export const LANG = 'vi-VN';

export const THEMES: Record<DeckThemeId, DeckTheme> = {
  'do-vang': {
    id: 'do-vang',
    primary: '9B1B1B',
    accent: 'C9A227',
    onPrimary: 'FFFFFF',
    onPrimarySoft: 'F3DF9B',
    background: 'FFFDF8',
    dividerBackground: 'FBF4E4',
    heading: '8A1616',
    text: '222222',
    muted: '5F5F5F',
  },
  'trung-tinh': {
    id: 'trung-tinh',
    primary: '24394F',
    accent: '6F8CA6',
    onPrimary: 'FFFFFF',
    onPrimarySoft: 'C9D6E2',
    background: 'FFFFFF',
    dividerBackground: 'F1F4F7',
    heading: '24394F',
    text: '222222',
    muted: '5F6B76',
  },
};

/** Slide geometry in inches for the 13.333 × 7.5 in (16:9) layout. */
export const GEOMETRY = {
  slideW: 13.333,
  slideH: 7.5,
  marginX: 0.6,
  contentW: 13.333 - 1.2,
  titleY: 0.3,
  titleH: 1.3,
  ruleY: 1.68,
  bodyY: 1.88,
  bodyH: 4.4,
  sourceY: 6.32,
  sourceH: 0.52,
  footerY: 7.0,
  footerH: 0.5,
  logoSize: 0.9,
} as const;
