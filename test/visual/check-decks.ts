/**
 * Builds the fixture decks and renders every slide with LibreOffice so a developer can look at them:
 *   node src/bin/run-ts.mjs test/visual/check-decks.ts [out-dir] [more.pptx …]
 * Extra .pptx files (e.g. output/demo/briefing.pptx) are rendered and probed too.
 * Also runs the overflow probe (research/decks.md §5.4) and checks that diacritics survive to PDF.
 * Without LibreOffice it says so and exits 0.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { BriefingSchema } from '../../src/domain/briefing.ts';
import { buildNewsDeck } from '../../src/deck/build-news-deck.ts';
import { buildTopicDeck } from '../../src/stages/topic/build-topic-deck.ts';
import { readSource, readSourceText } from '../../src/stages/topic/read-source.ts';
import { readPdfNode } from '../../src/stages/topic/read-pdf-node.ts';
import { sampleLogoPng } from './sample-logo.ts';
import { spokenBulletin } from '../deck/spoken-bulletin.ts';
import { boxHeights, compareBoxes, emptiestStoryBody, fullestBox, makeProbeDeck } from './overflow-probe.ts';

const run = promisify(execFile);
const outDir = resolve(process.argv[2] ?? 'output/check-decks');
const fixtures = resolve('test/fixtures');

async function has(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

async function briefing(name: string) {
  return BriefingSchema.parse(JSON.parse(await readFile(join(fixtures, 'briefing', `${name}.json`), 'utf8')));
}

async function decks(): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const logo = sampleLogoPng();
  const realistic = await briefing('realistic');
  const extreme = await briefing('extreme');
  const topicFile = join(fixtures, 'topic', 'phat-huy-tinh-than-dang-vien.md');
  const topic = await buildTopicDeck(
    {
      title: 'Phát huy tinh thần tiên phong, gương mẫu của đảng viên trong thực hiện nhiệm vụ chính trị',
      sources: [readSourceText('phat-huy-tinh-than-dang-vien.md', await readFile(topicFile, 'utf8'))],
      presenter: 'Đồng chí Bí thư Chi bộ',
      cellName: realistic.meta.cellName,
      unitName: realistic.meta.unitName,
    },
    { theme: 'do-vang', logo },
  );
  const outlineTitle = 'Nâng cao tinh thần trách nhiệm, giữ gìn phẩm chất đạo đức của đảng viên';
  const fromFile = async (file: string, theme: 'do-vang' | 'trung-tinh') => {
    const source = await readSource(file, new Uint8Array(await readFile(join(fixtures, 'topic', file))), { readPdf: readPdfNode, url: file.endsWith('.html') ? 'https://vks.example.vn/tin/sinh-hoat-chuyen-de' : undefined });
    return (await buildTopicDeck({ title: outlineTitle, sources: [source], presenter: 'Đồng chí Bí thư Chi bộ', cellName: realistic.meta.cellName, unitName: realistic.meta.unitName }, { theme, logo })).pptx;
  };
  const bulletin = spokenBulletin(realistic);
  return [
    { name: 'news-do-vang', bytes: await buildNewsDeck(realistic, { theme: 'do-vang', logo, segments: bulletin.segments, bulletinMp3: bulletin.mp3 }) },
    { name: 'news-trung-tinh', bytes: await buildNewsDeck(realistic, { theme: 'trung-tinh' }) },
    { name: 'news-extreme', bytes: await buildNewsDeck(extreme, { theme: 'do-vang', logo }) },
    { name: 'topic-do-vang', bytes: topic.pptx },
    { name: 'topic-docx', bytes: await fromFile('de-cuong-chuyen-de.docx', 'do-vang') },
    { name: 'topic-pdf', bytes: await fromFile('de-cuong-chuyen-de.pdf', 'trung-tinh') },
    { name: 'topic-html', bytes: await fromFile('bai-viet-sinh-hoat-chuyen-de.html', 'trung-tinh') },
    { name: 'topic-txt', bytes: await fromFile('bai-viet-sinh-hoat-chuyen-de.txt', 'do-vang') },
  ];
}

async function soffice(profile: string, args: string[]): Promise<void> {
  await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], { timeout: 180_000 });
}

async function main(): Promise<number> {
  if (!(await has('soffice')) || !(await has('pdftoppm'))) {
    console.log('Không tìm thấy LibreOffice (soffice) hoặc pdftoppm, bỏ qua bước kết xuất hình.');
    console.log('Cài: apt-get install -y --no-install-recommends libreoffice-impress poppler-utils fonts-liberation2');
    return 0;
  }
  await mkdir(outDir, { recursive: true });
  const probeDir = join(outDir, 'probe');
  await mkdir(probeDir, { recursive: true });
  const profile = join(outDir, `.lo-profile-${process.pid}`);
  let failures = 0;
  try {
    const extra = await Promise.all(process.argv.slice(3).map(async (file) => ({ name: basename(file, '.pptx'), bytes: new Uint8Array(await readFile(file)) })));
    const all = await Promise.all([...(await decks()), ...extra].map(async (deck) => {
      const probe = await makeProbeDeck(deck.bytes);
      await writeFile(join(outDir, `${deck.name}.pptx`), deck.bytes);
      await writeFile(join(probeDir, `${deck.name}.pptx`), probe);
      return { ...deck, probe };
    }));
    // One LibreOffice start per conversion for every deck: it takes seconds to start, a deck less than one to convert.
    await soffice(profile, ['--convert-to', 'pdf', '--outdir', outDir, ...all.map((deck) => join(outDir, `${deck.name}.pptx`))]);
    await soffice(profile, ['--convert-to', 'pptx', '--outdir', join(probeDir, 'rt'), ...all.map((deck) => join(probeDir, `${deck.name}.pptx`))]);
    const reports = await Promise.all(all.map(async (deck) => {
      const pdfPath = join(outDir, `${deck.name}.pdf`);
      const [, info, text, fontList] = await Promise.all([
        run('pdftoppm', ['-r', '60', '-png', pdfPath, join(outDir, deck.name)]),
        run('pdfinfo', [pdfPath]),
        run('pdftotext', [pdfPath, '-']),
        run('pdffonts', [pdfPath]),
      ]);
      const pages = /Pages:\s+(\d+)/.exec(info.stdout)?.[1];
      const diacritics = /Việt|Đảng|đồng chí|Đồng Tháp/i.test(text.stdout);
      // Any font besides Liberation (Arial's stand-in) and the bullet font means a glyph was missing
      // and substituted: fonts-liberation 1.x lacks some Vietnamese letters; install fonts-liberation2.
      const fonts = fontList.stdout.split('\n').slice(2).map((line) => line.split(' ')[0]?.replace(/^[A-Z]{6}\+/, '') ?? '').filter(Boolean);
      const fallback = [...new Set(fonts.filter((font) => !/^(LiberationSans|OpenSymbol)/.test(font)))];

      const drawn = await boxHeights(deck.probe);
      const laidOut = await boxHeights(new Uint8Array(await readFile(join(probeDir, 'rt', `${deck.name}.pptx`))));
      const problems = compareBoxes(drawn, laidOut);
      const fullest = fullestBox(drawn, laidOut);
      const fullestBody = fullestBox(drawn, laidOut, /-body$/);
      const emptiest = emptiestStoryBody(drawn, laidOut);
      const lines = [
        `${deck.name}: ${pages} trang, dấu tiếng Việt trong PDF: ${diacritics ? 'đúng' : 'SAI'}, phông thay thế: ${fallback.length === 0 ? 'không' : fallback.join(', ')}, tràn chữ: ${problems.length === 0 ? 'không' : problems.length}`,
        ...problems.map((problem) => `  TRÀN ${problem}`),
        `  khung đầy nhất: ${fullest.key} ${(fullest.fill * 100).toFixed(0)}% chiều cao; khung nội dung đầy nhất: ${fullestBody.key} ${(fullestBody.fill * 100).toFixed(0)}%`,
        ...(emptiest ? [`  khung tin vơi nhất: ${emptiest.key} ${(emptiest.fill * 100).toFixed(0)}% chiều cao (${emptiest.callout ? 'có' : 'không có'} ô số liệu bên cạnh)`] : []),
        `  hình: ${join(outDir, deck.name)}-*.png`,
      ];
      return { failures: problems.length + (diacritics ? 0 : 1) + fallback.length, lines };
    }));
    for (const report of reports) {
      failures += report.failures;
      for (const line of report.lines) console.log(line);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
