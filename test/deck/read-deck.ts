import JSZip from 'jszip';

/** One slide as read back from the zip. */
export interface ReadSlide {
  index: number;
  xml: string;
  /** Text of each named shape, by shape name. */
  shapes: Map<string, string>;
  /** All text on the slide, in order. */
  text: string;
  notes: string;
  media: string[];
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => decodeXml([...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))
    .join('\n');
}

/** Unzips a deck and reads its slides in presentation order, with notes and media. */
export async function readDeck(bytes: Uint8Array): Promise<{ zip: JSZip; slides: ReadSlide[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  const presRels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  const ids = [...presentation.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map((m) => m[1]);
  const slides: ReadSlide[] = [];
  for (const [index, rId] of ids.entries()) {
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(presRels);
    const path = `ppt/${(target?.[1] ?? target?.[2] ?? '').replace(/^\.?\//, '')}`;
    const xml = await zip.file(path)!.async('string');
    const rels = (await zip.file(path.replace('slides/', 'slides/_rels/') + '.rels')?.async('string')) ?? '';
    const notesTarget = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
    const notesXml = notesTarget ? await zip.file(`ppt/notesSlides/${notesTarget}`)!.async('string') : '';
    const shapes = new Map<string, string>();
    for (const sp of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
      const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp[1] ?? '')?.[1] ?? '';
      shapes.set(name, textOf(sp[1] ?? ''));
    }
    slides.push({
      index,
      xml,
      shapes,
      text: textOf(xml),
      notes: [...notesXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('\n').replace(/\r\n?/g, '\n'),
      // pptxgenjs links each clip twice (video + media relationships) to one part.
      media: [...new Set([...rels.matchAll(/Target="\.\.\/media\/([^"]+\.mp3)"/g)].map((m) => m[1] ?? ''))],
    });
  }
  return { zip, slides };
}

/** The slide's title: the text of its "*-title" shape. */
export function titleOf(slide: ReadSlide): string {
  for (const [name, text] of slide.shapes) if (/(^|-)title$/.test(name)) return text;
  return '';
}
