import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = [300_000, 600_000, 5_000_000];
/** Stop a size after this long: the old ranker needed minutes for 600 KB and never finished 5 MB. */
const LIMIT_MS = 90_000;

/** Time and peak memory (RSS of its own process, tsx included) of one story per article size. Goal: 5 MB in < 10 s within 500 MB. */
export async function benchArticleSizes(): Promise<void> {
  console.log('\narticle size: one story through the write path (extractive summarizer + fact check), own process each');
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, ['src/bin/run-ts.mjs', 'test/bench/summary-size-child.ts', String(size)], { cwd: ROOT, encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 24 });
    const label = `${(size / 1000).toFixed(0)} KB`.padStart(8);
    if (child.error || child.status !== 0) {
      console.log(`${label}: did not finish (${child.error ? `stopped after ${LIMIT_MS / 1000} s` : `exit ${child.status}: ${child.stderr.trim().split('\n').slice(-1)[0]}`})`);
      continue;
    }
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as { seconds: number; peakMB: number; notes: string[] };
    console.log(`${label}: ${result.seconds.toFixed(2)} s, peak RSS ${result.peakMB.toFixed(0)} MB${result.notes.length > 0 ? `; note: ${result.notes[0]}` : ''}`);
  }
}
