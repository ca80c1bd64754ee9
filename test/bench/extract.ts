/**
 * `npm run bench:extract`: the article extractor on real pages nobody on the team wrote.
 * 1. The article-extraction benchmark (../shared/corpus/extraction-benchmark, 181 pages with ground
 *    truth): writes output/bantin.json in a temporary copy of the folder, runs its evaluate.py and
 *    prints F1, precision, recall and empty results beside the published Readability.js and
 *    trafilatura figures (their outputs are scored in the same run).
 * 2. The Vietnamese article pages (../shared/corpus/vn-pages/*_article.html): paragraphs, the rule that
 *    chose the body, body <p> of the site's own container missing from the output, and any kept
 *    paragraph that looks like a caption or a teaser; and the catalog's listing rules on the saved
 *    listing pages (items found, first title and date).
 * Skips with a note when ../shared is absent (a user's clone).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parseCatalog } from '../../src/catalog/load-catalog.ts';
import { parseListing } from '../../src/stages/collect/parse-listing.ts';
import { readArticlePage } from '../../src/stages/extract/extract-article.ts';
import { cleanText } from '../../src/stages/extract/page-paragraphs.ts';
import { articleSelectorsFor, statedUrl } from '../../src/stages/extract/site-selectors.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(REPO, '../shared/corpus');
const PUBLISHED = { 'Readability.js': 0.947, trafilatura: 0.958, 'rs-trafilatura': 0.97 };
const SUSPECT = /(^|[\s(–-])(ảnh|nguồn)\s*[:：]|xem thêm|tin liên quan|đọc tiếp|đọc thêm|tham khảo thêm|đăng ký nhận|mời (bạn đọc|quý độc giả)/iu;

export async function benchExtract(): Promise<void> {
  benchmarkPages();
  vietnamesePages();
}

function benchmarkPages(): void {
  const source = join(CORPUS, 'extraction-benchmark');
  if (!existsSync(source)) {
    console.log(`(bỏ qua: không có ${source})`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'bantin-extraction-benchmark-'));
  mkdirSync(join(work, 'output'));
  for (const file of ['evaluate.py', 'ground-truth.json']) copyFileSync(join(source, file), join(work, file));
  for (const file of readdirSync(join(source, 'output'))) copyFileSync(join(source, 'output', file), join(work, 'output', file));
  const truth = JSON.parse(readFileSync(join(source, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const output: Record<string, { articleBody: string }> = {};
  const rules: Record<string, number> = {};
  let empty = 0;
  const started = performance.now();
  for (const id of Object.keys(truth)) {
    const html = gunzipSync(readFileSync(join(source, 'html', `${id}.html.gz`))).toString('utf8');
    const page = readArticlePage(html);
    rules[page.rule ?? 'none'] = (rules[page.rule ?? 'none'] ?? 0) + 1;
    if (!page.paragraphs.length) empty++;
    output[id] = { articleBody: page.paragraphs.join('\n') };
  }
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(join(work, 'output', 'bantin.json'), JSON.stringify({ version: 'extract', output }));
  const report = execFileSync('python3', ['evaluate.py', '--n-bootstrap', '200'], { cwd: work, encoding: 'utf8' });
  console.log(report.trimEnd());
  const ours = ourFigures(report);
  const pages = Object.keys(truth).length;
  console.log(
    `\nbantin: F1 ${ours?.[1]}, precision ${ours?.[2]}, recall ${ours?.[3]}, empty results ${empty}/${pages}` +
      ` (rules: ${Object.entries(rules).map(([rule, count]) => `${rule} ${count}`).join(', ')}; ${(seconds * 1000 / pages).toFixed(0)} ms/page)`,
  );
  // Rules were tuned looking only at pages whose id starts with 0–7; pages 8–f are kept aside as a check.
  for (const [half, test] of [['tuning half (ids 0–7)', /^[0-7]/], ['held-out half (ids 8–f)', /^[89a-f]/]] as const) {
    const figures = ourFigures(evaluateSubset(work, source, Object.keys(truth).filter((id) => test.test(id))));
    console.log(`  ${half}: F1 ${figures?.[1]}, precision ${figures?.[2]}, recall ${figures?.[3]}`);
  }
  console.log(`published on the same pages: ${Object.entries(PUBLISHED).map(([name, f1]) => `${name} ${f1}`).join(', ')}; goal F1 ≥ 0.96 with 0 empty`);
  console.log(`output: ${join(work, 'output', 'bantin.json')}`);
}

function ourFigures(report: string): RegExpExecArray | null {
  return /^bantin\s+\S+\s+([\d.]+) ± [\d.]+\s+([\d.]+) ± [\d.]+\s+([\d.]+)/m.exec(report);
}

/** Scores our output on a subset of the pages, in a folder of its own. */
function evaluateSubset(work: string, source: string, ids: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'bantin-extraction-subset-'));
  mkdirSync(join(folder, 'output'));
  copyFileSync(join(source, 'evaluate.py'), join(folder, 'evaluate.py'));
  const pick = <T>(all: Record<string, T>) => Object.fromEntries(ids.map((id) => [id, all[id]!]));
  writeFileSync(join(folder, 'ground-truth.json'), JSON.stringify(pick(JSON.parse(readFileSync(join(source, 'ground-truth.json'), 'utf8')))));
  const ours = JSON.parse(readFileSync(join(work, 'output', 'bantin.json'), 'utf8')) as { version: string; output: Record<string, { articleBody: string }> };
  writeFileSync(join(folder, 'output', 'bantin.json'), JSON.stringify({ version: ours.version, output: pick(ours.output) }));
  return execFileSync('python3', ['evaluate.py', '--n-bootstrap', '20'], { cwd: folder, encoding: 'utf8' });
}

