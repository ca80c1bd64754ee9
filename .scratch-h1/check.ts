import { readFileSync, readdirSync } from 'node:fs';
import { parseFeed } from '../src/stages/collect/parse-feed.ts';
import { decodeBody } from '../src/fetch/decode-body.ts';
const dirs = ['/work/shared/corpus/rss', '/work/shared/corpus/rss-parser-fixtures/input'];
for (const dir of dirs) for (const f of readdirSync(dir)) {
  if (!/\.(xml|rss|atom)$/.test(f)) continue;
  const text = decodeBody(readFileSync(`${dir}/${f}`), null);
  try {
    const items = await parseFeed(text, { feedId: 'x', baseUrl: 'https://example.vn/', now: new Date() });
    console.log(f, items.length, JSON.stringify(items[0]).slice(0, 300));
  } catch (e) { console.log(f, 'ERROR', (e as Error).message); }
}
