import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectoryRevisions, removeTemporaryFiles } from '../../src/runtime/publish-dir-node.ts';
import { publishRevision, removeUnpublishedRevisions, type RevisionStore } from '../../src/stages/publish.ts';

const NAMES = ['briefing.json', 'script.md', 'briefing.mp3', 'briefing.vtt', 'briefing.srt', 'segments.json', 'briefing.pptx'];
const filesOf = (tag: string) => Object.fromEntries(NAMES.map((name) => [name, `${tag}:${name}`]));
const visible = (dir: string) => Object.fromEntries(NAMES.filter((name) => existsSync(join(dir, name))).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The store, but the process "dies" (throws) after `after` files of the new revision. */
function dyingAfter(store: RevisionStore, after: number): RevisionStore {
  let puts = 0;
  return { ...store, putFile: async (revision, name, content) => (++puts > after ? Promise.reject(new Error('kill -9')) : store.putFile(revision, name, content)) };
}

describe('publishing into a CLI output folder', () => {
  it('shows the files of one revision at the top of the folder, switching all of them at once', async () => {
    const store = createDirectoryRevisions(dir);
    await publishRevision(filesOf('r1'), store, { revision: 'r1' });
    expect(visible(dir)).toEqual(filesOf('r1'));
    await publishRevision(filesOf('r2'), store, { revision: 'r2' });
    expect(visible(dir)).toEqual(filesOf('r2'));
    expect(lstatSync(join(dir, 'briefing.mp3')).isSymbolicLink()).toBe(true);
    await publishRevision(filesOf('r3'), store, { revision: 'r3' });
    expect((await store.revisions()).sort()).toEqual(['r2', 'r3']);
  });

  it('leaves the previous bulletin whole when a publish dies after two files, and the next start removes the half', async () => {
    const store = createDirectoryRevisions(dir);
    await publishRevision(filesOf('r1'), store, { revision: 'r1' });
    await expect(publishRevision(filesOf('r2'), dyingAfter(store, 2), { revision: 'r2' })).rejects.toThrow('kill -9');
    writeFileSync(join(dir, '.revisions', 'r2', 'briefing.mp3.abc123.tmp'), 'nửa tệp');
    expect(visible(dir)).toEqual(filesOf('r1'));
    expect((await removeTemporaryFiles(dir)).length).toBe(1);
    expect(await removeUnpublishedRevisions(store)).toEqual(['r2']);
    await publishRevision(filesOf('r3'), store, { revision: 'r3' });
    expect(visible(dir)).toEqual(filesOf('r3'));
  });

  it('replaces the loose files of a run from before revisions with links to the new revision', async () => {
    mkdirSync(dir, { recursive: true });
    for (const name of NAMES) writeFileSync(join(dir, name), `cu:${name}`);
    writeFileSync(join(dir, 'ghi-chu-cua-toi.txt'), 'giữ nguyên');
    await publishRevision(filesOf('r1'), createDirectoryRevisions(dir), { revision: 'r1' });
    expect(visible(dir)).toEqual(filesOf('r1'));
    expect(readFileSync(join(dir, 'ghi-chu-cua-toi.txt'), 'utf8')).toBe('giữ nguyên');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
