import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Feed } from '../../domain/catalog.ts';
import { removeClutter } from './remove-clutter.ts';

type ArticleSelectors = NonNullable<Feed['article']>;

/** An article page's main text, as paragraphs, with what the page says about itself. */
export interface ExtractedArticle {
  title: string;
  paragraphs: string[];
  /** As the page states it (meta or <time>), unparsed. */
  published?: string;
  siteName?: string;
}

const BLOCKS = 'p, h2, h3, h4, li, blockquote, pre';
const MIN_ARTICLE_CHARS = 150;
const INLINE = new Set(['b', 'strong', 'i', 'em', 'span', 'u', 'font', 'sup', 'sub']);
const CAPTION = /^(\(?ảnh\s*[:：]|\(?ảnh minh họa|nguồn\s*[:：]|video\s*[:：]|clip\s*[:：]|xem thêm|tin liên quan|đọc thêm|>>)/i;

/**
 * The main text of an article page: the catalog's per-site selectors first, else the element whose
 * direct paragraphs hold the most text (content density). Navigation, share bars, related links,
 * captions, scripts and hidden text are dropped; paragraphs are kept. Null when the page holds no
 * article (a listing, an error page, a video page without text).
 */
export function extractArticle(html: string, selectors?: ArticleSelectors): ExtractedArticle | null {
  const $ = load(html);
  const meta = readMetadata($);
  for (const selector of selectors?.remove ?? []) $(selector).remove();
  const chosen = selectors ? $(selectors.content).first() : null;
  removeClutter($);
  const root = chosen && chosen.length && chosen.parents('html').length ? chosen : densestElement($);
  if (!root) return null;
  const paragraphs = paragraphsOf($, root).filter((paragraph) => paragraph !== meta.title);
  if (paragraphs.join('').length < MIN_ARTICLE_CHARS) return null;
  return { ...meta, paragraphs };
}

function readMetadata($: CheerioAPI): Omit<ExtractedArticle, 'paragraphs'> {
  const content = (selector: string) => clean($(selector).first().attr('content') ?? '');
  const title = content('meta[property="og:title"]') || clean($('h1').first().text()) || clean($('title').first().text());
  const published =
    content('meta[property="article:published_time"]') || content('meta[itemprop="datePublished"]') || content('meta[name="pubdate"]') || $('time[datetime]').first().attr('datetime') || undefined;
  const siteName = content('meta[property="og:site_name"]') || undefined;
  return { title, ...(published ? { published } : {}), ...(siteName ? { siteName } : {}) };
}

function densestElement($: CheerioAPI): Cheerio<Element> | null {
  let best: Element | null = null;
  let bestScore = 0;
  $('p').each((_, paragraph) => {
    const parent = paragraph.parent;
    if (!parent || parent.type !== 'tag') return;
    const container = parent as Element;
    if ((container as Element & { scored?: boolean }).scored) return;
    (container as Element & { scored?: boolean }).scored = true;
    let score = 0;
    $(container)
      .children('p')
      .each((__, child) => {
        const text = clean($(child).text());
        if (text.length < 25) return;
        const linkText = clean($(child).find('a').text()).length;
        score += text.length * (1 - linkText / text.length) + (text.match(/,/g)?.length ?? 0) * 10;
      });
    if (/\barticle\b|content|detail|body/i.test(`${$(container).attr('class') ?? ''} ${$(container).attr('id') ?? ''}`) || container.name === 'article') score *= 1.2;
    if (score > bestScore) {
      bestScore = score;
      best = container;
    }
  });
  return best ? $(best) : densestTextBlock($);
}

/** Old CMS pages put the whole article in one <td> or <div> with <br> breaks and no <p>. */
function densestTextBlock($: CheerioAPI): Cheerio<Element> | null {
  let best: Element | null = null;
  let bestLength = MIN_ARTICLE_CHARS - 1;
  $('div, td, section, article, main').each((_, element) => {
    let length = 0;
    for (const child of element.children) {
      if (child.type === 'text') length += clean(child.data).length;
      else if (child.type === 'tag' && INLINE.has(child.name)) length += clean($(child).text()).length;
    }
    if (length > bestLength) {
      bestLength = length;
      best = element;
    }
  });
  return best ? $(best) : null;
}

function paragraphsOf($: CheerioAPI, root: Cheerio<AnyNode>): string[] {
  root.find('br').replaceWith('\n');
  const leaves = root.find(BLOCKS).filter((_, element) => $(element).find(BLOCKS).length === 0);
  const blocks = leaves.length ? leaves.toArray() : [root.get(0)!];
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const element = $(block);
    for (const line of element.text().split('\n')) {
      const text = clean(line);
      if (!text || CAPTION.test(text)) continue;
      const linkText = clean(element.find('a').text()).length;
      if (linkText > 0 && linkText / Math.max(1, clean(element.text()).length) > 0.6 && text.length < 200) continue;
      paragraphs.push(text);
    }
  }
  return paragraphs;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}
