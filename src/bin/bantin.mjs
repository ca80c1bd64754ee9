#!/usr/bin/env node
// Runs the CLI from the JavaScript that `npm ci` built into dist/ (src/bin/build.mjs). When that
// build is missing or older than any file it was built from (a fresh checkout, an edit, a pull),
// it runs the TypeScript sources through tsx instead: slower to start, same behaviour.
// BANTIN_FROM_SOURCE=1 always runs the sources.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const dist = new URL(process.env.BANTIN_DIST ? `${process.env.BANTIN_DIST.replace(/\/?$/, '/')}` : 'dist/', root);

/** True when dist/ was built after the last change to every file it was built from. */
function buildIsFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('build.json', dist), 'utf8'));
  } catch {
    return false;
  }
  for (const input of manifest.inputs) {
    const stat = statSync(new URL(input, root), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.startedAt) return false;
  }
  return true;
}

let main;
if (process.env.BANTIN_FROM_SOURCE !== '1' && buildIsFresh()) {
  ({ main } = await import(new URL('cli.js', dist).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
