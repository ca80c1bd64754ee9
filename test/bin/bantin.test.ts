import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const BIN = join(REPO, 'src/bin/bantin.mjs');
const TRACE = join(import.meta.dirname, 'trace-imports.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'bantin-bin-'));
// Inside the repository, so the built code finds node_modules as dist/ does.
const builds = join(REPO, 'node_modules/.cache');
mkdirSync(builds, { recursive: true });
const dist = mkdtempSync(join(builds, 'bantin-test-dist-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

/** Runs the bantin command in a child process; lists the modules it imported and the npm packages among them. */
function runTraced(args: string[], env: Record<string, string> = {}): { stdout: string; urls: string[]; packages: string[] } {
  const trace = join(scratch, `trace-${Math.random().toString(36).slice(2)}`);
  const stdout = execFileSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, BANTIN_DIST: undefined, BANTIN_FROM_SOURCE: undefined, ...env, BANTIN_TRACE_IMPORTS: trace },
  });
  const urls = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  const packages = new Set<string>();
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(url);
    if (match) packages.add(match[1]!);
  }
  return { stdout, urls, packages: [...packages].sort() };
}

/** What running from TypeScript source needs; the built CLI needs none of it. */
const TS_LOADER = ['esbuild', 'tsx'];

describe('the bantin executable', () => {
  beforeAll(() => {
    // What `npm ci` runs as the prepare script, into a folder of this test's own.
    execFileSync(process.execPath, [join(REPO, 'src/bin/build.mjs'), '--outdir', dist], { cwd: REPO, stdio: 'ignore' });
  });

  it('prints the Vietnamese usage on --help from source, importing no library but the TypeScript loader', () => {
    const { stdout, packages } = runTraced(['--help'], { BANTIN_FROM_SOURCE: '1' });
    expect(stdout).toContain('Cách dùng: bantin <lệnh> [tùy chọn]');
    expect(stdout).toMatch(/\n {2}generate\s+Tạo bản tin đầy đủ/);
    expect(packages.filter((name) => !TS_LOADER.includes(name))).toEqual([]);
  });

  it('runs the build the prepare script makes, with the same --help as the sources and no library imported', () => {
    const built = runTraced(['--help'], { BANTIN_DIST: dist });
    expect(built.urls).toContain(pathToFileURL(join(dist, 'cli.js')).href);
    expect(built.packages).toEqual([]);
    expect(built.stdout).toBe(runTraced(['--help'], { BANTIN_FROM_SOURCE: '1' }).stdout);
  });

  it('shows a command usage from the build without loading the libraries the command runs with', () => {
    const built = runTraced(['normalize', '--help'], { BANTIN_DIST: dist });
    expect(built.stdout).toContain('Cách dùng: bantin normalize');
    expect(built.packages).toEqual([]);
  });

  it('falls back to the sources when a file changed after the build', () => {
    const stale = join(scratch, 'stale');
    // Only build.json is read before falling back, so a copy outside the repository will do.
    execFileSync('cp', ['-r', dist, stale]);
    const manifest = JSON.parse(readFileSync(join(stale, 'build.json'), 'utf8')) as { startedAt: number; inputs: string[] };
    expect(manifest.inputs).toContain('src/cli.ts');
    writeFileSync(join(stale, 'build.json'), JSON.stringify({ ...manifest, startedAt: 0 }));
    const run = runTraced(['--help'], { BANTIN_DIST: stale });
    expect(run.urls).not.toContain(pathToFileURL(join(stale, 'cli.js')).href);
    expect(run.packages).toContain('tsx');
    expect(run.stdout).toContain('Cách dùng: bantin <lệnh> [tùy chọn]');
  });

  it('points the built code at the worker scripts, prompts and demo articles beside the sources', () => {
    // Each file's import.meta.url is replaced by its source file's URL; every path resolved from it must exist.
    const pattern = /new URL\("([^"]+)", new URL\("([^"]+)", import\.meta\.url\)\.href\)/g;
    const resolved: string[] = [];
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      for (const [, target, source] of readFileSync(join(dist, file), 'utf8').matchAll(pattern)) {
        const sourceUrl = new URL(source!, pathToFileURL(join(dist, file)));
        expect(existsSync(fileURLToPath(sourceUrl)), `${file}: ${source}`).toBe(true);
        resolved.push(fileURLToPath(new URL(target!, sourceUrl)));
      }
    }
    const names = resolved.map((path) => path.slice(REPO.length + 1).replace(/\/$/, ''));
    expect(names).toEqual(expect.arrayContaining(['src/providers/tts/espeak-worker-node.mjs', 'src/providers/tts/mp3-encoder-worker-node.mjs', 'prompts', 'feeds/demo']));
    for (const path of resolved) expect(existsSync(path), path).toBe(true);
    expect(readFileSync(join(dist, 'cli.js'), 'utf8')).not.toMatch(/new URL\("\.\.?\//);
  });

  it('builds an offline run and fetches from an address without loading the Azure speech SDK or undici', () => {
    const trace = join(scratch, 'trace-runtime');
    const script = `
      import { createServer } from 'node:http';
      import { createNodeRuntime, loadNodeConfig } from './src/runtime/node.ts';
      const server = createServer((_request, response) => response.end('ok'));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const config = await loadNodeConfig({}, { overrides: { allowPrivateHosts: true } });
      const runtime = await createNodeRuntime(config, { env: { BANTIN_DATA_DIR: ${JSON.stringify(join(scratch, 'data'))} }, progress: () => {} });
      const response = await runtime.deps.fetch('http://127.0.0.1:' + server.address().port + '/');
      console.log(config.voice.provider, await response.text());
      await runtime.close();
      server.close();`;
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--import', TRACE, '--input-type=module', '-e', script], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, AZURE_SPEECH_KEY: undefined, BANTIN_TRACE_IMPORTS: trace },
    });
    expect(stdout.trim()).toBe('espeak ok');
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/src/runtime/node.ts');
    expect(loaded).not.toContain('/node_modules/microsoft-cognitiveservices-speech-sdk/');
    expect(loaded).not.toContain('/node_modules/undici/');
  });

  it('reads article pages the same from the build (cheerio without its fetching helpers) as from the sources', () => {
    const pages = readdirSync(join(REPO, 'test/fixtures'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join('test/fixtures', name));
    expect(pages.length).toBeGreaterThan(3);
    const built = runTraced(['extract', ...pages, '--json'], { BANTIN_DIST: dist });
    expect(built.urls).toContain(pathToFileURL(join(dist, 'cli.js')).href);
    expect(built.packages).not.toContain('undici');
    const paragraphs = (JSON.parse(built.stdout) as { paragraphs: string[] }[]).flatMap((page) => page.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(built.stdout).toBe(runTraced(['extract', ...pages, '--json'], { BANTIN_FROM_SOURCE: '1' }).stdout);
  });

  it('loads the engine without the render libraries, which only a render needs', () => {
    const trace = join(scratch, 'trace-pipeline');
    execFileSync(process.execPath, ['--import', 'tsx', '--import', TRACE, '--input-type=module', '-e', "await import('./src/pipeline.ts');"], {
      cwd: REPO,
      env: { ...process.env, BANTIN_TRACE_IMPORTS: trace },
    });
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/src/pipeline.ts');
    for (const name of ['pptxgenjs', 'docx', 'jszip', '@breezystack/lamejs']) expect(loaded).not.toContain(`/node_modules/${name}/`);
  });
});
