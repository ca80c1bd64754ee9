import NodeID3 from 'node-id3';
import { describe, expect, it } from 'vitest';
import { concatArrays } from '../../../src/domain/concat-arrays.ts';
import { compileLameWasm } from '../../../src/providers/tts/mp3-encoder-node.ts';
import { createLameWasmEncoder } from '../../../src/speech/audio/lame-wasm-encoder.ts';
import { buildId3Tag } from '../../../src/speech/audio/id3-chapters.ts';
import { generateChime } from '../../../src/speech/audio/tone.ts';
import { decodeMp3 } from './mp3-decode.ts';

const chapters = [
  { title: 'Lời mở đầu', startMs: 0, endMs: 1200 },
  { title: 'Tin trong tỉnh', startMs: 1200, endMs: 2500 },
  { title: 'Đồng Tháp khởi công đường ven sông Tiền', startMs: 2500, endMs: 4000 },
];

describe('buildId3Tag on LAME output', async () => {
  const pcm = generateChime(22_050);
  const mp3 = await createLameWasmEncoder(compileLameWasm()).encode(pcm, 22_050, 64);
  const file = concatArrays([buildId3Tag({ title: 'Bản tin thời sự Chi bộ Văn phòng 27/11/2026', artist: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', chapters }), mp3]);

  it('writes chapters and a table of contents that node-id3 reads back in order with Vietnamese titles', () => {
    const tags = NodeID3.read(Buffer.from(file));
    expect(tags.title).toBe('Bản tin thời sự Chi bộ Văn phòng 27/11/2026');
    expect(tags.artist).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp');
    expect(tags.chapter?.map((chapter) => [chapter.tags?.title, chapter.startTimeMs, chapter.endTimeMs])).toEqual(chapters.map((c) => [c.title, c.startMs, c.endMs]));
    const toc = tags.tableOfContents?.[0];
    expect(toc?.isOrdered).toBe(true);
    expect(toc?.elements).toEqual(tags.chapter?.map((chapter) => chapter.elementID));
  });

  it('leaves the MP3 decodable with the tag in front', async () => {
    const decoded = await decodeMp3(file);
    expect(decoded.errors).toBe(0);
    expect(decoded.sampleRate).toBe(22_050);
    expect(decoded.seconds).toBeGreaterThan(pcm.length / 22_050 - 0.05);
    expect(decoded.seconds).toBeLessThan(pcm.length / 22_050 + 0.2);
  });

  it('refuses more chapters than a CTOC can list', () => {
    const many = Array.from({ length: 256 }, (_, i) => ({ title: `${i}`, startMs: i, endMs: i + 1 }));
    expect(() => buildId3Tag({ title: 't', chapters: many })).toThrow(/255/);
  });
});
