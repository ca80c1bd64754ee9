import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const BIN = join(REPO, 'src/bin/bantin.mjs');
const TRACE = join(import.meta.dirname, 'trace-imports.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'bantin-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the bantin command in a child process and lists the npm packages it imported. */
function runTraced(args: string[], env: Record<string, string> = {}): { stdout: string; packages: string[] } {
  const trace = join(scratch, `trace-${Math.random().toString(36).slice(2)}`);
  const stdout = execFileSync(process.execPath, ['--import', TRACE, BIN, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env, BANTIN_TRACE_IMPORTS: trace } });
  const urls = readFileSync(trace, 'utf8').split('\n');
  const packages = new Set<string>();
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) packages.add(match[1]!);
  }
  return { stdout, packages: [...packages].sort() };
}

/** What running from TypeScript source needs; the built CLI needs none of it. */
const TS_LOADER = ['esbuild', 'tsx'];

describe('the bantin executable', () => {
  it('prints the Vietnamese usage on --help importing no library but the TypeScript loader', () => {
    const { stdout, packages } = runTraced(['--help'], { BANTIN_FROM_SOURCE: '1' });
    expect(stdout).toContain('Cách dùng: bantin <lệnh> [tùy chọn]');
    expect(stdout).toMatch(/\n {2}generate\s+Tạo bản tin đầy đủ/);
    expect(packages.filter((name) => !TS_LOADER.includes(name))).toEqual([]);
  });
});
