const CLUTTER_TAGS =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, aside, footer, figcaption, video, audio, dialog';
const HIDDEN =
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"], .hidden, .sr-only, .visually-hidden, .d-none';
/**
 * Furniture that Vietnamese news CMSs put inside the article body: related-story boxes (Tuổi Trẻ and
 * Báo Chính phủ `type="RelatedOneNews"` / `"RelatedNewsBox"`, VnExpress `tin_xemthem`), photo captions
 * (VnExpress `p.Image`, Tạp chí Kiểm sát `p.PCaption`, `PhotoCMS_Caption`), share and rating bars.
 */
const VIETNAMESE_CMS_CLUTTER =
  '[type="RelatedOneNews"], [type="RelatedNewsBox"], [type="RelatedNews"], [data-component-type*="xemthem"], [data-component-type*="lienquan"], .VCObjectBoxRelatedNewsItemSapo, .kbwscwl-relatedbox, p.Image, .PCaption, .PhotoCMS_Caption, .image-caption, .img-caption, .box-tinlienquan, .tinlienquan, .list-news-related, .related-news, .article-relate, .box-related';
// Class or id words of page furniture in Vietnamese news CMSs (tin-lien-quan, xem-them…) and generic ones.
const CLUTTER_WORDS =
  /(^|[-_])(share|sharing|social|related|relate|comments?|breadcrumbs?|tags?|advert|ads|adv|banner|menu|sidebar|newsletter|subscribe|popup|cookie|caption|print|rating|widget|recommend|most-?read|lien-?quan|xem-?them|doc-?them|tin-?khac|box-?tin|footer|toolbar|social-?bar|author-?box|author|byline|chuky|tac-?gia)($|[-_])/i;
/** Inline elements are never furniture on their own: a link inside a sentence is part of the sentence. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * Drops scripts, page furniture, captions and hidden text inside `root`, which must never reach the
 * script read aloud. Only block elements are removed by class name, and never one holding most of the
 * body's text, so a link's words inside a paragraph always stay.
 */
export function removeClutter(root: Element, options: { smallOnly?: boolean } = {}): void {
  const bodyLength = (root.textContent ?? '').length;
  if (options.smallOnly) {
    for (const element of [...root.querySelectorAll('[class], [id]')]) if (isFurniture(element) && isSmall(element)) element.remove();
    return;
  }
  for (const element of [...root.querySelectorAll(CLUTTER_TAGS)]) element.remove();
  for (const element of [...root.querySelectorAll(HIDDEN)]) if (!INLINE.has(element.localName)) element.remove();
  for (const element of [...root.querySelectorAll(VIETNAMESE_CMS_CLUTTER)]) element.remove();
  for (const element of [...root.querySelectorAll('[class], [id]')]) {
    if (isFurniture(element) && (element.textContent ?? '').length <= bodyLength / 2) element.remove();
  }
}

function isFurniture(element: Element): boolean {
  if (INLINE.has(element.localName) || ['html', 'body', 'article', 'main'].includes(element.localName) || !element.isConnected) return false;
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return words.some((word) => CLUTTER_WORDS.test(word));
}

/** A share bar or a one-line widget: no paragraph inside and little text. */
function isSmall(element: Element): boolean {
  return !element.querySelector('p') && (element.textContent ?? '').trim().length < 200;
}

/**
 * Removes what no reader sees from a whole page before any rule looks at it: HTML comments, scripts
 * and hidden elements (on hostile pages they carry instructions meant for a machine reader).
 */
export function removeUnseen(document: Document): void {
  removeComments(document);
  for (const element of [...document.querySelectorAll('script, style, noscript, template')]) element.remove();
  for (const element of [...document.querySelectorAll(HIDDEN)]) if (element.localName !== 'html' && element.localName !== 'body') element.remove();
}

function removeComments(root: Node): void {
  const comments: Node[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 8) comments.push(child);
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(root);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
