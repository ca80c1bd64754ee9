import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/stages/collect/parse-feed.ts';
import { decodeBody } from '../src/fetch/decode-body.ts';
const t = decodeBody(readFileSync('/work/shared/corpus/rss-parser-fixtures/input/missing-fields.atom'), null);
try { console.log((await parseFeed(t, {feedId:'x', baseUrl:'https://a.vn/', now: new Date()})).length) } catch (e) { console.log(e) }
