import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { currentKeyFigure, type Briefing, type BriefingStory } from '../domain/briefing.ts';
import { SAMPLE_MARK } from '../domain/sample-mark.ts';
import { localDateTime } from './script-markdown.ts';

/** Vietnamese administrative documents are set in Times New Roman 13–14 pt; sizes are half-points. */
const FONT = 'Times New Roman';
const BODY_SIZE = 26;

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, font: FONT, size: BODY_SIZE, ...options });
const paragraph = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [text(value, options)], spacing: { after: 120 } });
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun({ text: value, font: FONT, bold: true, color: '000000', size: level === HeadingLevel.HEADING_1 ? 30 : 28 })], spacing: { before: 240, after: 120 } });

function storyParagraphs(story: BriefingStory, index: number): Paragraph[] {
  const out = [heading(`${index}. ${story.headline}`, HeadingLevel.HEADING_2), paragraph(story.script)];
  const figure = currentKeyFigure(story);
  if (figure) out.push(new Paragraph({ children: [text('Số liệu nổi bật: ', { bold: true }), text(figure)], spacing: { after: 120 } }));
  out.push(new Paragraph({ children: [text('Nguồn:', { bold: true })] }));
  for (const source of story.sources) {
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          text(`${source.name}: `),
          new ExternalHyperlink({ link: source.url, children: [new TextRun({ text: source.title || source.url, font: FONT, size: BODY_SIZE, style: 'Hyperlink' })] }),
          text(` — ${localDateTime(source.published)}`),
        ],
      }),
    );
  }
  return out;
}

/**
 * The script as a Word document for the meeting minutes: title, cell, date, then every section in
 * order with each story's text and its sources, as read aloud.
 */
export async function renderScriptDocx(briefing: Briefing): Promise<Uint8Array> {
  const { meta } = briefing;
  const [year, month, day] = meta.meetingDate.split('-').map(Number);
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.unitName.toUpperCase(), font: FONT, size: BODY_SIZE })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.cellName, font: FONT, size: BODY_SIZE, bold: true })], spacing: { after: 240 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BẢN TIN THỜI SỰ', font: FONT, size: 32, bold: true, color: '000000' })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`Sinh hoạt chi bộ ngày ${day}/${month}/${year}`, { italics: true })], spacing: { after: 120 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`Tin từ ${localDateTime(meta.window.since)} đến ${localDateTime(meta.window.until)}`, { italics: true })], spacing: { after: 240 } }),
  ];
  if (meta.sample) children.push(paragraph(`${SAMPLE_MARK}: bản tin mẫu từ tin chạy thử (sự kiện giả định), không dùng trong buổi họp.`, { bold: true }));
  children.push(heading('Lời mở đầu', HeadingLevel.HEADING_1), paragraph(briefing.intro));
  briefing.sections.forEach((section, sectionIndex) => {
    children.push(heading(`${sectionIndex + 1}. ${section.title}`, HeadingLevel.HEADING_1), paragraph(section.opener, { italics: true }));
    section.stories.forEach((story, index) => children.push(...storyParagraphs(story, index + 1)));
  });
  for (const segment of briefing.segments) children.push(heading(segment.title, HeadingLevel.HEADING_1), paragraph(segment.script));
  children.push(heading('Lời kết', HeadingLevel.HEADING_1), paragraph(briefing.outro));
  const document = new Document({
    creator: meta.cellName,
    title: `Bản tin thời sự ngày ${day}/${month}/${year}`,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
