import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import type { SegmentsFile } from '../../src/domain/segments.ts';
import { buildNewsDeck } from '../../src/deck/build-news-deck.ts';
import { readDeck, titleOf } from './read-deck.ts';
import { sampleLogoPng } from '../visual/sample-logo.ts';
import { SAMPLE_MARK } from '../../src/domain/sample-mark.ts';

async function fixture(name: string): Promise<Briefing> {
  return BriefingSchema.parse(JSON.parse(await readFile(new URL(`../fixtures/briefing/${name}.json`, import.meta.url), 'utf8')));
}

const stories = (briefing: Briefing) => briefing.sections.flatMap((section) => section.stories);

describe('buildNewsDeck', () => {
  it('builds cover, agenda, a divider per section, one slide per story, birthdays and closing, in order', async () => {
    const briefing = await fixture('realistic');
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    const expected = ['BẢN TIN THỜI SỰ', 'Nội dung bản tin'];
    for (const section of briefing.sections) {
      expected.push(section.title, ...section.stories.map((story) => story.headline));
    }
    expected.push('Chúc mừng sinh nhật', 'Xin cảm ơn các đồng chí đã chú ý theo dõi!');
    expect(slides.map(titleOf)).toEqual(expected);
    expect(slides[0]!.text).toContain('Chi bộ Văn phòng');
    expect(slides[0]!.text).toContain('27/11/2026');
    expect(slides[0]!.text).toContain('Tin từ ngày 20/11/2026 đến ngày 26/11/2026');
  });

  it('marks a sample bulletin on its cover and closing slide, and leaves a real one unmarked', async () => {
    const real = await fixture('realistic');
    const sample = await fixture('realistic');
    sample.meta.sample = true;
    const marked = await readDeck(await buildNewsDeck(sample, { theme: 'do-vang' }));
    const plain = await readDeck(await buildNewsDeck(real, { theme: 'do-vang' }));
    expect(marked.slides[0]!.shapes.get('sample-mark')).toBe(SAMPLE_MARK);
    expect(marked.slides.at(-1)!.shapes.get('sample-mark')).toBe(SAMPLE_MARK);
    expect(plain.slides.some((slide) => slide.xml.includes(SAMPLE_MARK))).toBe(false);
  });

  it('puts the anchor script in the notes of every story slide and a source line with a link on it', async () => {
    const briefing = await fixture('realistic');
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'trung-tinh' }));
    for (const story of stories(briefing)) {
      const slide = slides.find((s) => titleOf(s) === story.headline);
      expect(slide, story.headline).toBeDefined();
      expect(slide!.notes).toContain(story.script);
      const source = [...slide!.shapes].find(([name]) => name.endsWith('-source'))?.[1] ?? '';
      expect(source).toContain(`Nguồn: ${story.sources[0]!.name}`);
      expect(slide!.xml).toContain('<a:hlinkClick');
    }
  });

  it('writes XML that parses, tags every run vi-VN and keeps text NFC', async () => {
    const { zip } = await readDeck(await buildNewsDeck(await fixture('realistic'), { theme: 'do-vang', logo: sampleLogoPng() }));
    const xmlParts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts.length).toBeGreaterThan(20);
    for (const name of xmlParts) {
      const xml = await zip.file(name)!.async('string');
      expect(XMLValidator.validate(xml), name).toBe(true);
      expect(xml, name).not.toContain('lang="en-US"');
      expect(xml.normalize('NFC'), name).toBe(xml);
      for (const run of xml.matchAll(/<a:rPr\b[^>]*>/g)) expect(run[0], name).toContain('lang="vi-VN"');
    }
    const contentTypes = await zip.file('[Content_Types].xml')!.async('string');
    for (const part of contentTypes.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(part[1]!), `declared part ${part[1]}`).not.toBeNull();
    const slideXml = await zip.file('ppt/slides/slide4.xml')!.async('string');
    expect(slideXml).toContain('typeface="Arial"');
  });

  it('strips characters XML forbids, even when the briefing carries them', async () => {
    const briefing = await fixture('extreme');
    expect(JSON.stringify(briefing)).toContain('\\u0001');
    const { zip, slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(XMLValidator.validate(xml), name).toBe(true);
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml), name).toBe(false);
    }
    expect(slides.some((slide) => slide.text.includes('Ký tự điều khiển và bị loại bỏ; dấu & < > " \' vẫn giữ nguyên'))).toBe(true);
  });

  it('lists every section in the agenda but skips the divider of a section with no stories', async () => {
    const briefing = await fixture('extreme');
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    expect(slides[1]!.text).toContain('Hoạt động đối ngoại — không có tin mới trong kỳ này');
    expect(slides.map(titleOf)).not.toContain('Hoạt động đối ngoại');
    expect(slides.map(titleOf)).toContain('Tin thế giới');
  });

  it('shows where each story sits in briefing.mp3 in its notes when segments are given', async () => {
    const briefing = await fixture('realistic');
    const first = stories(briefing)[0]!;
    const segments: SegmentsFile = {
      version: 1,
      duration: 300,
      voice: { engine: 'espeak', name: 'vi' },
      items: [{ id: `story:${first.id}`, kind: 'story', title: first.headline, start: 65, end: 110.4, audioKey: 'k' }],
    };
    const { slides } = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', segments }));
    expect(slides.find((s) => titleOf(s) === first.headline)!.notes).toContain('từ 1:05 đến 1:50');
  });

  it('places the logo as an embedded image and ignores bytes that are not PNG or JPEG', async () => {
    const briefing = await fixture('realistic');
    const withLogo = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', logo: sampleLogoPng() }));
    expect(Object.keys(withLogo.zip.files).some((name) => /^ppt\/media\/.*\.png$/.test(name))).toBe(true);
    const junk = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang', logo: new TextEncoder().encode('not an image') }));
    expect(Object.keys(junk.zip.files).some((name) => /^ppt\/media\/.*\.(png|jpe?g)$/.test(name))).toBe(false);
  });

  it('gives the two themes different colours', async () => {
    const briefing = await fixture('realistic');
    const red = await readDeck(await buildNewsDeck(briefing, { theme: 'do-vang' }));
    const slate = await readDeck(await buildNewsDeck(briefing, { theme: 'trung-tinh' }));
    const master = async (deck: typeof red) => {
      const names = Object.keys(deck.zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n));
      return (await Promise.all(names.map((n) => deck.zip.file(n)!.async('string')))).join('');
    };
    expect(await master(red)).toContain('9B1B1B');
    expect(await master(slate)).toContain('24394F');
    expect(await master(slate)).not.toContain('9B1B1B');
  });
});
