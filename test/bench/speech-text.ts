/**
 * `npm run bench:speech-text`: how often the normalizer reads a phrase as a newsreader would.
 * 1. the tuning set (test/fixtures/speech/normalization-tuning.tsv), which the rules were tuned on;
 * 2. the held-out set (normalization-held-out.tsv), kept aside while the rules were written, and a
 *    second one (normalization-held-out-2.tsv) written after the rules were finished;
 * 3. when ../shared/corpus exists, the sourced pairs in tts-normalization-pairs.tsv (other
 *    normalizers' test expectations: some follow other conventions, e.g. "lẻ", "tỉ", "U Ét Đê").
 * Pass `--show-held-out` to list the held-out misses too (the tuning misses are always listed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeForSpeech } from '../../src/speech/normalize/normalize.ts';
import { parseEvaluationSet, sameReading, type EvaluationCase } from '../speech/normalize/evaluation-set.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const showHeldOut = process.argv.includes('--show-held-out');

function measure(name: string, cases: EvaluationCase[], listMisses: boolean): void {
  const misses = cases.filter(({ input, spoken }) => !sameReading(normalizeForSpeech(input), spoken));
  const passed = cases.length - misses.length;
  console.log(`${name}: ${passed}/${cases.length} = ${((100 * passed) / cases.length).toFixed(1)}%`);
  if (!listMisses) return;
  for (const { input, spoken } of misses) console.log(`  ✗ ${input}\n      want: ${spoken}\n      got : ${normalizeForSpeech(input)}`);
}

/** tts-normalization-pairs.tsv: `id<TAB>input<TAB>expected<TAB>source<TAB>notes`. */
function corpusPairs(path: string): EvaluationCase[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length >= 3)
    .map(([, input = '', spoken = '']) => ({ input, spoken }));
}

measure('tuning set', parseEvaluationSet(readFileSync(repo('test/fixtures/speech/normalization-tuning.tsv'), 'utf8')), true);
measure('held-out set', parseEvaluationSet(readFileSync(repo('test/fixtures/speech/normalization-held-out.tsv'), 'utf8')), showHeldOut);
measure('second held-out set', parseEvaluationSet(readFileSync(repo('test/fixtures/speech/normalization-held-out-2.tsv'), 'utf8')), showHeldOut);
const pairs = repo('../shared/corpus/tts-normalization-pairs.tsv');
if (existsSync(pairs)) measure('../shared/corpus/tts-normalization-pairs.tsv', corpusPairs(pairs), true);
else console.log('../shared/corpus/tts-normalization-pairs.tsv: not found, skipped');
