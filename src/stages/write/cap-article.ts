/**
 * The most article text a story is written and checked from. A news article is a few thousand
 * characters; a page whose extraction swallowed an archive (or a hostile page) can be megabytes, and
 * the summarizer, the model prompt and the fact check all grow with it.
 */
export const MAX_ARTICLE_CHARS = 60_000;

/** The text cut to `max` characters at the last paragraph or sentence end before it. */
export function capArticle(text: string, max = MAX_ARTICLE_CHARS): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '));
  return { text: end > max / 2 ? head.slice(0, end + 1).trimEnd() : head, cut: true };
}
