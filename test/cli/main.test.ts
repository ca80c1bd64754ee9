import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';

function captureIo(): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: () => out.join(''), err: () => err.join(''), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', interactive: false };
}

describe('the bantin command', () => {
  it('lists every subcommand with a Vietnamese summary on --help', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const name of ['collect', 'extract', 'generate', 'render', 'normalize', 'topic', 'demo', 'serve', 'user']) {
      expect(io.out()).toMatch(new RegExp(`\\n  ${name}\\s+\\p{Lu}`, 'u'));
    }
    expect(io.out()).not.toContain('(chưa có)');
  });

  it('prints each subcommand usage on <command> --help without running it', async () => {
    const io = captureIo();
    expect(await main(['generate', '--help'], io)).toBe(0);
    expect(io.out()).toContain('--catalog');
    expect(io.err()).toBe('');
  });

  it('names an unknown command in Vietnamese and exits 2', async () => {
    const io = captureIo();
    expect(await main(['tao-ban-tin'], io)).toBe(2);
    expect(io.err()).toContain('không có lệnh "tao-ban-tin"');
    expect(io.err()).not.toContain('Bạn có muốn');
  });

  it('suggests the nearest command for a mistyped one', async () => {
    const io = captureIo();
    expect(await main(['genrate'], io)).toBe(2);
    expect(io.err()).toBe('Lỗi: không có lệnh "genrate". Bạn có muốn dùng generate? Xem danh sách lệnh: bantin --help\n');
  });

  it('answers a mistyped option in Vietnamese with the nearest option of that command, exit 2', async () => {
    const io = captureIo();
    expect(await main(['generate', '--outt', 'x'], io)).toBe(2);
    expect(io.err()).toBe('Lỗi: không có tùy chọn --outt. Bạn có muốn dùng --out? Xem: bantin generate --help\n');
    expect(io.err()).not.toContain('không mong đợi');
  });

  it('suggests from the options of the command typed, also when the command wraps the parse error', async () => {
    const io = captureIo();
    expect(await main(['topic', '--titel', 'x'], io)).toBe(2);
    expect(io.err()).toContain('Bạn có muốn dùng --title?');
    const serve = captureIo();
    expect(await main(['serve', '--dmo'], serve)).toBe(2);
    expect(serve.err()).toContain('không có tùy chọn --dmo. Bạn có muốn dùng --demo?');
  });

  it('gives no suggestion for an option far from every option, and names a missing value', async () => {
    const io = captureIo();
    expect(await main(['render', '--xyzzy'], io)).toBe(2);
    expect(io.err()).toMatch(/^Lỗi: không có tùy chọn --xyzzy\. Xem: bantin render --help/);
    const missing = captureIo();
    expect(await main(['generate', '--out'], missing)).toBe(2);
    expect(missing.err()).toContain('tùy chọn --out cần một giá trị');
  });

  it('suggests the nearest option of normalize, which reads its own options', async () => {
    const io = captureIo();
    expect(await main(['normalize', '--lexicn', 'a.tsv'], io)).toBe(2);
    expect(io.err()).toContain('không có tùy chọn --lexicn. Bạn có muốn dùng --lexicon?');
  });

  it('reports a missing input file in Vietnamese, naming it, with no stack trace', async () => {
    const io = captureIo();
    expect(await main(['render', '--from', '/khong/co/briefing.json'], io)).toBe(1);
    expect(io.err()).toMatch(/^Lỗi: .*\/khong\/co\/briefing\.json/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('rejects an edited briefing.json that breaks the schema, field by field', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'bantin-render-')), 'briefing.json');
    writeFileSync(file, JSON.stringify({ version: 1, intro: '', sections: [] }));
    const io = captureIo();
    expect(await main(['render', '--from', file], io)).toBe(1);
    expect(io.err()).toContain('tệp bản tin không hợp lệ');
    expect(io.err()).toMatch(/trường "meta"/);
  });

  it('refuses to render a briefing.json in which two stories share an id, naming the id', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const briefing = JSON.parse(readFileSync(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')) as { sections: Array<{ stories: Array<{ id: string }> }> };
    const stories = briefing.sections.flatMap((section) => section.stories);
    stories[1]!.id = stories[0]!.id;
    const dir = mkdtempSync(join(tmpdir(), 'bantin-render-'));
    const file = join(dir, 'briefing.json');
    writeFileSync(file, JSON.stringify(briefing));
    const io = captureIo();
    expect(await main(['render', '--from', file, '--out', join(dir, 'ket-qua')], io)).toBe(1);
    expect(io.err()).toContain(`mã tin bị trùng: "${stories[0]!.id}" (2 lần)`);
  });
});
