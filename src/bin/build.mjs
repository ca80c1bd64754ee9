#!/usr/bin/env node
// Builds the CLI (and the server it starts) into dist/ as plain JavaScript, so `bantin` starts
// without compiling TypeScript on every run. `npm ci` runs it as the `prepare` script;
// src/bin/bantin.mjs runs dist/ only while it is newer than every file it was built from.
//
//   node src/bin/build.mjs [--outdir DIR]
import { build } from 'esbuild';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hashSources } from '../runtime/hash-sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Read by src/bin/bantin.mjs: when the build was made and from which files. */
export const MANIFEST = 'build.json';

/**
 * Bundled code runs from dist/, one folder away from the source file it came from, so
 * `new URL('./espeak-worker-node.mjs', import.meta.url)` or `new URL('../../../prompts/', …)`
 * would point elsewhere. Each source file's `import.meta.url` is replaced by the URL of that
 * source file, so worker scripts, their wasm and the prompts/ and feeds/ data resolve as under tsx.
 */
function sourceUrlPlugin(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(context) {
      context.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (/import\.meta\.(dirname|filename)/.test(text)) {
          throw new Error(`${relative(ROOT, args.path)}: dùng import.meta.url thay cho import.meta.dirname/filename để bản dựng dist/ tìm đúng tệp.`);
        }
        const fromOutput = relative(outdir, args.path).split('\\').join('/');
        const contents = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`);
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** Builds into a fresh folder beside `outdir`, then swaps it in, so a running bantin never sees half a build. */
export async function buildCli(outdir = join(ROOT, 'dist')) {
  const startedAt = Date.now();
  const staging = `${outdir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: join(ROOT, 'src/cli.ts') },
    outdir: staging,
    bundle: true,
    // One chunk per lazily imported command, so `bantin --help` loads none of them.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // node_modules stay where they are: native addons (better-sqlite3), wasm and worker files load as usual.
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // cheerio's Node entry adds fetching helpers (fromURL, streams) bantin never calls and loads
    // undici for them (about half a second); its browser entry exports the same load() alone.
    alias: { cheerio: './node_modules/cheerio/dist/browser/index.js' },
    define: { BANTIN_CODE_VERSION: JSON.stringify(await hashSources(ROOT)) },
    plugins: [sourceUrlPlugin(staging)],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/'));
  // The build depends on these too: a change in either makes the build stale.
  inputs.push('src/bin/build.mjs', 'tsconfig.json', 'package-lock.json');
  await writeFile(join(staging, MANIFEST), `${JSON.stringify({ startedAt, inputs }, null, 1)}\n`);
  const old = `${outdir}.old-${process.pid}`;
  await rename(outdir, old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outdir);
  await rm(old, { recursive: true, force: true });
  return { outdir, inputs: inputs.length, ms: Date.now() - startedAt };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const built = await buildCli(values.outdir ? resolve(values.outdir) : undefined);
  process.stderr.write(`bantin: đã dựng ${relative(process.cwd(), built.outdir) || '.'} từ ${built.inputs} tệp nguồn (${built.ms} ms).\n`);
}
