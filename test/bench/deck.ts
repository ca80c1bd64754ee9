import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { BriefingSchema } from '../../src/domain/briefing.ts';
import { buildNewsDeck } from '../../src/deck/build-news-deck.ts';
import { spokenBulletin } from '../deck/spoken-bulletin.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * `npm run bench -- deck`: the news deck of the realistic fixture read at a newsreader's pace,
 * built as it is and as a self-running deck (every slide with its cut of the bulletin); prints
 * the median build time of five, the sizes, and how the slide clips add up against the bulletin.
 */
export async function benchDeck(): Promise<void> {
  const briefing = BriefingSchema.parse(JSON.parse(await readFile(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  const bulletin = spokenBulletin(briefing, 0.065);
  const time = async (withAudio: boolean) => {
    const runs: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      bytes = await buildNewsDeck(briefing, { theme: 'do-vang', segments: bulletin.segments, ...(withAudio ? { bulletinMp3: bulletin.mp3 } : {}) });
      runs.push(performance.now() - start);
    }
    return { ms: median(runs), bytes };
  };
  const plain = await time(false);
  const running = await time(true);
  const zip = await JSZip.loadAsync(running.bytes);
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  let advance = 0;
  let clipBytes = 0;
  for (const name of slides) advance += Number(/advTm="(\d+)"/.exec(await zip.file(name)!.async('string'))?.[1] ?? 0);
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.mp3$/.test(n))) clipBytes += (await zip.file(name)!.async('uint8array')).length;
  console.log(`bulletin: ${(bulletin.segments.duration / 60).toFixed(1)} min, ${(bulletin.mp3.length / 1e6).toFixed(2)} MB; deck: ${slides.length} slides`);
  console.log(`build, median of 5: ${plain.ms.toFixed(0)} ms plain, ${running.ms.toFixed(0)} ms self-running`);
  console.log(`size: ${(plain.bytes.length / 1e6).toFixed(2)} MB plain, ${(running.bytes.length / 1e6).toFixed(2)} MB self-running`);
  console.log(`slide clips: ${(clipBytes / 1e6).toFixed(2)} MB (bulletin ${(bulletin.mp3.length / 1e6).toFixed(2)} MB); slide times add up to ${(advance / 1000).toFixed(3)} s (bulletin ${bulletin.segments.duration.toFixed(3)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDeck();
