import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import { buildNewsDeck } from '../../src/deck/build-news-deck.ts';
import { BODY_SIZES, BODY_STYLE, CALLOUT_LABEL, CONTINUED, SOURCE_SIZES, STORY_BODY_SIZES, TITLE_SIZES, TITLE_STYLE, bodyStyle, splitFigure } from '../../src/deck/content-slides.ts';
import { GEOMETRY } from '../../src/deck/deck-theme.ts';
import { blockHeight, fitFontSize, paginate, type Paragraph } from '../../src/deck/fit-text.ts';
import { textWidth, wrapLines } from '../../src/deck/measure-text.ts';
import { readDeck, titleOf } from './read-deck.ts';

const EMU = 914400;
const LONG_WORD = 'Chốngthamnhũngtiêucựclãngphíquanliêutrongbộmáynhànước';
const HEADLINE = Array.from({ length: 40 }, (_, i) => ['Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'Đồng', 'Tháp', 'triển', 'khai', 'quyết', 'liệt', 'giải', 'pháp'][i % 13]).join(' ');
const SCRIPT = 'Theo Báo Đồng Tháp, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành rà soát từng dự án và xác định rõ trách nhiệm của người đứng đầu. '.repeat(17);

async function extremeBriefing(): Promise<Briefing> {
  const base = BriefingSchema.parse(JSON.parse(await readFile(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  const story = base.sections[0]!.stories[0]!;
  const bullets = Array.from({ length: 12 }, (_, i) =>
    i === 3 ? `Từ rất dài ${LONG_WORD}${LONG_WORD}` : `Ý thứ ${i + 1}: tăng cường kiểm sát hoạt động tư pháp trong lĩnh vực hình sự, dân sự, hành chính, bảo đảm đúng người, đúng tội, đúng pháp luật`);
  // Twelve bullets is more than the schema allows: the deck must still cope with whatever it is given.
  return { ...base, sections: base.sections.map((section, i) => (i === 0 ? { ...section, stories: [{ ...story, headline: HEADLINE, script: SCRIPT, bullets }] } : section)) };
}

/** The paragraphs, font size and box of a named shape, read back from the slide XML. */
function shape(xml: string, name: string): { paragraphs: Paragraph[]; size: number; w: number; h: number } | null {
  const sp = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1] ?? '').find((s) => s.includes(`name="${name}"`));
  if (!sp) return null;
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(sp)!;
  const paragraphs = [...sp.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => ({
    text: [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
    bullet: /<a:bu(Char|AutoNum)/.test(p[1] ?? ''),
  }));
  return { paragraphs, size: Number(/sz="(\d+)"/.exec(sp)![1]) / 100, w: Number(ext[1]) / EMU, h: Number(ext[2]) / EMU };
}

describe('text measurement', () => {
  it('measures Vietnamese letters by their base letter and a wide letter wider than a narrow one', () => {
    expect(textWidth('Đồng', { fontSize: 10 })).toBeCloseTo(textWidth('Dong', { fontSize: 10 }), 5);
    expect(textWidth('m', { fontSize: 20 })).toBeGreaterThan(textWidth('i', { fontSize: 20 }));
    expect(textWidth('ư', { fontSize: 20 })).toBeGreaterThan(textWidth('u', { fontSize: 20 }));
  });

  it('breaks a word longer than the line between its letters', () => {
    const lines = wrapLines(`a ${LONG_WORD}`, { fontSize: 20 }, 200);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(`a${LONG_WORD}`);
    for (const line of lines) expect(textWidth(line, { fontSize: 20 })).toBeLessThanOrEqual(200);
  });

  it('shrinks to a smaller size before giving up, and paginates so every page fits', () => {
    const box = { w: 6, h: 2 };
    const paragraphs = Array.from({ length: 4 }, () => ({ text: 'Nâng cao chất lượng tranh tụng tại phiên tòa hình sự', bullet: true }));
    const size = fitFontSize(paragraphs, BODY_STYLE, box, { max: 28, min: 12 });
    expect(size).not.toBeNull();
    expect(size!).toBeLessThan(28);
    expect(blockHeight(paragraphs, size!, BODY_STYLE, box)).toBeLessThanOrEqual(box.h);
    const pages = paginate(Array.from({ length: 12 }, () => paragraphs[0]!), 20, BODY_STYLE, box);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(blockHeight(page, 20, BODY_STYLE, box)).toBeLessThanOrEqual(box.h);
  });

  it('cuts a paragraph taller than a page between lines without changing its text', () => {
    const text = `Mở đầu ${LONG_WORD.repeat(6)} và ${'kết thúc đoạn văn rất dài '.repeat(20).trim()}`;
    const box = { w: 4, h: 1.5 };
    const pages = paginate([{ text, bullet: true }], 20, BODY_STYLE, box);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(blockHeight(page, 20, BODY_STYLE, box)).toBeLessThanOrEqual(box.h);
    // Every piece is an exact slice of the text, in order, cut only at spaces or inside the long word.
    let position = 0;
    for (const piece of pages.flat().map((p) => p.text)) {
      while (text[position] === ' ') position += 1;
      expect(text.slice(position, position + piece.length)).toBe(piece);
      position += piece.length;
    }
    expect(position).toBe(text.length);
  });
});

describe('fitting extreme input on the news deck', () => {
  it('fits every title and body box and splits twelve long bullets across "(tiếp theo)" slides', async () => {
    const briefing = await extremeBriefing();
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    const storySlides = slides.filter((slide) => slide.shapes.has('story-1-title'));
    expect(storySlides.length).toBeGreaterThan(1);
    storySlides.slice(1).forEach((slide) => expect(titleOf(slide)).toContain(CONTINUED));

    for (const slide of slides) {
      for (const name of slide.shapes.keys()) {
        if (!/-(title|body)$/.test(name) || name.startsWith('cover') || name.startsWith('section')) continue;
        const box = shape(slide.xml, name)!;
        const style = name.endsWith('-title') ? TITLE_STYLE : bodyStyle(shape(slide.xml, name)!.size);
        const sizes = name.endsWith('-title') ? TITLE_SIZES : BODY_SIZES;
        expect(box.size, `${slide.index + 1}:${name}`).toBeGreaterThanOrEqual(sizes.min);
        expect(blockHeight(box.paragraphs, box.size, style, box), `${slide.index + 1}:${name}`).toBeLessThanOrEqual(box.h);
      }
    }

    const shown = storySlides.flatMap((slide) => shape(slide.xml, 'story-1-body')!.paragraphs.map((p) => p.text)).join(' ');
    const bullets = briefing.sections[0]!.stories[0]!.bullets;
    expect(shown.replace(/\s+/g, '')).toBe(bullets.join('').replace(/\s+/g, ''));
    for (const slide of storySlides) expect(slide.notes).toContain(SCRIPT.trim());
  });

  it('shrinks a 40-word headline to fit its title box, and cuts it at a word only past the smallest size', async () => {
    const { slides } = await readDeck(await buildNewsDeck(await extremeBriefing(), { theme: 'trung-tinh' }));
    const slide = slides.find((s) => s.shapes.has('story-1-title'))!;
    const title = shape(slide.xml, 'story-1-title')!;
    expect(HEADLINE.split(' ').length).toBe(40);
    expect(title.size).toBeLessThan(TITLE_SIZES.max);
    expect(title.paragraphs[0]!.text).toBe(HEADLINE);

    const longer = await extremeBriefing();
    const story = longer.sections[0]!.stories[0]!;
    longer.sections[0]!.stories[0] = { ...story, headline: `${HEADLINE} ${HEADLINE} ${HEADLINE}` };
    const cut = await readDeck(await buildNewsDeck(longer, { theme: 'trung-tinh' }));
    const cutTitle = shape(cut.slides.find((s) => s.shapes.has('story-1-title'))!.xml, 'story-1-title')!;
    expect(cutTitle.size).toBe(TITLE_SIZES.min);
    expect(cutTitle.paragraphs[0]!.text.endsWith('…')).toBe(true);
    expect(`${HEADLINE} ${HEADLINE} ${HEADLINE}`.startsWith(cutTitle.paragraphs[0]!.text.slice(0, -1))).toBe(true);
  });
});

describe('story slides that use their space', () => {
  async function realistic(): Promise<Briefing> {
    return BriefingSchema.parse(JSON.parse(await readFile(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  }

  it('sets short bullets larger than the old 26 pt ceiling and still inside their box', async () => {
    const briefing = await realistic();
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    const bodies = slides.flatMap((slide) => [...slide.shapes.keys()].filter((name) => /^story-\d+-body$/.test(name)).map((name) => shape(slide.xml, name)!));
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) {
      expect(body.size).toBeLessThanOrEqual(STORY_BODY_SIZES.max);
      expect(blockHeight(body.paragraphs, body.size, bodyStyle(body.size), body)).toBeLessThanOrEqual(body.h);
    }
    expect(Math.max(...bodies.map((body) => body.size))).toBeGreaterThan(BODY_SIZES.max);
  });

  it('shows the key figure in a callout beside the bullets, and none once the text no longer says it', async () => {
    const briefing = await realistic();
    const story = briefing.sections[0]!.stories[0]!;
    const figure = story.script.match(/\d[\d.,]*\s*(?:tỷ đồng|ha|%)/)![0];
    story.keyFigure = figure;
    const stale = briefing.sections[1]!.stories[0]!;
    stale.keyFigure = '999 tỷ đồng';
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    const withFigure = slides.find((slide) => titleOf(slide) === story.headline)!;
    const { number, unit } = splitFigure(figure);
    expect(`${withFigure.shapes.get('story-1-callout')} ${withFigure.shapes.get('story-1-callout-unit') ?? ''}`.trim()).toBe(figure.replace(/\s+/g, ' '));
    expect(withFigure.shapes.get('story-1-callout')).toBe(number);
    if (unit) expect(withFigure.shapes.get('story-1-callout-unit')).toBe(unit);
    expect(withFigure.shapes.get('story-1-callout-label')).toBe(CALLOUT_LABEL.toLocaleUpperCase('vi'));
    expect(shape(withFigure.xml, 'story-1-body')!.w).toBeLessThan(GEOMETRY.contentW - 3);
    const callout = shape(withFigure.xml, 'story-1-callout')!;
    expect(blockHeight(callout.paragraphs, callout.size, TITLE_STYLE, callout)).toBeLessThanOrEqual(callout.h);
    const withStale = slides.find((slide) => titleOf(slide) === stale.headline)!;
    expect([...withStale.shapes.keys()].some((name) => name.endsWith('-callout'))).toBe(false);
  });

  it('splits a figure into its number and its noun, keeping qualifiers with the number', () => {
    expect(splitFigure('hơn 12,6 tỷ đồng')).toEqual({ number: 'hơn 12,6', unit: 'tỷ đồng' });
    expect(splitFigure('14 nghị quyết')).toEqual({ number: '14', unit: 'nghị quyết' });
    expect(splitFigure('trên 8%')).toEqual({ number: 'trên 8%', unit: '' });
  });

  it('sets every source line at 16 pt or more', async () => {
    const { slides } = await readDeck(await buildNewsDeck(await realistic(), { theme: 'trung-tinh' }));
    const sources = slides.flatMap((slide) => [...slide.shapes.keys()].filter((name) => name.endsWith('-source')).map((name) => shape(slide.xml, name)!));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source.size).toBeGreaterThanOrEqual(Math.max(16, SOURCE_SIZES.min));
  });
});
