import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command.ts';
import { main } from '../../../src/cli.ts';
import { loadUserLexicons } from '../../../src/speech/lexicon/user-lexicons.node.ts';

function fakeIo(stdin: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdin: async () => stdin,
    interactive: false,
  };
  return io;
}

let dir: string;
let savedEnv: string | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-normalize-'));
  savedEnv = process.env.BANTIN_LEXICON;
  delete process.env.BANTIN_LEXICON;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env.BANTIN_LEXICON;
  else process.env.BANTIN_LEXICON = savedEnv;
});

describe('bantin normalize', () => {
  it('writes one spoken line per input line, keeping empty lines', async () => {
    const io = fakeIo('VKSND tỉnh truy tố 04 bị can.\n\nNgày 15/5/2016, lúc 14h30.\n');
    expect(await main(['normalize'], io)).toBe(0);
    expect(io.out.split('\n')).toEqual([
      'Viện kiểm sát nhân dân tỉnh truy tố bốn bị can.',
      '',
      'Ngày mười lăm tháng năm năm hai nghìn không trăm mười sáu, lúc mười bốn giờ ba mươi phút.',
      '',
    ]);
  });

  it('says ngàn with --thousand ngàn', async () => {
    const io = fakeIo('1.500.000 đồng');
    expect(await main(['normalize', '--thousand', 'ngàn'], io)).toBe(0);
    expect(io.out).toBe('một triệu năm trăm ngàn đồng\n');
  });

  it('applies a lexicon given with --lexicon over the built-in one', async () => {
    const file = join(dir, 'extra.tsv');
    writeFileSync(file, '# thử\nVKSĐT\tViện kiểm sát nhân dân tỉnh Đồng Tháp\nGDP\ttổng sản phẩm trong nước\n');
    const io = fakeIo('VKSĐT báo cáo GDP');
    expect(await main(['normalize', '--lexicon', file], io)).toBe(0);
    expect(io.out).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp báo cáo tổng sản phẩm trong nước\n');
  });

  it('loads the files listed in BANTIN_LEXICON', async () => {
    const first = join(dir, 'a.tsv');
    const second = join(dir, 'b.tsv');
    writeFileSync(first, 'ABC\tmột\n');
    writeFileSync(second, 'ABC\thai\nXYZ\tba\n');
    process.env.BANTIN_LEXICON = `${first}:${second}`;
    const io = fakeIo('ABC XYZ');
    expect(await main(['normalize'], io)).toBe(0);
    expect(io.out).toBe('hai ba\n');
  });

  it('lets a BANTIN_LEXICON entry override the reading rules, not only abbreviations', async () => {
    const file = join(dir, 'rules.tsv');
    writeFileSync(file, 'dichvucong.gov.vn\tCổng Dịch vụ công quốc gia\nđường 30/4\tđường Ba Mươi Tháng Tư\n');
    process.env.BANTIN_LEXICON = file;
    const io = fakeIo('Nộp tại dichvucong.gov.vn, số 5 đường 30/4.');
    expect(await main(['normalize'], io)).toBe(0);
    expect(io.out).toBe('Nộp tại Cổng Dịch vụ công quốc gia, số năm đường Ba Mươi Tháng Tư.\n');
  });

  it('fails with a Vietnamese error naming the file and line of a bad lexicon', async () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'VKSĐT\tViện kiểm sát\nhỏng không có tab\n');
    const io = fakeIo('x');
    expect(await main(['normalize', '--lexicon', file], io)).toBe(1);
    expect(io.err).toContain(`Tệp từ điển "${file}", dòng 2`);
    expect(io.out).toBe('');
  });

  it('fails with a Vietnamese error for a missing lexicon file', async () => {
    const io = fakeIo('x');
    expect(await main(['normalize', '--lexicon', join(dir, 'missing.tsv')], io)).toBe(1);
    expect(io.err).toContain('Không đọc được tệp từ điển');
  });

  it('rejects an unknown option and a bad --thousand value', async () => {
    const unknown = fakeIo('x');
    expect(await main(['normalize', '--fast'], unknown)).toBe(2);
    expect(unknown.err).toContain('Lỗi: không có tùy chọn --fast. Xem: bantin normalize --help');
    const bad = fakeIo('x');
    expect(await main(['normalize', '--thousand', 'k'], bad)).toBe(2);
    expect(bad.err).toContain('"nghìn" hoặc "ngàn"');
  });

  it('prints the Vietnamese usage for --help', async () => {
    const io = fakeIo('');
    expect(await main(['normalize', '--help'], io)).toBe(0);
    expect(io.out).toContain('Cách dùng: bantin normalize');
    expect(io.out).toContain('BANTIN_LEXICON');
  });

  it('writes nothing for empty input', async () => {
    const io = fakeIo('');
    expect(await main(['normalize'], io)).toBe(0);
    expect(io.out).toBe('');
  });
});

describe('loadUserLexicons', () => {
  it('loads feeds/lexicon.tsv from the working directory and lets explicit files win', async () => {
    mkdirSync(join(dir, 'feeds'));
    writeFileSync(join(dir, 'feeds', 'lexicon.tsv'), 'ABC\tmột\nDEF\thai\n');
    const explicit = join(dir, 'x.tsv');
    writeFileSync(explicit, 'DEF\tba\n');
    const lexicon = await loadUserLexicons({ cwd: dir, files: [explicit] });
    expect(lexicon.get('ABC')).toBe('một');
    expect(lexicon.get('DEF')).toBe('ba');
  });

  it('returns an empty lexicon when nothing is configured', async () => {
    expect((await loadUserLexicons({ cwd: dir })).size).toBe(0);
  });
});
