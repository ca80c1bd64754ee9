import type { Config } from '../config.ts';
import type { Catalog } from '../domain/catalog.ts';
import type { TimeWindow } from '../domain/collected.ts';
import type { Briefing } from '../domain/briefing.ts';
import type { StageTiming } from '../domain/run-report.ts';
import { generateBriefing, publishBriefing, renderBriefing, type BriefingFiles } from '../pipeline.ts';
import { randomBytes } from 'node:crypto';
import { createFsStorage } from '../providers/storage/fs.ts';
import { newRevisionName, removeUnpublishedRevisions } from '../stages/publish.ts';
import { createDirectoryRevisions, removeTemporaryFiles } from '../runtime/publish-dir-node.ts';
import { createNodeRuntime, loadLexiconNode, type Env, type NodeRuntime } from '../runtime/node.ts';
import type { VoiceOptions } from '../runtime/providers-node.ts';
import type { CliIo } from './command.ts';
import { createProgressDisplay } from './progress-display.ts';
import { readLogoFile } from '../runtime/read-files-node.ts';
import { markSample } from '../stages/write/script-frame.ts';
import { codeVersion } from '../runtime/code-version-node.ts';
import { publishedWithSetup, readPublishedRender, recordPublishedRender, renderKey, renderSetupKey, type RenderInputs } from './published-render.ts';

export interface GenerateRun {
  briefing: Briefing;
  files: BriefingFiles;
  outDir: string;
  /** Each stage's wall time, publish included, in the order they ran. */
  timings: StageTiming[];
}

/** generate = collect … check, write the editable draft at once, then speak and build the deck. */
export async function runGenerate(options: { catalog: Catalog; window: TimeWindow; config: Config; outDir: string; env: Env; io: CliIo; meetingDate?: string; sample?: boolean }): Promise<GenerateRun> {
  const display = createProgressDisplay(options.io);
  const setup = await renderSetup(options.config);
  const runtime = await createNodeRuntime(options.config, { env: options.env, progress: display.progress, voice: await voiceUse(options.outDir, setup), lexicon: setup.lexicon });
  const out = createFsStorage(options.outDir);
  try {
    await cleanOutput(options.outDir);
    const { briefing } = await generateBriefing({ catalog: options.catalog, window: options.window, config: options.config, meetingDate: options.meetingDate }, runtime.deps);
    if (options.sample) markSample(briefing);
    // The draft is saved before audio and deck, so a failure there loses none of the writing; it
    // stays beside, not among, the published files until its own bulletin replaces them.
    await out.put(DRAFT, `${JSON.stringify(briefing, null, 2)}\n`);
    const files = await render(briefing, runtime, options.outDir, setup);
    await out.delete(DRAFT);
    display.finish();
    return { briefing, files, outDir: options.outDir, timings: runtime.deps.report.timings };
  } catch (error) {
    display.stopped();
    throw error;
  } finally {
    display.finish();
    await runtime.close();
  }
}

/** render --from: speak and build the deck again from an edited briefing.json. */
export async function runRender(options: { briefing: Briefing; config: Config; outDir: string; env: Env; io: CliIo }): Promise<GenerateRun> {
  const display = createProgressDisplay(options.io);
  const setup = await renderSetup(options.config);
  const runtime = await createNodeRuntime(options.config, { env: options.env, progress: display.progress, voice: await voiceUse(options.outDir, setup), lexicon: setup.lexicon });
  try {
    await cleanOutput(options.outDir);
    const files = await render(options.briefing, runtime, options.outDir, setup);
    // The written briefing.json carries the re-checked stories and counts.
    const json = files['briefing.json'];
    const briefing = json === undefined ? options.briefing : (JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json)) as Briefing);
    return { briefing, files, outDir: options.outDir, timings: runtime.deps.report.timings };
  } catch (error) {
    display.stopped(['check', 'speak', 'deck', 'publish']);
    throw error;
  } finally {
    display.finish();
    await runtime.close();
  }
}

/** Written by generate before speech; `bantin render --from` it if the run stopped after writing. */
const DRAFT = 'briefing.draft.json';

/** What a killed run left: temporary files and revisions that were never published. */
async function cleanOutput(outDir: string): Promise<void> {
  await removeTemporaryFiles(outDir);
  await removeUnpublishedRevisions(createDirectoryRevisions(outDir));
}

/** What a render is made from besides the briefing (see renderKey). */
async function renderSetup(config: Config): Promise<Omit<RenderInputs, 'briefing'>> {
  const logo = config.deck.logo ? await readLogoFile(config.deck.logo) : undefined;
  return { config, lexicon: await loadLexiconNode(config), logo, codeVersion: await codeVersion() };
}

/**
 * The voice starts its workers early unless the published bulletin was rendered with this same
 * setup: then unchanged news keeps its files and nothing is spoken; changed news starts them on
 * the first item instead.
 */
async function voiceUse(outDir: string, setup: Omit<RenderInputs, 'briefing'>): Promise<VoiceOptions> {
  return { warm: !(await publishedWithSetup(outDir, renderSetupKey(setup))) };
}

async function render(briefing: Briefing, runtime: NodeRuntime, outDir: string, setup: Omit<RenderInputs, 'briefing'>): Promise<BriefingFiles> {
  const { logo } = setup;
  // Files already published from the same briefing, config, lexicon and code are kept as they are.
  const key = renderKey({ briefing, ...setup });
  const kept = await readPublishedRender(outDir, key);
  if (kept) {
    runtime.deps.progress({ stage: 'publish', done: 0, total: 0, message: 'Bản tin không đổi so với lần trước: giữ nguyên các tệp đã có' });
    return kept;
  }
  const files = await renderBriefing(briefing, runtime.config, { ...runtime.deps, normalize: runtime.normalize, encoder: runtime.encoder, logo });
  const published = await publishBriefing(files, createDirectoryRevisions(outDir), { revision: newRevisionName(new Date(), () => randomBytes(3).toString('hex')) }, runtime.deps);
  await recordPublishedRender(outDir, { key, revision: published.revision, setup: renderSetupKey(setup) });
  return files;
}
