import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'src/bin/bantin.mjs');

/** A small seeded generator (mulberry32), so a failing schedule of kills can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Run {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed). */
  exited: Promise<number | null>;
}

/** Starts `bantin <args>` as its own process, as a user would. */
export function runBantin(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, ...env, BANTIN_DEBUG: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** kill -9, then waits for the process to be gone. */
export async function killHard(run: Run): Promise<void> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  await run.exited;
}

/** The last progress stage the run printed ("Đọc bản tin", "Ghi tệp"…), for the log of kills. */
export function lastStage(output: string): string {
  const lines = output.split(/\r|\n/).map((line) => line.trim()).filter((line) => /^[\p{L} ]+: \d+\/\d+/u.test(line));
  return lines.at(-1)?.split(':')[0] ?? 'khởi động';
}

/** Every `.tmp` file under `root`. */
export function temporaryFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.tmp'));
}

export const BULLETIN_FILES = ['briefing.json', 'script.md', 'briefing.mp3', 'briefing.vtt', 'briefing.srt', 'segments.json', 'briefing.pptx', 'briefing.html', 'briefing.docx'];

/**
 * The files of one bulletin agree with each other: the first headline of briefing.json is the
 * first story's title in segments.json, a heading of script.md and a chapter title in the MP3's
 * ID3 tags (UTF-16). Returns that headline; throws naming the file that belongs to another run.
 */
export function headlineOfWhole(read: (name: string) => Buffer): string {
  const briefing = JSON.parse(read('briefing.json').toString('utf8')) as { sections: Array<{ stories: Array<{ headline: string }> }> };
  const headline = briefing.sections[0]!.stories[0]!.headline;
  const segments = JSON.parse(read('segments.json').toString('utf8')) as { items: Array<{ kind: string; title: string }> };
  const problems = [
    segments.items.find((item) => item.kind === 'story')?.title === headline ? null : 'segments.json',
    read('script.md').toString('utf8').includes(headline) ? null : 'script.md',
    read('briefing.mp3').includes(Buffer.from(headline, 'utf16le')) ? null : 'briefing.mp3',
    read('briefing.vtt').length > 0 && read('briefing.srt').length > 0 && read('briefing.pptx').subarray(0, 2).toString('latin1') === 'PK' ? null : 'subtitles or deck',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${problems.join(', ')} not from the run of briefing.json ("${headline}")`);
  return headline;
}

/**
 * What a CLI output folder shows: null before any publish, otherwise the headline of the one
 * revision every visible file resolves into. Throws when the files come from two revisions or
 * one is missing.
 */
export function visibleRevision(outDir: string): { revision: string; headline: string } | null {
  const present = BULLETIN_FILES.filter((name) => existsSync(join(outDir, name)) || isLink(join(outDir, name)));
  if (present.length === 0) return null;
  const folders = new Set(present.map((name) => realpathSync(join(outDir, name)).split('/').slice(0, -1).join('/')));
  if (folders.size !== 1) throw new Error(`files from ${folders.size} revisions: ${[...folders].join(', ')}`);
  if (present.length !== BULLETIN_FILES.length) throw new Error(`only ${present.join(', ')} of the bulletin are visible`);
  return { revision: [...folders][0]!.split('/').pop()!, headline: headlineOfWhole((name) => readFileSync(join(outDir, name))) };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Resolves once `check()` is true (polled every 10 ms), or when `give` ms have passed, or the run ended. */
export async function waitUntil(check: () => boolean | Promise<boolean>, give: number, ended?: Promise<unknown>): Promise<boolean> {
  let done = false;
  void ended?.then(() => (done = true));
  for (const start = Date.now(); Date.now() - start < give && !done; ) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
