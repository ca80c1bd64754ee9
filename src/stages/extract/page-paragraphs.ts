/** One block of text read from the page, with how much of it is link text. */
export interface Block {
  text: string;
  /** Characters of `text` that sit inside <a> elements. */
  linkChars: number;
  /** The block's own tag name: p, h2, li, td… (div when text sits loose in a container). */
  tag: string;
  /** Characters of `text` set in italics (<em>, <i>): a caption under a photo often is. */
  italicChars: number;
  /** An image stands between the previous block with text and this one. */
  afterImage: boolean;
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
  let italicChars = 0;
  let tag = 'div';
  let sawImage = false;
  const flush = () => {
    const cleaned = cleanText(text);
    if (cleaned) {
      blocks.push({ text: cleaned, linkChars: Math.min(linkChars, cleaned.length), tag, italicChars: Math.min(italicChars, cleaned.length), afterImage: sawImage });
      sawImage = false;
    }
    text = '';
    linkChars = 0;
    italicChars = 0;
  };
  const walk = (node: Node, inLink: boolean, blockTag: string, inItalic = false) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!text.trim()) tag = blockTag;
        text += data;
        const visible = data.replace(/\s+/g, ' ').trim().length;
        if (inLink) linkChars += visible;
        if (inItalic) italicChars += visible;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const name = element.localName;
        if (name === 'img' || name === 'picture') sawImage = true;
        if (SILENT_TAGS.has(name)) continue;
        if (name === 'br') {
          flush();
          continue;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          walk(element, inLink, name, inItalic);
          flush();
        } else walk(element, inLink || name === 'a', blockTag, inItalic || name === 'em' || name === 'i');
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
