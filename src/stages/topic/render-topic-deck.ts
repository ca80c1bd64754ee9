import { PptxGenJS } from '../../deck/pptx.ts';
import { FONT_FACE, LANG, THEMES, type DeckThemeId } from '../../deck/deck-theme.ts';
import { defineDeckMasters } from '../../deck/deck-masters.ts';
import { readImage } from '../../deck/deck-media.ts';
import { addContentSlides } from '../../deck/content-slides.ts';
import { addCoverSlide } from '../../deck/frame-slides.ts';
import { finalizePptx } from '../../deck/finalize-pptx.ts';
import { shortLink } from '../../deck/vi-format.ts';
import type { Run } from '../../deck/deck-text.ts';
import type { TopicInput, TopicOutline, TopicSource } from './topic-outline.ts';

function citation(source: TopicSource | undefined): Run[][] {
  if (!source) return [];
  const name: Run[] = [{ text: 'Nguồn: ', bold: true }, { text: source.name }];
  if (!source.url) return [name];
  return [[...name, { text: ' · ' }, { text: shortLink(source.url, 42), url: source.url }], [...name, { text: ' · ' }, { text: shortLink(source.url, 24), url: source.url }], name];
}

const CONTINUED = / \((tiếp theo|phần \d+)\)$/;

/** The parts of the outline, in order, each once. */
export function outlineHeadings(outline: TopicOutline): string[] {
  return [...new Set(outline.slides.map((slide) => slide.heading.replace(CONTINUED, '')))];
}

/** A slide's title: its part's number, then its heading ("2. Thực trạng …"). */
export function slideTitle(slide: TopicOutline['slides'][number]): string {
  const heading = slide.heading.replace(/^((?=[IVX])[IVX]+|\d{1,2}|[a-zđ])[.)]\s+/u, '');
  return slide.part ? `${slide.part}. ${heading}` : heading;
}

/** A references line: title, issuer or author, date, address. */
export function referenceLine(source: TopicSource): string {
  return [source.name, source.issuer, source.date, source.url].filter(Boolean).join(' — ');
}

/** Renders the topical-session deck: cover, objectives, outline, content, questions, conclusion, references, closing. */
export async function renderTopicDeck(input: TopicInput, outline: TopicOutline, options: { theme: DeckThemeId; logo?: Uint8Array }): Promise<Uint8Array> {
  const theme = THEMES[options.theme];
  const logo = options.logo ? readImage(options.logo) : null;
  const hasLogo = logo !== null;
  const cell = input.cellName ?? 'Sinh hoạt chi bộ';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  pptx.title = outline.title;
  pptx.subject = 'Sinh hoạt chuyên đề';
  if (input.presenter) pptx.author = input.presenter;
  if (input.unitName) pptx.company = input.unitName;
  defineDeckMasters(pptx, theme, [input.cellName, 'Sinh hoạt chuyên đề'].filter(Boolean).join(' · '), logo);

  addCoverSlide(pptx, theme, {
    kicker: input.unitName ?? 'Sinh hoạt chuyên đề',
    title: outline.title,
    subtitle: cell,
    lines: ['Sinh hoạt chuyên đề', ...(input.presenter ? [`Người trình bày: ${input.presenter}`] : [])],
    notes: [`Giới thiệu chuyên đề “${outline.title}”. Chuyên đề gồm ${outlineHeadings(outline).length} nội dung chính, phần thảo luận và kết luận.`, outline.notice].filter(Boolean).join('\n\n'),
  }, logo);

  addContentSlides(pptx, theme, {
    title: 'Mục đích, yêu cầu',
    paragraphs: outline.objectives.map((text) => ({ text, bullet: true })),
    notes: `Mục đích, yêu cầu của buổi sinh hoạt chuyên đề:\n${outline.objectives.map((o) => `- ${o}`).join('\n')}`,
    name: 'objectives',
  }, hasLogo);

  const headings = outlineHeadings(outline);
  addContentSlides(pptx, theme, {
    title: 'Nội dung chính',
    paragraphs: headings.map((heading) => ({ text: heading.replace(/^((?=[IVX])[IVX]+|\d{1,2}|[a-zđ])[.)]\s+/u, ''), numbered: true })),
    notes: `Chuyên đề được trình bày theo ${headings.length} nội dung:\n${headings.map((h, i) => `${i + 1}. ${h}`).join('\n')}`,
    name: 'outline',
  }, hasLogo);

  outline.slides.forEach((slide, index) => {
    const [quote, lead] = slide.bullets;
    const paragraphs = slide.kind === 'quote'
      ? [...(lead ? [{ text: lead }] : []), { text: quote ?? '' }]
      : [...(slide.subheading ? [{ text: slide.subheading }] : []), ...slide.bullets.map((text) => ({ text, bullet: true }))];
    addContentSlides(pptx, theme, {
      title: slideTitle(slide),
      paragraphs,
      source: citation(input.sources[slide.sourceIndex]),
      notes: slide.notes,
      name: `content-${index + 1}`,
    }, hasLogo);
  });

  addContentSlides(pptx, theme, {
    title: 'Câu hỏi thảo luận',
    paragraphs: outline.questions.map((text) => ({ text, bullet: true })),
    notes: 'Mời các đồng chí thảo luận, liên hệ thực tế công tác của bản thân và của đơn vị.',
    name: 'questions',
  }, hasLogo);

  addContentSlides(pptx, theme, {
    title: 'Kết luận',
    paragraphs: outline.conclusion.map((text) => ({ text, bullet: true })),
    notes: outline.conclusion.join(' '),
    name: 'conclusion',
  }, hasLogo);

  addContentSlides(pptx, theme, {
    title: 'Tài liệu tham khảo',
    paragraphs: input.sources.map((source) => ({ text: referenceLine(source), numbered: true })),
    notes: 'Các tài liệu dùng để xây dựng chuyên đề; mỗi trang nội dung ghi rõ nguồn ở cuối trang.',
    name: 'references',
  }, hasLogo);

  addCoverSlide(pptx, theme, {
    kicker: input.unitName ?? 'Sinh hoạt chuyên đề',
    title: 'Xin cảm ơn các đồng chí đã chú ý lắng nghe!',
    subtitle: cell,
    lines: [outline.title],
    notes: 'Kết thúc phần trình bày chuyên đề.',
  }, logo, true);

  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finalizePptx(raw, LANG);
}
