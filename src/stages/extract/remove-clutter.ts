import type { CheerioAPI } from 'cheerio';

const CLUTTER_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, aside, footer, header, figcaption, video, audio';
const HIDDEN =
  '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"], .hidden, .sr-only, .visually-hidden, .d-none';
// Class or id words of page furniture in Vietnamese news CMSs (tin-lien-quan, xem-them…) and generic ones.
const CLUTTER_WORDS =
  /(^|[-_])(share|sharing|social|related|relate|comments?|breadcrumbs?|tags?|advert|ads|adv|banner|menu|sidebar|newsletter|subscribe|popup|cookie|caption|print|rating|widget|recommend|most-?read|lien-?quan|xem-?them|doc-?them|tin-?khac|box-?tin|footer|toolbar|social-?bar|author-?box)($|[-_])/i;

/** Drops scripts, page furniture, captions and hidden text, which must never reach the script read aloud. */
export function removeClutter($: CheerioAPI): void {
  $('*')
    .contents()
    .filter((_, node) => node.type === 'comment')
    .remove();
  $(CLUTTER_TAGS).remove();
  $(HIDDEN).remove();
  $('[class], [id]').each((_, element) => {
    if (element.type !== 'tag' || ['html', 'body', 'article', 'main'].includes(element.name)) return;
    const words = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.split(/\s+/).filter(Boolean);
    if (words.some((word) => CLUTTER_WORDS.test(word))) $(element).remove();
  });
}
