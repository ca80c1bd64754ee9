import * as cheerio from 'cheerio';
import type { Feed } from '../../../src/domain/catalog.ts';
import { decodeBody } from '../../../src/fetch/decode-body.ts';
import { extractArticle } from '../../../src/stages/extract/extract-article.ts';
import { articleSelectorsFor, statedUrl } from '../../../src/stages/extract/site-selectors.ts';

/**
 * Where a case's source text comes from, relative to the corpus folder: a text file (or a window
 * of its lines), one item of an RSS-items JSON file (`items[item]`, its title and summary), one
 * `<item>` of an RSS XML feed (`rssItem`, counted from 0: its title and description's text), one
 * teaser of a saved section page (`listItem`, counted from 0: its headline and summary), or an
 * article page read as the pipeline reads it.
 */
export type CorpusFile =
  | { path: string; lines?: readonly [number, number] }
  | { path: string; item: number }
  | { path: string; rssItem: number }
  | { path: string; listItem: number }
  | { path: string; html: true };

/** The source text of one corpus file, given its bytes and the catalog's feeds (for pages). */
export function sourceText(file: CorpusFile, bytes: Uint8Array, feeds: readonly Feed[]): string {
  // Pages are decoded as `bantin extract` decodes a saved page; text and JSON files are UTF-8.
  if ('html' in file) return pageText(decodeBody(bytes, null), feeds, file.path);
  if ('listItem' in file) return teaserText(decodeBody(bytes, null), file.listItem, file.path);
  const text = new TextDecoder().decode(bytes).normalize('NFC');
  if ('item' in file) return itemText(text, file.item, file.path);
  if ('rssItem' in file) return feedItemText(text, file.rssItem, file.path);
  if (!file.lines) return text;
  return text.split('\n').slice(file.lines[0] - 1, file.lines[1]).join('\n');
}

/** An RSS item as the writer and the check see it when its page is not read: title, then summary. */
export function itemText(json: string, index: number, where: string): string {
  const items = (JSON.parse(json) as { items?: Array<{ title?: string; summary?: string }> }).items;
  const item = items?.[index];
  if (!item?.title) throw new Error(`bench:content: ${where} has no item ${index} with a title; check the index against its "items" array.`);
  return `${item.title}.\n${item.summary ?? ''}`.trim();
}

/** An RSS XML item as the writer sees it when its page is not read: title, then the description's text. */
export function feedItemText(xml: string, index: number, where: string): string {
  const $ = cheerio.load(xml, { xml: true });
  const item = $('item').eq(index);
  const title = item.find('title').first().text().trim();
  if (!title) throw new Error(`bench:content: ${where} has no <item> ${index} with a title; items are counted from 0.`);
  const description = cheerio.load(item.find('description').first().text()).text().replace(/\s+/g, ' ').trim();
  return `${title}.\n${description}`.trim();
}

/** A section page's teasers (VnExpress `article.item-news`, Báo Chính phủ `.box-stream-item`) that have a headline and a summary. */
export function teaserText(html: string, index: number, where: string): string {
  const $ = cheerio.load(html);
  const teasers = $('article.item-news, .box-stream-item')
    .toArray()
    .map((element) => ({
      headline: $(element).find('h2, h3').first().text().replace(/\s+/g, ' ').trim(),
      summary: $(element).find('.description, .box-stream-sapo').first().text().replace(/\s+/g, ' ').trim(),
    }))
    .filter((teaser) => teaser.headline && teaser.summary);
  const teaser = teasers[index];
  if (!teaser) throw new Error(`bench:content: ${where} has ${teasers.length} teasers with a headline and a summary; no teaser ${index}.`);
  return `${teaser.headline}.\n${teaser.summary}`;
}

/**
 * An article page's text as the extract stage gives it to the writer and the check: the catalog's
 * selectors of the site the page states as its address, its paragraphs joined by blank lines.
 */
export function pageText(html: string, feeds: readonly Feed[], where: string): string {
  const article = extractArticle(html, articleSelectorsFor(statedUrl(html), feeds));
  if (!article) throw new Error(`bench:content: no article text in ${where}; see "bantin extract ${where}".`);
  return article.paragraphs.join('\n\n');
}
