/**
 * Fact-check benchmark: `npm run bench:content` (`-- --verbose` lists every miss and false flag,
 * `-- --tuning` leaves the fresh and held-out sets out while tuning).
 * Reads the real articles in ../shared/corpus (outside the repository) and applies the
 * hand-written cases: content/cases.ts (200 cases, all used for tuning by now) and
 * content/fresh-cases.ts (held out until its first run, whose figures README.md keeps; tuned on since) and
 * content/holdout-cases.ts (written and committed before the check first ran on it; its first-run false
 * flags were then fixed, so only README's first-run figures are held out) and
 * content/holdout2-cases.ts (the second held-out set, likewise committed before its first run; its
 * first-run false flags and some misses were then fixed, so only README's first-run figures are held out) and
 * content/holdout3-cases.ts (the third held-out set, written without seeing the check and committed before its first run).
 * Prints, for each set, the false-flag rate on faithful text, the detection rate per kind of
 * corruption and the share of faithful drafts the writer keeps.
 * Goals (issue 12): false flags ≤ 3%, detection ≥ 90% per kind, faithful drafts kept ≥ 95%.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkFacts } from '../../src/stages/check/check-facts.ts';
import { keepsDraft } from '../../src/stages/check/keep-draft.ts';
import { CASES, FILES, type ContentCase } from './content/cases.ts';
import { FRESH_CASES, FRESH_FILES } from './content/fresh-cases.ts';
import { HOLDOUT_CASES, HOLDOUT_FILES } from './content/holdout-cases.ts';
import { HOLDOUT2_CASES, HOLDOUT2_FILES } from './content/holdout2-cases.ts';
import { HOLDOUT3_CASES, HOLDOUT3_FILES } from './content/holdout3-cases.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

type AnyCase = Omit<ContentCase, 'file'> & { file: string };
const ALL_FILES: Record<string, { path: string; lines?: readonly [number, number] }> = { ...FILES, ...FRESH_FILES, ...HOLDOUT_FILES, ...HOLDOUT2_FILES, ...HOLDOUT3_FILES };

async function readSource(key: string): Promise<string> {
  const file = ALL_FILES[key];
  if (!file) throw new Error(`bench:content: no corpus file "${key}"`);
  const text = (await readFile(`${CORPUS}${file.path}`, 'utf8')).normalize('NFC');
  if (!file.lines) return text;
  return text.split('\n').slice(file.lines[0] - 1, file.lines[1]).join('\n');
}

/** The sentence of `text` that contains `at`. */
function sentenceAt(text: string, at: string): string {
  const index = text.indexOf(at);
  if (index < 0) throw new Error(`bench:content: "${at}" is not in the article`);
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const endDot = text.indexOf('. ', index + at.length);
  const endLine = text.indexOf('\n', index + at.length);
  const ends = [endDot + 1, endLine].filter((value) => value > 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).trim();
}

function draftOf(testCase: AnyCase, source: string): string {
  if (testCase.draft) return testCase.draft;
  let sentence = sentenceAt(source, testCase.at!);
  for (const [find, replace] of testCase.edits ?? []) {
    if (!sentence.includes(find)) throw new Error(`bench:content: "${find}" is not in the sentence at "${testCase.at}"`);
    sentence = sentence.replace(find, replace);
  }
  return sentence;
}

interface Score {
  faithful: number;
  falseFlags: number;
  kept: number;
  byKind: Map<string, { total: number; caught: number }>;
  misses: string[];
}

async function score(cases: Array<{ testCase: AnyCase; index: number }>): Promise<Score> {
  const result: Score = { faithful: 0, falseFlags: 0, kept: 0, byKind: new Map(), misses: [] };
  for (const { testCase, index } of cases) {
    const source = await readSource(testCase.file);
    const draft = draftOf(testCase, source);
    const issues = checkFacts({ headline: '', script: draft, bullets: [] }, [source]);
    const [expect, kind] = testCase.kind.split(':') as [string, string];
    if (expect === 'ok') {
      result.faithful += 1;
      if (issues.length > 0) {
        result.falseFlags += 1;
        result.misses.push(`  false flag #${index} (${testCase.kind}) ${JSON.stringify(issues.map((issue) => `${issue.kind}:${issue.value}`))} ← ${draft}`);
      }
      if (keepsDraft(issues)) result.kept += 1;
    } else {
      const entry = result.byKind.get(kind) ?? { total: 0, caught: 0 };
      entry.total += 1;
      if (issues.length > 0) entry.caught += 1;
      else result.misses.push(`  missed #${index} (${testCase.kind}) ← ${draft}`);
      result.byKind.set(kind, entry);
    }
  }
  return result;
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

function print(label: string, result: Score, verbose: boolean): void {
  const goal = (ok: boolean) => (ok ? 'goal met' : 'GOAL NOT MET');
  const falseRate = result.falseFlags / Math.max(1, result.faithful);
  const keptRate = result.kept / Math.max(1, result.faithful);
  console.log(`${label}:`);
  console.log(`  false flags on faithful text: ${result.falseFlags}/${result.faithful} = ${pct(result.falseFlags, result.faithful)} (goal ≤ 3%: ${goal(falseRate <= 0.03)})`);
  console.log(`  faithful drafts kept: ${result.kept}/${result.faithful} = ${pct(result.kept, result.faithful)} (goal ≥ 95%: ${goal(keptRate >= 0.95)})`);
  console.log('  detection per kind (goal ≥ 90% each):');
  for (const [kind, entry] of [...result.byKind].sort()) {
    console.log(`    ${kind.padEnd(9)} ${String(entry.caught).padStart(3)}/${String(entry.total).padEnd(3)} = ${pct(entry.caught, entry.total).padStart(6)}  ${goal(entry.caught / entry.total >= 0.9)}`);
  }
  if (verbose) for (const line of result.misses) console.log(line);
}

export async function benchContent(options: { fresh?: boolean; verbose?: boolean } = {}): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`bench:content: no corpus at ${CORPUS}; nothing to measure.`);
    return;
  }
  const tuning = CASES.map((testCase, index) => ({ testCase, index }));
  print(`tuning cases (${tuning.length}, content/cases.ts)`, await score(tuning), options.verbose ?? false);
  if (options.fresh ?? true) {
    const fresh = FRESH_CASES.map((testCase, index) => ({ testCase, index }));
    print(`fresh cases (${fresh.length}, content/fresh-cases.ts; held out until their first run, see README)`, await score(fresh), options.verbose ?? false);
    const holdout = HOLDOUT_CASES.map((testCase, index) => ({ testCase, index }));
    print(`held-out cases (${holdout.length}, content/holdout-cases.ts; held out until their first run, see README)`, await score(holdout), options.verbose ?? false);
    const holdout2 = HOLDOUT2_CASES.map((testCase, index) => ({ testCase, index }));
    print(`held-out 2 (${holdout2.length}, content/holdout2-cases.ts; first run in README, tuned on since)`, await score(holdout2), options.verbose ?? false);
    const holdout3 = HOLDOUT3_CASES.map((testCase, index) => ({ testCase, index }));
    print(`held-out 3 (${holdout3.length}, content/holdout3-cases.ts; committed before its first run)`, await score(holdout3), options.verbose ?? false);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchContent({ verbose: process.argv.includes('--verbose'), fresh: !process.argv.includes('--tuning') });
}
