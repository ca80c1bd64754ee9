import JSZip from 'jszip';
import { addSlidePlayback, type SlidePlayback } from './slide-playback.ts';

/**
 * Fixes what pptxgenjs 4.0.1 cannot be told to do, on the written zip:
 * - every run is tagged vi-VN (notes, slide numbers and empty paragraphs are hard-coded en-US);
 * - [Content_Types].xml overrides that name parts which do not exist are dropped
 *   (phantom slideMaster entries make PowerPoint repair the file, gitbrent/PptxGenJS#1444);
 * - MP3 parts are typed audio/mpeg (pptxgenjs writes audio/mp3, which is no registered type);
 * - with `playback` (one entry per slide, in order), each slide plays its clip and moves on by itself;
 *   the clip's bytes replace the placeholder media part here, as handing megabytes of audio to
 *   pptxgenjs as base64 cost about 2 s per 10-minute bulletin (encode, then JSZip's decode);
 * - XML parts are deflated and media stored, since pptxgenjs ignores `compression` in write() (#1009).
 */
export async function finalizePptx(bytes: Uint8Array, lang: string, playback?: SlidePlayback[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const clips = await clipParts(zip, playback ?? []);
  for (const name of names) {
    const file = zip.file(name);
    if (!file) continue;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = await file.async('string');
      xml = xml.replace(/lang="en-US"/g, `lang="${lang}"`);
      if (name === '[Content_Types].xml') xml = dropPhantomOverrides(xml, new Set(names)).replace(/ContentType="audio\/mp3"/g, 'ContentType="audio/mpeg"');
      const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
      const plan = slide ? playback?.[Number(slide[1]) - 1] : undefined;
      if (plan) xml = addSlidePlayback(xml, plan);
      zip.file(name, xml, { compression: 'DEFLATE' });
    } else {
      zip.file(name, clips.get(name) ?? (await file.async('uint8array')), { compression: /^ppt\/media\/.*\.(mp3|m4a|mp4|jpe?g)$/i.test(name) ? 'STORE' : 'DEFLATE' });
    }
  }
  return zip.generateAsync({ type: 'uint8array', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** Media part name → the clip to write there, found through each slide's audio relationship. */
async function clipParts(zip: JSZip, playback: SlidePlayback[]): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const [index, plan] of playback.entries()) {
    if (!plan.clip) continue;
    const rels = await zip.file(`ppt/slides/_rels/slide${index + 1}.xml.rels`)?.async('string');
    const target = rels ? /<Relationship [^>]*Type="[^"]*\/relationships\/audio" Target="\.\.\/media\/([^"]+)"/.exec(rels)?.[1] : undefined;
    if (!target) throw new Error(`slide ${index + 1} has no audio relationship for its clip`);
    parts.set(`ppt/media/${target}`, plan.clip);
  }
  return parts;
}

function dropPhantomOverrides(xml: string, parts: Set<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (match, part: string) => (parts.has(part) ? match : ''));
}
