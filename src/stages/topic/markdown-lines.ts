import { joinWrappedLines, type SourceLine } from './structure-lines.ts';

function inlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S[^*_]*?)[*_](?=\s|$|[.,;:])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** Markdown as lines: "#"s give the heading level, "> " a quotation, "**…**" alone on a line is bold. */
export function markdownLines(markdown: string): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const raw of joinWrappedLines(markdown.replace(/```[\s\S]*?```/g, '').split('\n'))) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(raw);
    if (heading) {
      lines.push({ text: inlineMarkdown(heading[2]!), headingLevel: heading[1]!.length });
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(raw);
    const text = quote ? quote[1]! : raw;
    const bold = /^(\*\*|__)[^*_]+\1[:.]?$/.test(text.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
    const item = text.replace(/^\s*[*+]\s+/, '– ').replace(/^\s*-\s+/, '– ');
    lines.push({ text: inlineMarkdown(item), ...(quote ? { quote: true } : {}), ...(bold ? { bold: true } : {}) });
  }
  return lines;
}
