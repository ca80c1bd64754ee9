/**
 * Startup benchmark: `npm run bench -- startup`.
 * 1. `bantin --help` against a bare `node -e 0`, medians of several runs (goal: within 0.3 s),
 *    from the build in dist/ and, for reference, from the TypeScript sources through tsx.
 * 2. `bantin demo` in a child process with fresh cache and output folders: once cold (espeak,
 *    MP3 encoding, deck: everything), then warm runs that find nothing changed (goal ≤ 1.5 s).
 * Wall times are medians; each child's own CPU time (all its threads) is printed beside them,
 * since this machine may be shared and wall time then counts other people's work.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'src/bin/bantin.mjs');
/** Preloaded in each child: prints the process's CPU time (every thread) when it exits. */
const CPU_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nBENCH_CPU_MS='+Math.round((u.user+u.system)/1000)+'\\n')})`;

interface Run {
  wallSeconds: number;
  cpuSeconds: number;
  code: number;
  stderr: string;
}

function runNode(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', CPU_PROBE, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const cpuMs = Number(/BENCH_CPU_MS=(\d+)/.exec(stderr)?.[1] ?? NaN);
      done({ wallSeconds, cpuSeconds: cpuMs / 1000, code: code ?? -1, stderr });
    });
  });
}

async function medianOf(times: number, run: () => Promise<Run>): Promise<{ wall: number; cpu: number; runs: Run[] }> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  const failed = runs.find((r) => r.code !== 0);
  if (failed) throw new Error(`a timed run failed (exit ${failed.code}):\n${failed.stderr.slice(-2000)}`);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wall: median(runs.map((r) => r.wallSeconds)), cpu: median(runs.map((r) => r.cpuSeconds)), runs };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export async function benchStartup(): Promise<void> {
  console.log(`machine: ${availableParallelism()} cores; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  // The bench measures what `npm ci` leaves: the build the prepare script makes, made fresh here.
  const building = performance.now();
  execFileSync(process.execPath, [join(REPO, 'src/bin/build.mjs')], { cwd: REPO, stdio: 'ignore' });
  console.log(`build: node src/bin/build.mjs (npm ci runs it as prepare) took ${s((performance.now() - building) / 1000)}`);

  const RUNS = 9;
  const node = await medianOf(RUNS, () => runNode(['-e', '0']));
  const help = await medianOf(RUNS, () => runNode([BIN, '--help']));
  const source = await medianOf(3, () => runNode([BIN, '--help'], { BANTIN_FROM_SOURCE: '1' }));
  const extra = help.wall - node.wall;
  console.log(`startup, median of ${RUNS} runs (wall; CPU of the process):`);
  console.log(`  node -e 0                     : ${s(node.wall)} (${s(node.cpu)} CPU)`);
  console.log(`  bantin --help (built, dist/)  : ${s(help.wall)} (${s(help.cpu)} CPU)`);
  console.log(`  difference                    : ${s(extra)}  goal ≤ 0.3 s: ${verdict(extra <= 0.3)}`);
  console.log(`  bantin --help from sources (tsx, no build; median of 3): ${s(source.wall)} (${s(source.cpu)} CPU); before this work: 2.4–3.7 s`);

  const out = await mkdtemp(join(tmpdir(), 'bantin-bench-out-'));
  const data = await mkdtemp(join(tmpdir(), 'bantin-bench-data-'));
  try {
    const port = String(await freePort());
    const env = { BANTIN_DATA_DIR: data, OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, AZURE_SPEECH_KEY: undefined };
    const demo = () => runNode([BIN, 'demo', '--out', out, '--port', port], env);
    const cold = await demo();
    if (cold.code !== 0) throw new Error(`bantin demo failed (exit ${cold.code}):\n${cold.stderr.slice(-2000)}`);
    const warm = await medianOf(5, demo);
    const kept = warm.runs.every((run) => run.stderr.includes('giữ nguyên các tệp đã có'));
    console.log('bantin demo (built, offline voice and summarizer, fresh cache and output folder, fixed port):');
    console.log(`  cold, first run (collect, write, speak, encode, deck: all of it): ${s(cold.wallSeconds)} (${s(cold.cpuSeconds)} CPU)`);
    // The run's own stage times (briefing.json's report), so a slow stage shows beside the total.
    const stages = (JSON.parse(await readFile(join(out, 'briefing.json'), 'utf8')) as { report: { stages?: Array<{ stage: string; ms: number }> } }).report.stages ?? [];
    console.log(`  cold run by stage (report.stages): ${stages.map((timing) => `${timing.stage} ${s(timing.ms / 1000)}`).join(' · ')}`);
    console.log(`  warm, nothing changed, median of 5: ${s(warm.wall)} (${s(warm.cpu)} CPU)  goal ≤ 1.5 s: ${verdict(warm.wall <= 1.5)}; published files kept: ${kept ? 'yes' : 'NO'}`);
    console.log('  (a warm run still fetches every feed and writes the briefing again; only the render is skipped when its content key matches)');
  } finally {
    await rm(out, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await benchStartup();
