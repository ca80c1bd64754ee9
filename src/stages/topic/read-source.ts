import * as cheerio from 'cheerio';
import type { TopicSource } from './topic-outline.ts';

type Kind = 'html' | 'markdown' | 'text';

function kindOf(fileName: string, content: string): Kind {
  if (/\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(content)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName) || /^#{1,4}\s+\S/m.test(content)) return 'markdown';
  return 'text';
}

const BOILERPLATE = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, .share, .social, .related, .comment, .comments, .advertisement, .ads, [role=navigation], [aria-hidden=true]';

/** The main text of an HTML page as Markdown-like text: headings become "## …", blocks become paragraphs. */
export function htmlToText(html: string): { title: string; text: string } {
  const $ = cheerio.load(html);
  const title = ($('h1').first().text() || $('title').first().text()).replace(/\s+/g, ' ').trim();
  $(BOILERPLATE).remove();
  const candidates = ['article', 'main', '[role=main]', '.article-content', '.content', '#content', 'body'];
  const chosen = candidates.find((selector) => $(selector).first().text().trim().length > 200) ?? 'body';
  const root = $(chosen).first();
  const blocks: string[] = [];
  root.find('h1, h2, h3, h4, p, li, blockquote').each((_, element) => {
    const node = $(element);
    // Nested blocks (a <p> inside an <li>) are read once, through the innermost one.
    if (node.find('p, li').length > 0 && !/^h\d$/.test(element.tagName)) return;
    const text = node.text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (/^h\d$/.test(element.tagName)) blocks.push(`## ${text}`);
    else if (element.tagName === 'li') blocks.push(`- ${text}`);
    else blocks.push(text);
  });
  return { title, text: blocks.join('\n\n') };
}

/** Markdown reduced to our plain form: headings kept, links and emphasis reduced to their text. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S[^*_]*?)[*_](?=\s|$|[.,;:])/g, '$1$2')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*\d+[.)]\s+/gm, '- ')
    .replace(/^\s*[*+]\s+/gm, '- ');
}

/** Plain text whose first line reads like a title (short, no full stop) gets it as its heading. */
function withTitleLine(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim().length > 0);
  const line = lines[first]?.trim() ?? '';
  if (first < 0 || line.length > 150 || /[.!?…:;,]$/.test(line)) return text;
  return [...lines.slice(0, first), `# ${line}`, '', ...lines.slice(first + 1)].join('\n');
}

function firstHeading(text: string): string | null {
  const match = /^#{1,2}\s+(.+)$/m.exec(text);
  return match?.[1]?.trim() ?? null;
}

/**
 * Turns one file or page (Markdown, plain text or HTML) into a topic source. The name shown in
 * citations is the document's own title when it has one, else the file name.
 */
export function readSourceText(fileName: string, content: string, url?: string): TopicSource {
  const clean = content.replace(/^\uFEFF/, '').normalize('NFC');
  const kind = kindOf(fileName, clean);
  if (kind === 'html') {
    const page = htmlToText(clean);
    return { name: page.title || fileName, text: page.text, ...(url ? { url } : {}) };
  }
  const text = kind === 'markdown' ? markdownToText(clean) : withTitleLine(clean);
  return { name: firstHeading(text) ?? fileName, text, ...(url ? { url } : {}) };
}
