/**
 * `npm run bench:summary`: the offline summarizer on the real articles in ../shared/corpus/articles
 * (when present), through the same write path a run takes. Prints, per article and in total, the
 * spoken length at the espeak rate and the read-aloud faults found by independent detectors, then
 * writes every summary to output/bench-summary/summaries.md for a person to read. Last, the time and
 * peak memory of one story from a 300 KB, 600 KB and 5 MB article (each in its own process).
 * A summary outside the story's configured length (storySeconds) is listed with the reason the article gives.
 * Articles listed in HOLD_OUT were kept aside while the summarizer was tuned; they are totalled apart.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ConfigSchema } from '../../src/config.ts';
import type { Story } from '../../src/domain/collected.ts';
import { createRunReport } from '../../src/domain/run-report.ts';
import { createExtractiveSummarizer } from '../../src/providers/llm/extractive.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { SYLLABLES_PER_MINUTE } from '../../src/speech/speaking-rate.ts';
import { writeStory } from '../../src/stages/write.ts';
import { findKeyFigure } from '../../src/stages/write/key-figure.ts';
import { spokenSyllables } from '../../src/stages/write/word-budget.ts';
import { countFaults, type Faults } from './summary-detectors.ts';
import { benchArticleSizes } from './summary-size.ts';
import { whyOutside } from './summary-shortfall.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus/articles');
const OUTPUT = resolve(ROOT, 'output/bench-summary');
const OUTLETS: Record<string, string> = { baomoi: 'Báo Mới', vnexpress: 'VnExpress' };
/** Kept aside while tuning: read and scored only at the end. */
const HOLD_OUT = new Set(['21472431', '21478070', '21480264', '21480718', '21510984', '21511499']);

interface Article { id: string; outlet: string; title: string; text: string; published: string | null }

function loadArticles(): Article[] {
  const articles: Article[] = [];
  for (const folder of readdirSync(CORPUS).sort()) {
    const index = readFileSync(resolve(CORPUS, folder, 'INDEX.tsv'), 'utf8').trim().split('\n');
    const header = index[0]!.split('\t');
    const publishedAt = header.indexOf('published_at_utc');
    const published = new Map(index.slice(1).map((line) => line.split('\t')).map((cells) => [cells[0]!, publishedAt >= 0 ? cells[publishedAt]! : '']));
    for (const file of readdirSync(resolve(CORPUS, folder)).filter((name) => name.endsWith('.txt')).sort()) {
      const [title = '', ...rest] = readFileSync(resolve(CORPUS, folder, file), 'utf8').split('\n');
      const id = file.replace(/\.txt$/, '');
      articles.push({ id, outlet: OUTLETS[folder.split('-')[0]!] ?? folder, title: title.trim(), text: rest.join('\n').trim(), published: published.get(id) || null });
    }
  }
  return articles;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const FAULTS: Array<keyof Faults> = ['captions', 'leadIns', 'relativeTime', 'questions', 'givenNameOnly', 'cutBullets', 'fragments', 'noRole', 'bareFigure'];

function total(rows: Array<{ seconds: number; faults: Faults; bullets: number }>, label: string): void {
  if (rows.length === 0) return;
  const seconds = rows.map((row) => row.seconds);
  const sums = FAULTS.map((name) => `${name} ${rows.reduce((sum, row) => sum + row.faults[name], 0)}`).join(', ');
  const inRange = rows.filter((row) => row.seconds >= 30 && row.seconds <= 45).length;
  console.log(`${label} (${rows.length} articles): seconds median ${median(seconds).toFixed(1)}, min ${Math.min(...seconds).toFixed(1)}, max ${Math.max(...seconds).toFixed(1)}; ${inRange}/${rows.length} within 30–45 s`);
  console.log(`  faults: ${sums}; bullets ${rows.reduce((sum, row) => sum + row.bullets, 0)}`);
}

export async function benchSummary(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`no corpus at ${CORPUS}: skipped the real-article figures`);
  } else {
    const config = ConfigSchema.parse({});
    const perMinute = SYLLABLES_PER_MINUTE[config.voice.provider] * config.voice.rate;
    const summarizer = createExtractiveSummarizer();
    const rows: Array<{ id: string; seconds: number; faults: Faults; bullets: number; holdOut: boolean }> = [];
    const outside: string[] = [];
    const document: string[] = ['# Offline summaries of the real articles', '', `Spoken length at ${perMinute} syllables/min (${config.voice.provider}).`, ''];
    console.log('article    outlet     seconds bullets  cap lead rel  q  name cut frag role bare');
    for (const article of loadArticles()) {
      const story: Story = {
        id: article.id, section: 'trong-nuoc', title: article.title, published: article.published ?? '', score: 1, text: article.text,
        sources: [{ feedId: article.outlet, name: article.outlet, url: `https://example.invalid/${article.id}`, title: article.title, published: article.published ?? '', official: false, text: article.text }],
      };
      const report = createRunReport();
      const written = await writeStory(story, { config }, { summarizer, cache: createMemoryStorage(), now: () => new Date('2026-11-27T08:00:00+07:00'), progress: () => {}, report });
      const seconds = (spokenSyllables(written.script, config) / perMinute) * 60;
      const figure = findKeyFigure(written);
      const faults = countFaults(written.script, written.bullets, article.text, figure);
      const holdOut = HOLD_OUT.has(article.id);
      rows.push({ id: article.id, seconds, faults, bullets: written.bullets.length, holdOut });
      const why = whyOutside(article, written.script, seconds, { ...config.storySeconds, perMinute }, config);
      if (why) outside.push(`  ${article.id}: ${seconds.toFixed(1)} s, ${why}`);
      console.log(`${article.id.padEnd(10)} ${article.outlet.padEnd(10)} ${seconds.toFixed(1).padStart(7)} ${String(written.bullets.length).padStart(7)} ${FAULTS.map((name) => String(faults[name]).padStart(name.length > 6 ? 5 : 4)).join('')}${holdOut ? '  (hold-out)' : ''}`);
      document.push(`## ${article.id} — ${article.title}${holdOut ? ' (hold-out)' : ''}`, '', `${seconds.toFixed(1)} s · ${JSON.stringify(faults)} · key figure: ${figure ?? '—'}`, '', written.script, '', ...written.bullets.map((bullet) => `- ${bullet}`), '');
    }
    total(rows.filter((row) => !row.holdOut), 'tuning set');
    total(rows.filter((row) => row.holdOut), 'hold-out set');
    total(rows, 'all');
    console.log(outside.length === 0 ? `every summary within ${config.storySeconds.min}–${config.storySeconds.max} s` : `outside ${config.storySeconds.min}–${config.storySeconds.max} s:\n${outside.join('\n')}`);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(resolve(OUTPUT, 'summaries.md'), `${document.join('\n')}\n`);
    console.log(`summaries: ${resolve(OUTPUT, 'summaries.md')}`);
  }
  if (!process.argv.includes('--no-sizes')) await benchArticleSizes();
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) await benchSummary();
