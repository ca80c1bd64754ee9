/**
 * Speech benchmark: `node src/bin/run-ts.mjs test/bench/speech.ts` (or `npm run bench -- speech`).
 * 1. Real-time factor of the offline espeak voice with one worker vs every core, same texts, same run.
 * 2. MP3 encoding of the same audio: the old pure-JS LAME port vs LAME in WebAssembly, in this
 *    thread and on worker threads (goal: encode RTF ≤ 0.005).
 * 3. Wall time to render a ~10-minute bulletin from a cold cache (synthesis + MP3 encode) on one
 *    core (1 espeak worker, in-thread encoding) vs all cores, then after editing one story.
 * 4. A cold `bantin demo` in a child process with fresh cache and output folders (goal ≤ 10 s).
 */
import { availableParallelism } from 'node:os';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { BriefingSchema, type Briefing } from '../../src/domain/briefing.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { createEspeakTts } from '../../src/providers/tts/espeak-node.ts';
import { compileLameWasm, createMp3WorkerEncoder } from '../../src/providers/tts/mp3-encoder-node.ts';
import { createLameJsEncoder, type Mp3Encoder } from '../../src/speech/audio/encode-mp3.ts';
import { createLameWasmEncoder } from '../../src/speech/audio/lame-wasm-encoder.ts';
import type { SynthesizedAudio, Tts } from '../../src/providers/tts/tts.ts';
import { SYLLABLES_PER_MINUTE } from '../../src/speech/speaking-rate.ts';
import { renderAudio } from '../../src/stages/speak.ts';

const voice = { provider: 'espeak' as const, name: 'vi-vn-x-south', rate: 1, thousand: 'nghìn' as const };

export async function benchSpeech(): Promise<void> {
  const normalize = await loadNormalizer();
  const fixture = BriefingSchema.parse(JSON.parse(await readFile(new URL('../fixtures/briefing/realistic.json', import.meta.url), 'utf8')));
  const texts = fixture.sections.flatMap((section) => section.stories.map((story) => normalize(story.script)));
  const cores = availableParallelism();
  console.log(`machine: ${cores} cores; load average ${(await loadAverage()).join(' ')}`);

  const one = await measureRtf(createEspeakTts({ workers: 1 }), texts);
  const all = await measureRtf(createEspeakTts({ workers: cores }), texts);
  console.log(`espeak RTF, ${texts.length} stories, ${one.audioSeconds.toFixed(1)} s of audio:`);
  console.log(`  1 worker : ${one.wallSeconds.toFixed(2)} s wall, RTF ${one.rtf.toFixed(4)}; ${one.cpuSeconds.toFixed(2)} s CPU (CPU/wall ${(one.cpuSeconds / one.wallSeconds).toFixed(2)})`);
  console.log(
    `  ${cores} workers: ${all.wallSeconds.toFixed(2)} s wall, RTF ${all.rtf.toFixed(4)}; ${all.cpuSeconds.toFixed(2)} s CPU (CPU/wall ${(all.cpuSeconds / all.wallSeconds).toFixed(2)})  ` +
      `(speed-up x${(one.wallSeconds / all.wallSeconds).toFixed(2)})`,
  );

  console.log(`MP3 encode (64 kbit/s) of the same ${one.audioSeconds.toFixed(1)} s of speech:`);
  const rows: { name: string; rtf: number; cpuRtf: number }[] = [];
  const workerEncoder = createMp3WorkerEncoder({ workers: cores });
  for (const [name, encoder] of [
    ['old: pure-JS LAME (lamejs), this thread', createLameJsEncoder()],
    ['new: LAME WASM, this thread', createLameWasmEncoder(compileLameWasm())],
    [`new: LAME WASM, ${cores} worker threads`, workerEncoder],
  ] as const) {
    // Warm-up: instantiate the module (and spawn the workers) outside the timed run.
    await Promise.all(one.audio.slice(0, cores).map((audio) => encoder.encode(audio.samples.subarray(0, 20_000), audio.sampleRate, 64)));
    const cpu = process.cpuUsage();
    const seconds = await timeAsync(() => Promise.all(one.audio.map((audio) => encoder.encode(audio.samples, audio.sampleRate, 64))));
    const cpuSeconds = cpuSince(cpu);
    rows.push({ name, rtf: seconds / one.audioSeconds, cpuRtf: cpuSeconds / one.audioSeconds });
    console.log(`  ${name.padEnd(42)}: ${seconds.toFixed(2)} s wall, RTF ${(seconds / one.audioSeconds).toFixed(4)}; ${cpuSeconds.toFixed(2)} s CPU (CPU-time RTF ${(cpuSeconds / one.audioSeconds).toFixed(4)})`);
  }
  const [old, wasm, workers] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
  console.log(`  speed-up on one core: x${(old.cpuRtf / wasm.cpuRtf).toFixed(1)} (CPU time); as rendered (old in-thread → new on workers): x${(old.rtf / workers.rtf).toFixed(1)}`);
  console.log(`  goal encode RTF ≤ 0.005 as the CLI encodes (${cores} workers): ${workers.rtf.toFixed(4)} — ${workers.rtf <= 0.005 ? 'met' : 'NOT met'}`);
  console.log(`  goal encode RTF ≤ 0.005 on one core (CPU time): ${wasm.cpuRtf.toFixed(4)} — ${wasm.cpuRtf <= 0.005 ? 'met' : 'NOT met'}`);

  const briefing = tenMinuteBriefing(fixture, normalize);
  const baseline = await renderBench(briefing, normalize, 1, createLameWasmEncoder(compileLameWasm()));
  console.log(`10-minute bulletin, cold cache, 1 core (1 espeak worker, in-thread LAME WASM): ${baseline.summary}`);
  // The worker encoder is reused, so its threads are as warmed up as this thread's encoder.
  const encoder = workerEncoder;
  try {
    const fast = await renderBench(briefing, normalize, cores, encoder);
    console.log(`10-minute bulletin, cold cache, ${cores} cores (espeak + MP3 workers): ${fast.summary}  (speed-up x${(baseline.seconds / fast.seconds).toFixed(2)})`);
    console.log(`  re-render after editing one story: ${fast.edit}`);
  } finally {
    await encoder.close?.();
  }
  await benchColdDemo();
}

