import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import { renderScriptDocx } from '../../src/stages/script-docx.ts';

const fixture = async (): Promise<Briefing> => BriefingSchema.parse(JSON.parse(await readFile(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));

const unescape = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of word/document.xml, as Word shows it. */
async function paragraphs(bytes: Uint8Array): Promise<{ lines: string[]; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const lines = xml
    .split('</w:p>')
    .map((part) => unescape([...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')))
    .filter((line) => line.length > 0);
  return { lines, rels: unescape(await zip.file('word/_rels/document.xml.rels')!.async('string')) };
}

describe('renderScriptDocx', () => {
  it('writes a Word file with the title, cell and meeting date first, then the five sections in order', async () => {
    const briefing = await fixture();
    const bytes = await renderScriptDocx(briefing);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const { lines } = await paragraphs(bytes);
    expect(lines.slice(0, 4)).toEqual([briefing.meta.unitName.toUpperCase(), briefing.meta.cellName, 'BẢN TIN THỜI SỰ', 'Sinh hoạt chi bộ ngày 27/11/2026']);
    const order = ['Lời mở đầu', ...briefing.sections.map((section, index) => `${index + 1}. ${section.title}`), ...briefing.segments.map((segment) => segment.title), 'Lời kết'];
    const positions = order.map((heading) => lines.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('holds every story title, its full text and each source under its own section', async () => {
    const briefing = await fixture();
    const { lines, rels } = await paragraphs(await renderScriptDocx(briefing));
    briefing.sections.forEach((section, sectionIndex) => {
      const start = lines.indexOf(`${sectionIndex + 1}. ${section.title}`);
      const end = sectionIndex + 1 < briefing.sections.length ? lines.indexOf(`${sectionIndex + 2}. ${briefing.sections[sectionIndex + 1]!.title}`) : lines.length;
      const inSection = lines.slice(start, end);
      section.stories.forEach((story, index) => {
        expect(inSection).toContain(`${index + 1}. ${story.headline}`);
        expect(inSection).toContain(story.script);
        for (const source of story.sources) {
          expect(inSection.some((line) => line.startsWith(`${source.name}: ${source.title || source.url} — `))).toBe(true);
          expect(rels).toContain(`Target="${source.url}"`);
        }
      });
    });
  });

  it('marks a sample bulletin so it is never read out in a meeting', async () => {
    const briefing = await fixture();
    briefing.meta.sample = true;
    const { lines } = await paragraphs(await renderScriptDocx(briefing));
    expect(lines.some((line) => line.startsWith('BẢN TIN MẪU — tin giả định'))).toBe(true);
  });
  it('leaves out a key figure the editor has removed from the story’s text', async () => {
    const briefing = await fixture();
    const story = briefing.sections.flatMap((section) => section.stories)[0]!;
    story.keyFigure = 'hơn 12,6 tỷ đồng';
    expect([story.headline, story.script, ...story.bullets].join(' ')).not.toContain('12,6 tỷ');
    expect((await paragraphs(await renderScriptDocx(briefing))).lines.some((line) => line.includes('12,6 tỷ'))).toBe(false);
    story.bullets = [...story.bullets, 'Thu hồi hơn 12,6 tỷ đồng'];
    expect((await paragraphs(await renderScriptDocx(briefing))).lines).toContain('Số liệu nổi bật: hơn 12,6 tỷ đồng');
  });
});
