import { lstat, mkdir, readdir, readlink, rename, rm, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createFsStorage } from '../providers/storage/fs.ts';
import type { PublishedRevision, RevisionStore } from '../stages/publish.ts';

const REVISIONS = '.revisions';
const CURRENT = '.current';

/**
 * A CLI output folder as a RevisionStore. Each revision is a folder `.revisions/<name>/`; the
 * pointer is the symlink `.current`, replaced by rename (atomic on POSIX). The files users open,
 * `briefing.mp3`, `briefing.pptx`…, are fixed symlinks to `.current/<name>`, so switching the
 * one pointer switches all of them at once and no one ever opens one file of each run.
 */
export function createDirectoryRevisions(outDir: string): RevisionStore {
  const files = createFsStorage(join(outDir, REVISIONS));
  const temporary = (name: string) => join(outDir, `${name}.${randomBytes(6).toString('hex')}.tmp`);

  async function replaceWithLink(target: string, name: string): Promise<void> {
    const path = join(outDir, name);
    const existing = await lstat(path).catch(() => null);
    if (existing?.isSymbolicLink() && (await readlink(path)) === target) return;
    if (existing?.isDirectory()) throw new Error(`[publish] ${path} is a folder, not a file of the bulletin; move it away and publish again`);
    const link = temporary(name);
    await symlink(target, link);
    await rename(link, path);
  }

  const store: RevisionStore = {
    putFile: (revision, name, content) => files.put(`${revision}/${name}`, content),
    async current(): Promise<PublishedRevision | null> {
      const target = await readlink(join(outDir, CURRENT)).catch(() => null);
      if (!target) return null;
      const revision = target.split('/').pop()!;
      const names = await readdir(join(outDir, REVISIONS, revision)).catch(() => [] as string[]);
      return { revision, files: names.filter((name) => !name.endsWith('.tmp')).sort() };
    },
    async switchTo(published) {
      await mkdir(outDir, { recursive: true });
      const previous = await store.current();
      await replaceWithLink(`${REVISIONS}/${published.revision}`, CURRENT);
      for (const name of published.files) await replaceWithLink(`${CURRENT}/${name}`, name);
      for (const name of previous?.files ?? []) {
        if (published.files.includes(name)) continue;
        const path = join(outDir, name);
        if ((await lstat(path).catch(() => null))?.isSymbolicLink()) await unlink(path);
      }
    },
    async revisions() {
      const entries = await readdir(join(outDir, REVISIONS), { withFileTypes: true }).catch(() => []);
      return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    },
    async removeRevision(revision) {
      await rm(join(outDir, REVISIONS, revision), { recursive: true, force: true });
    },
  };
  return store;
}

/** Deletes the `*.tmp` files a killed write left anywhere under `root` (they are never read). */
export async function removeTemporaryFiles(root: string): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.name.endsWith('.tmp') || entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}