/** `bantin demo` as a user runs it, in a child process with empty cache and output folders. */
async function benchColdDemo(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const dir = await mkdtemp(join(tmpdir(), 'bantin-cold-demo-'));
  try {
    // RUSAGE_SELF of the child counts the CPU of all its threads (espeak and encoder workers).
    const report = `process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nCPU '+(u.user+u.system)/1e6+'\\n')})`;
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, 'src/bin/bantin.mjs', 'demo', '--out', join(dir, 'out')], {
        cwd: root,
        env: { ...process.env, BANTIN_DATA_DIR: join(dir, 'data') },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', fail);
      child.on('close', (status) => done({ code: status, stderr: text }));
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = Number(/CPU ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
    if (code !== 0) {
      console.log(`cold demo: exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return;
    }
    console.log(`cold demo (fresh BANTIN_DATA_DIR and --out): ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU; load average ${(await loadAverage()).join(' ')}`);
    console.log(`  goal cold demo ≤ 10 s: ${seconds.toFixed(2)} s — ${seconds <= 10 ? 'met' : 'NOT met'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function renderBench(briefing: Briefing, normalize: (text: string) => string, workers: number, encoder: Mp3Encoder | undefined): Promise<{ seconds: number; summary: string; edit: string }> {
  const tts = createEspeakTts({ workers });
  const cache = createMemoryStorage();
  try {
    const cpu = process.cpuUsage();
    let started = performance.now();
    const cold = await renderAudio(briefing, { voice, normalize }, { tts, cache, encoder, progress: () => {} });
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuSince(cpu);
    const summary =
      `${cold.segments.items.length} items, ${(cold.segments.duration / 60).toFixed(2)} min of audio, ${(cold.mp3.length / 1e6).toFixed(2)} MB MP3, ` +
      `${cold.synthesized} syntheses: ${seconds.toFixed(2)} s wall (x${(cold.segments.duration / seconds).toFixed(1)} real time), ${cpuSeconds.toFixed(2)} s CPU (CPU/wall ${(cpuSeconds / seconds).toFixed(2)})`;
    const edited = structuredClone(briefing);
    edited.sections[0]!.stories[0]!.script += ' Tin được cập nhật lúc mười giờ.';
    started = performance.now();
    const warm = await renderAudio(edited, { voice, normalize }, { tts, cache, encoder, progress: () => {} });
    return { seconds, summary, edit: `${warm.synthesized} synthesis, ${((performance.now() - started) / 1000).toFixed(2)} s wall` };
  } finally {
    await tts.close?.();
  }
}

/** CPU seconds (all threads of this process) since `start`: unlike wall time, not inflated by other load. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}


async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

async function measureRtf(tts: Tts, texts: string[]): Promise<{ wallSeconds: number; cpuSeconds: number; audioSeconds: number; rtf: number; audio: SynthesizedAudio[] }> {
  try {
    // Warm-up: spawn every worker and compile the WASM module outside the timed run.
    await Promise.all(texts.slice(0, 4).map((text) => tts.synthesize(text, {})));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const results = await Promise.all(texts.map((text) => tts.synthesize(text, {})));
    const wallSeconds = (performance.now() - started) / 1000;
    const audioSeconds = results.reduce((sum, audio) => sum + audio.samples.length / audio.sampleRate, 0);
    return { wallSeconds, cpuSeconds: cpuSince(cpu), audioSeconds, rtf: wallSeconds / audioSeconds, audio: results };
  } finally {
    await tts.close?.();
  }
}

/** The realistic fixture's stories repeated (each copy numbered, so no two texts share a cache entry) to ~10 minutes. */
function tenMinuteBriefing(fixture: Briefing, normalize: (text: string) => string): Briefing {
  const syllables = (text: string) => normalize(text).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  const target = 10 * SYLLABLES_PER_MINUTE.espeak;
  const briefing = structuredClone(fixture);
  let total = [briefing.intro, briefing.outro, ...briefing.sections.map((s) => s.opener)].reduce((sum, text) => sum + syllables(text), 0);
  total += briefing.sections.flatMap((s) => s.stories).reduce((sum, story) => sum + syllables(story.script), 0);
  for (let copy = 2; total < target; copy += 1) {
    for (const section of briefing.sections) {
      for (const story of fixture.sections.find((s) => s.id === section.id)!.stories) {
        if (total >= target) break;
        const script = `Tin bổ sung số ${copy}. ${story.script}`;
        section.stories.push({ ...story, id: `${story.id}-${copy}`, script });
        total += syllables(script);
      }
    }
  }
  return briefing;
}

/** Engineer H3's normalizer when it loads; otherwise the bench still runs on the raw text. */
async function loadNormalizer(): Promise<(text: string) => string> {
  try {
    const module = await import('../../src/speech/normalize/normalize.ts');
    return (text) => module.normalizeForSpeech(text);
  } catch (error) {
    console.log(`(normalizer unavailable, reading raw text: ${(error as Error).message})`);
    return (text) => text;
  }
}

async function loadAverage(): Promise<string[]> {
  const { loadavg } = await import('node:os');
  return loadavg().map((value) => value.toFixed(2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await benchSpeech();
