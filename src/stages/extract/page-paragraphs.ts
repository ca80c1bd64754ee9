/** One block of text read from the page, with how much of it is link text. */
export interface Block {
  text: string;
  /** Characters of `text` that sit inside <a> elements. */
  linkChars: number;
  /** The block's own tag name: p, h2, li, td… (div when text sits loose in a container). */
  tag: string;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SILENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'select', 'textarea', 'button', 'input', 'head', 'title']);

/**
 * The text of `root` as blocks, in reading order: every block element and every <br> ends a block,
 * inline elements (links, emphasis, spans) stay inside the sentence they belong to.
 */
export function pageBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let tag = 'div';
  const flush = () => {
    const cleaned = cleanText(text);
    if (cleaned) blocks.push({ text: cleaned, linkChars: Math.min(linkChars, cleaned.length), tag });
    text = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean, blockTag: string) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!text.trim()) tag = blockTag;
        text += data;
        if (inLink) linkChars += data.replace(/\s+/g, ' ').trim().length;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const name = element.localName;
        if (SILENT_TAGS.has(name)) continue;
        if (name === 'br') {
          flush();
          continue;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          walk(element, inLink, name);
          flush();
        } else walk(element, inLink || name === 'a', blockTag);
      }
    }
  };
  walk(root, false, root.localName ?? 'div');
  flush();
  return blocks;
}

/** Collapses whitespace (including no-break spaces) and normalizes to NFC, the form the speech layer expects. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim().normalize('NFC');
}
