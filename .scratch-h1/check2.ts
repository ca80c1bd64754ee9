import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
const p = new Parser();
const f = await p.parseString(readFileSync('/work/shared/corpus/rss/vnexpress-tin-moi-nhat-2017-11-14.xml','utf8'));
const links = f.items.map(i => i.link?.trim());
console.log(f.items.length, links.filter((l, i) => links.indexOf(l) !== i), f.items.filter(i => !i.title?.trim()).length);
try { await p.parseString(readFileSync('/work/shared/corpus/rss-parser-fixtures/input/missing-fields.atom','utf8')); console.log('ok raw') } catch (e) { console.log('raw fail', e) }
import { parseFeed } from '../src/stages/collect/parse-feed.ts';
try { await parseFeed(readFileSync('/work/shared/corpus/rss-parser-fixtures/input/missing-fields.atom','utf8'), {feedId:'x', baseUrl:'https://a.vn/', now: new Date()}) } catch (e) { console.log(e) }