function vietnamesePages(): void {
  const folder = join(CORPUS, 'vn-pages');
  if (!existsSync(folder)) return;
  const feeds = parseCatalog(readFileSync(join(REPO, 'feeds/catalog.json'), 'utf8'), 'feeds/catalog.json').feeds;
  console.log('\nVietnamese article pages (../shared/corpus/vn-pages):');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('_article.html')).sort()) {
    const html = readFileSync(join(folder, file), 'utf8');
    const selectors = articleSelectorsFor(statedUrl(html), feeds);
    for (const [label, page] of [
      ['catalog first', readArticlePage(html, selectors)],
      ['library only', readArticlePage(html)],
    ] as const) {
      const text = page.paragraphs.join('\n');
      const missing = selectors ? bodyParagraphs(html, selectors.content).filter((paragraph) => !text.includes(paragraph)) : [];
      const suspects = page.paragraphs.filter((paragraph) => SUSPECT.test(paragraph));
      console.log(
        `  ${file} [${label}]: rule ${page.rule}, ${page.paragraphs.length} paragraphs, ${text.length} chars, ` +
          `body blocks missing ${missing.length}, caption/teaser-like ${suspects.length}, last: "${page.paragraphs.at(-1)?.slice(0, 60)}"`,
      );
      for (const line of [...missing.map((p) => `missing: ${p}`), ...suspects.map((p) => `suspect: ${p}`)]) console.log(`      ${line.slice(0, 160)}`);
    }
  }
  console.log('\nListing pages (catalog listing rules of the same site):');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('_list.html')).sort()) {
    const html = readFileSync(join(folder, file), 'utf8');
    const url = statedUrl(html);
    const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
    const feed = feeds.find((entry) => entry.listing && new URL(entry.url).hostname.replace(/^www\./, '') === host);
    if (!url || !feed?.listing) {
      console.log(`  ${file}: no listing rule for ${host || 'an unknown site'}`);
      continue;
    }
    const items = parseListing(html, feed.listing, { feedId: feed.id, baseUrl: url, now: new Date() });
    console.log(`  ${file} [${feed.id}, verified ${feed.listing.verified}]: ${items.length} items${feed.listing.date ? `, date selector "${feed.listing.date}"` : ', no date on the listing'}; first: "${items[0]?.title.slice(0, 70)}" ${items[0]?.published ?? ''}`);
  }
}

/** The text of each paragraph, heading, list item and cell in the site's body container, outside figures: what a reader sees as the article. */
function bodyParagraphs(html: string, selector: string): string[] {
  const { document } = parseHTML(html);
  const body = document.querySelector(selector);
  if (!body) return [];
  return [...body.querySelectorAll('p, h2, h3, h4, li, td')].filter((p) => !p.closest('figure, figcaption, [type="RelatedOneNews"], [type="RelatedNewsBox"]') && !/\bImage\b/.test(p.getAttribute('class') ?? '')).map((p) => cleanText(p.textContent ?? '')).filter((text) => text.length > 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchExtract();
