// Plain JavaScript so src/bin/build.mjs can run it before any TypeScript is built.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * sha256 over every file under `root`/src and `root`/package-lock.json, each as its path relative
 * to `root` and its content: any change to the sources or to an installed package's version gives
 * another value.
 */
export async function hashSources(root) {
  const entries = await readdir(join(root, 'src'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const paths = [...files.sort(), join(root, 'package-lock.json')];
  const contents = await Promise.all(paths.map((path) => readFile(path).catch(() => null)));
  const hash = createHash('sha256');
  paths.forEach((path, index) => {
    hash.update(`${relative(root, path)}\0`);
    hash.update(contents[index] ?? 'missing');
    hash.update('\0');
  });
  return hash.digest('hex');
}
