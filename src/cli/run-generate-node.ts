import type { Config } from '../config.ts';
import type { Catalog } from '../domain/catalog.ts';
import type { TimeWindow } from '../domain/collected.ts';
import type { Briefing } from '../domain/briefing.ts';
import { generateBriefing, renderBriefing, type BriefingFiles } from '../pipeline.ts';
import { createFsStorage } from '../providers/storage/fs.ts';
import { createNodeRuntime, type Env, type NodeRuntime } from '../runtime/node.ts';
import type { CliIo } from './command.ts';
import { createProgressDisplay } from './progress-display.ts';
import { readLogoFile } from '../runtime/read-files-node.ts';
import { markSample } from '../stages/write/script-frame.ts';

export interface GenerateRun {
  briefing: Briefing;
  files: BriefingFiles;
  outDir: string;
}

/** generate = collect … check, write the editable draft at once, then speak and build the deck. */
export async function runGenerate(options: { catalog: Catalog; window: TimeWindow; config: Config; outDir: string; env: Env; io: CliIo; meetingDate?: string; sample?: boolean }): Promise<GenerateRun> {
  const display = createProgressDisplay(options.io);
  const runtime = await createNodeRuntime(options.config, { env: options.env, progress: display.progress });
  const out = createFsStorage(options.outDir);
  try {
    const { briefing } = await generateBriefing({ catalog: options.catalog, window: options.window, config: options.config, meetingDate: options.meetingDate }, runtime.deps);
    if (options.sample) markSample(briefing);
    // The draft is saved before audio and deck, so a failure there loses none of the writing.
    await out.put('briefing.json', `${JSON.stringify(briefing, null, 2)}\n`);
    const files = await render(briefing, runtime, out);
    return { briefing, files, outDir: options.outDir };
  } finally {
    display.finish();
    await runtime.close();
  }
}

/** render --from: speak and build the deck again from an edited briefing.json. */
export async function runRender(options: { briefing: Briefing; config: Config; outDir: string; env: Env; io: CliIo }): Promise<GenerateRun> {
  const display = createProgressDisplay(options.io);
  const runtime = await createNodeRuntime(options.config, { env: options.env, progress: display.progress });
  try {
    const files = await render(options.briefing, runtime, createFsStorage(options.outDir));
    return { briefing: options.briefing, files, outDir: options.outDir };
  } finally {
    display.finish();
    await runtime.close();
  }
}

async function render(briefing: Briefing, runtime: NodeRuntime, out: ReturnType<typeof createFsStorage>): Promise<BriefingFiles> {
  const logo = runtime.config.deck.logo ? await readLogoFile(runtime.config.deck.logo) : undefined;
  const files = await renderBriefing(briefing, runtime.config, { ...runtime.deps, normalize: runtime.normalize, encoder: runtime.encoder, logo });
  runtime.deps.progress({ stage: 'publish', done: 0, total: Object.keys(files).length, message: 'Đang ghi các tệp' });
  let done = 0;
  for (const [name, content] of Object.entries(files)) {
    await out.put(name, content);
    runtime.deps.progress({ stage: 'publish', done: ++done, total: Object.keys(files).length });
  }
  return files;
}
