import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing } from '../domain/briefing.ts';
import type { Config } from '../config.ts';
import type { BriefingFiles } from '../pipeline.ts';
import type { Lexicon } from '../speech/lexicon/lexicon.ts';
import { createFsStorage } from '../providers/storage/fs.ts';
import { getJson, putJson } from '../providers/storage/storage.ts';
import { createDirectoryRevisions } from '../runtime/publish-dir-node.ts';

/** Everything the files of a render are made from. */
export interface RenderInputs {
  briefing: Briefing;
  config: Config;
  /** The speech lexicon in effect (built-in plus the user's files). */
  lexicon: Lexicon;
  logo?: Uint8Array;
  /** From codeVersion(): the code (and installed packages) that render. */
  codeVersion: string;
}

/** Beside the published files in an output folder: the key they were rendered under. */
const RECORD = '.render-key.json';

interface RenderRecord {
  key: string;
  revision: string;
  /** renderSetupKey of the same render. */
  setup?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The content key of a render: the same key means the same files. The briefing's generatedAt is
 * left out: it says when the words were written, not what they say, so a bulletin written again
 * from unchanged news keeps the files (and the time) of the first writing. Every other field of
 * the briefing and of the config counts, so any edit renders again.
 */
export function renderKey(inputs: RenderInputs): string {
  const { generatedAt: _generatedAt, ...meta } = inputs.briefing.meta;
  // How long each stage took differs on every run and is in no file but briefing.json's report.
  const { stages: _stages, ...report } = inputs.briefing.report;
  return sha256(JSON.stringify({ setup: renderSetupKey(inputs), briefing: { ...inputs.briefing, meta, report } }));
}

/** The part of the render key that is not the briefing: code, config, lexicon and logo. */
export function renderSetupKey(inputs: Omit<RenderInputs, 'briefing'>): string {
  return sha256(JSON.stringify({ code: inputs.codeVersion, config: inputs.config, lexicon: [...inputs.lexicon], logo: inputs.logo ? sha256(inputs.logo) : null }));
}

/**
 * True when the bulletin published in `outDir` was rendered with this setup, so a run whose news
 * did not change will keep it and speak nothing: such a run need not start the voice early.
 */
export async function publishedWithSetup(outDir: string, setupKey: string): Promise<boolean> {
  const record = await getJson<RenderRecord>(createFsStorage(outDir), RECORD).catch(() => null);
  return record?.setup === setupKey;
}

/** The files published in `outDir` when they were rendered under `key` and are all still there; null otherwise. */
export async function readPublishedRender(outDir: string, key: string): Promise<BriefingFiles | null> {
  const record = await getJson<RenderRecord>(createFsStorage(outDir), RECORD).catch(() => null);
  if (record?.key !== key) return null;
  const current = await createDirectoryRevisions(outDir).current();
  if (current?.revision !== record.revision || current.files.length === 0) return null;
  const files: BriefingFiles = {};
  for (const name of current.files) {
    // Read through the link users open, so a file they deleted or replaced is noticed.
    const content = await readFile(join(outDir, name)).catch(() => null);
    if (!content) return null;
    files[name] = new Uint8Array(content);
  }
  return files;
}

/** Notes that the revision now published in `outDir` was rendered under `key`. */
export async function recordPublishedRender(outDir: string, record: RenderRecord): Promise<void> {
  await putJson(createFsStorage(outDir), RECORD, record);
}
