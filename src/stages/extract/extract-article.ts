import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Feed } from '../../domain/catalog.ts';
import { densestElements } from './densest-element.ts';
import { dropClutterBlocks } from './drop-clutter-blocks.ts';
import { pageBlocks } from './page-paragraphs.ts';
import { readMetadata, type PageMetadata } from './read-metadata.ts';
import { removeClutter, removeUnseen } from './remove-clutter.ts';

type ArticleSelectors = NonNullable<Feed['article']>;

/** Which rule chose the article body: the catalog's per-site selector, the Readability library, or the density fallback. */
export type ExtractionRule = 'catalog' | 'library' | 'fallback';

/** An article page's main text, as paragraphs, with what the page says about itself. */
export interface ExtractedArticle {
  title: string;
  paragraphs: string[];
  /** As the page states it (meta or <time>), unparsed. */
  published?: string;
  siteName?: string;
  /** Which rule chose the body. */
  rule?: ExtractionRule;
}

/** What bantin reads from any page, article or not: null fields when not found, no paragraphs and no rule when the page holds no article. */
export interface PageReading extends PageMetadata {
  paragraphs: string[];
  rule: ExtractionRule | null;
}

const MIN_ARTICLE_CHARS = 150;

/**
 * The main text of an article page: the catalog's per-site selectors first, else what Readability
 * (over linkedom, so it runs on Node and Workers alike) finds, else the element whose paragraphs hold
 * the most text. Captions, related-story teasers, "Xem thêm" boxes, bylines, scripts and hidden text
 * are dropped; words inside inline links stay. Null when the page holds no article (a listing, an
 * error page, a video page without text).
 */
export function extractArticle(html: string, selectors?: ArticleSelectors): ExtractedArticle | null {
  const page = readArticlePage(html, selectors);
  if (!page.rule) return null;
  return {
    title: page.title ?? '',
    paragraphs: page.paragraphs,
    ...(page.published ? { published: page.published } : {}),
    ...(page.siteName ? { siteName: page.siteName } : {}),
    rule: page.rule,
  };
}

/** Everything `bantin extract` shows for one page; see `extractArticle`. */
export function readArticlePage(html: string, selectors?: ArticleSelectors): PageReading {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document, selectors?.date);
  removeUnseen(document);
  // Each rule gives its candidate bodies (each one or more elements, read in order), best first.
  for (const [rule, find] of [
    ['catalog', () => listOf(selectors ? bySelector(document, selectors) : null)],
    ['library', () => listOf(listOf(byReadability(html)))],
    ['fallback', () => densestElements(parsePage(html), MIN_ARTICLE_CHARS).map((element) => [element])],
  ] as const) {
    for (const roots of find()) {
      const paragraphs = roots.flatMap((root) => paragraphsOf(root, metadata.title));
      if (paragraphs.join(' ').length >= MIN_ARTICLE_CHARS) return { ...metadata, paragraphs, rule };
    }
  }
  return { ...metadata, paragraphs: [], rule: null };
}

/** The catalog's body container, after its lead (sapo) when the site prints that outside the body. */
function bySelector(document: Document, selectors: ArticleSelectors): Element[] | null {
  try {
    for (const selector of selectors.remove) for (const element of [...document.querySelectorAll(selector)]) element.remove();
    const body = document.querySelector(selectors.content);
    if (!body) return null;
    const lead = selectors.lead ? document.querySelector(selectors.lead) : null;
    return lead && !body.contains(lead) && !lead.contains(body) ? [lead, body] : [body];
  } catch {
    // A selector linkedom cannot parse counts as no match; `bantin extract` shows which rule was used instead.
    return null;
  }
}

function listOf<T>(item: T | null): T[] {
  return item ? [item] : [];
}

function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  removeUnseen(document);
  return document;
}

function byReadability(html: string): Element | null {
  const document = parsePage(html);
  // Readability wraps the text of a leaf <div> in a new <p> and drops the <div> with its class, so small furniture goes first.
  if (document.body) removeClutter(document.body, { smallOnly: true });
  const article = new Readability(document, { keepClasses: true, charThreshold: MIN_ARTICLE_CHARS, serializer: (node: Node) => node }).parse();
  return (article?.content as unknown as Element | undefined) ?? null;
}

function paragraphsOf(root: Element, title: string | null): string[] {
  removeClutter(root);
  return dropClutterBlocks(pageBlocks(root), title).map((block) => block.text);
}
