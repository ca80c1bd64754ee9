import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by src/bin/build.mjs in the built CLI: a hash of the files it was built from and of package-lock.json. */
declare const BANTIN_CODE_VERSION: string | undefined;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Which code made a bulletin's files: any change to the sources or to an installed package's
 * version gives another value, so files made by other code are never reused as if current.
 */
export async function codeVersion(): Promise<string> {
  if (typeof BANTIN_CODE_VERSION === 'string') return BANTIN_CODE_VERSION;
  const files = (await readdir(join(ROOT, 'src'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return hashFiles(ROOT, [...files.sort(), join(ROOT, 'package-lock.json')]);
}

/** sha256 over each file's path (relative to `root`) and content. */
export async function hashFiles(root: string, paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  const contents = await Promise.all(paths.map((path) => readFile(path).catch(() => null)));
  paths.forEach((path, index) => {
    hash.update(`${relative(root, path)}\0`);
    hash.update(contents[index] ?? 'missing');
    hash.update('\0');
  });
  return hash.digest('hex');
}
