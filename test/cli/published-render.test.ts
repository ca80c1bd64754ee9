import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedWithSetup, readPublishedRender, recordPublishedRender, renderKey, renderSetupKey, type RenderInputs } from '../../src/cli/published-render.ts';
import { ConfigSchema } from '../../src/config.ts';
import { BriefingSchema } from '../../src/domain/briefing.ts';
import { createDirectoryRevisions } from '../../src/runtime/publish-dir-node.ts';
import { publishRevision } from '../../src/stages/publish.ts';

const briefing = () => BriefingSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/briefing/realistic.json'), 'utf8')));
const inputs = (): RenderInputs => ({ briefing: briefing(), config: ConfigSchema.parse({}), lexicon: new Map([['VKSND', 'Viện kiểm sát nhân dân']]), codeVersion: 'code-1' });

describe('the content key of a render', () => {
  it('stays the same for a briefing written again from the same news, at another time', () => {
    const again = inputs();
    again.briefing.meta.generatedAt = '2030-01-01T00:00:00.000Z';
    again.briefing.report.stages = [{ stage: 'collect', ms: 812, items: 9 }, { stage: 'write', ms: 40 }];
    expect(renderKey(again)).toBe(renderKey(inputs()));
  });

  it('changes with a word of a story, a voice setting, the lexicon, the logo or the code', () => {
    const base = renderKey(inputs());
    const edited = inputs();
    edited.briefing.sections[0]!.stories[0]!.script += ' Thêm một câu.';
    const slower = inputs();
    slower.config.voice.rate = 0.9;
    const lexicon = { ...inputs(), lexicon: new Map([['VKSND', 'Viện Kiểm sát']]) };
    const logo = { ...inputs(), logo: new Uint8Array([1, 2, 3]) };
    const code = { ...inputs(), codeVersion: 'code-2' };
    const window = inputs();
    window.briefing.meta.window.until = '2030-01-01T00:00:00.000Z';
    const keys = [edited, slower, lexicon, logo, code, window].map(renderKey);
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });
});

describe('files published under a render key', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const publish = async (outDir: string, files: Record<string, string | Uint8Array>, revision: string) =>
    publishRevision(files, createDirectoryRevisions(outDir), { revision });

  it('are read back while the key and the published revision are the ones recorded', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bantin-kept-'));
    dirs.push(outDir);
    await publish(outDir, { 'briefing.json': '{}\n', 'briefing.mp3': new Uint8Array([0xff, 0xfb, 1]) }, 'r1');
    await recordPublishedRender(outDir, { key: 'key-1', revision: 'r1' });
    const kept = await readPublishedRender(outDir, 'key-1');
    expect(Object.keys(kept ?? {}).sort()).toEqual(['briefing.json', 'briefing.mp3']);
    expect([...(kept!['briefing.mp3'] as Uint8Array)]).toEqual([0xff, 0xfb, 1]);
    expect(await readPublishedRender(outDir, 'key-2')).toBeNull();
  });

  it('are not reused once another revision is published, or when a user deleted one of them', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bantin-kept-'));
    dirs.push(outDir);
    await publish(outDir, { 'briefing.json': '{}\n', 'script.md': '# a\n' }, 'r1');
    await recordPublishedRender(outDir, { key: 'key-1', revision: 'r1' });
    unlinkSync(join(outDir, 'script.md'));
    expect(await readPublishedRender(outDir, 'key-1')).toBeNull();
    await publish(outDir, { 'briefing.json': '{}\n', 'script.md': '# b\n' }, 'r2');
    expect(await readPublishedRender(outDir, 'key-1')).toBeNull();
  });

  it('tell whether the bulletin there was rendered with the same code, config, lexicon and logo', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bantin-kept-'));
    dirs.push(outDir);
    const setup = renderSetupKey(inputs());
    expect(await publishedWithSetup(outDir, setup)).toBe(false);
    await publish(outDir, { 'briefing.json': '{}\n' }, 'r1');
    await recordPublishedRender(outDir, { key: renderKey(inputs()), revision: 'r1', setup });
    expect(await publishedWithSetup(outDir, setup)).toBe(true);
    expect(await publishedWithSetup(outDir, renderSetupKey({ ...inputs(), codeVersion: 'code-2' }))).toBe(false);
  });
});
