import { concatArrays } from '../../domain/concat-arrays.ts';

/** One ID3 chapter (CHAP frame), in milliseconds from the start of the file. */
export interface Chapter {
  title: string;
  startMs: number;
  endMs: number;
}

/**
 * Builds an ID3v2.3 tag with a title, an artist, one CHAP frame per chapter and an ordered,
 * top-level CTOC listing them (ID3v2 Chapter Frame Addendum 1.0). Text is UTF-16 with a BOM,
 * as v2.3 has no UTF-8. Written here rather than with node-id3 so the speak stage stays free
 * of Node built-ins (it must run on Workers too); node-id3 reads the result back in tests.
 */
export function buildId3Tag(meta: { title: string; artist?: string; chapters: Chapter[] }): Uint8Array {
  if (meta.chapters.length > 255) throw new Error(`ID3 CTOC holds at most 255 chapters, got ${meta.chapters.length}`);
  const frames: Uint8Array[] = [textFrame('TIT2', meta.title)];
  if (meta.artist) frames.push(textFrame('TPE1', meta.artist));
  frames.push(textFrame('TLAN', 'vie'));
  const ids = meta.chapters.map((_, index) => `chp${index}`);
  frames.push(
    frame(
      'CTOC',
      concatArrays([latin1z('toc'), Uint8Array.of(0x03, ids.length), ...ids.map(latin1z), textFrame('TIT2', meta.title)]),
    ),
  );
  meta.chapters.forEach((chapter, index) => {
    const times = new Uint8Array(16);
    const view = new DataView(times.buffer);
    view.setUint32(0, Math.round(chapter.startMs));
    view.setUint32(4, Math.round(chapter.endMs));
    view.setUint32(8, 0xffffffff);
    view.setUint32(12, 0xffffffff);
    frames.push(frame('CHAP', concatArrays([latin1z(ids[index]!), times, textFrame('TIT2', chapter.title)])));
  });
  const body = concatArrays(frames);
  const header = Uint8Array.of(0x49, 0x44, 0x33, 3, 0, 0, ...syncsafe(body.length));
  return concatArrays([header, body]);
}

function frame(id: string, body: Uint8Array): Uint8Array {
  const header = new Uint8Array(10);
  for (let i = 0; i < 4; i += 1) header[i] = id.charCodeAt(i);
  new DataView(header.buffer).setUint32(4, body.length);
  return concatArrays([header, body]);
}

function textFrame(id: string, text: string): Uint8Array {
  const body = new Uint8Array(3 + text.length * 2 + 2);
  body[0] = 0x01;
  body[1] = 0xff;
  body[2] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    body[3 + i * 2] = code & 0xff;
    body[4 + i * 2] = code >> 8;
  }
  return frame(id, body);
}

function latin1z(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

function syncsafe(size: number): number[] {
  return [(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f];
}
