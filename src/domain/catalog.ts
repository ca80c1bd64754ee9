import { z } from 'zod';
import { SectionIdSchema } from './sections.ts';

/** CSS selectors that turn an HTML listing page into feed items (for sources without RSS). */
export const ListingSelectorsSchema = z.object({
  /** Each element matching this is one item; defaults to every link matching `link`. */
  item: z.string().min(1).optional(),
  /** The article link inside an item (or on the page when `item` is absent). */
  link: z.string().min(1),
  /** The title inside an item; defaults to the link text. */
  title: z.string().min(1).optional(),
  /** Where a date is shown, e.g. `.time`; parsed as Asia/Ho_Chi_Minh. */
  date: z.string().min(1).optional(),
  /** Only links whose absolute URL matches this regular expression are articles. */
  linkPattern: z.string().min(1).optional(),
  /** False when these selectors come from others' crawler code and were never checked against a real page of the site. */
  verified: z.boolean().optional(),
  /** Where the selectors come from or why they could not be checked. */
  note: z.string().optional(),
});

/** Per-site selectors for the article page's main text. */
export const ArticleSelectorsSchema = z.object({
  content: z.string().min(1),
  remove: z.array(z.string().min(1)).default([]),
  /** The lead (sapo) when the site prints it outside the body container; read first. */
  lead: z.string().min(1).optional(),
  /** Where the page states its publication date: a <meta> (its content), a <time> (its datetime) or any element (its text). */
  date: z.string().min(1).optional(),
  /** False when these selectors come from others' crawler code and were never checked against a real page of the site. */
  verified: z.boolean().optional(),
  /** Where the selectors come from or why they could not be checked. */
  note: z.string().optional(),
});

/** Only web addresses: javascript:, data: or file: URLs are refused where they are typed in. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'Địa chỉ (URL) phải bắt đầu bằng http:// hoặc https:// (không nhận javascript:, data:, file: hay địa chỉ khác).' });

/** One source of news. */
export const FeedSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang'),
  /** Outlet name as read aloud: "Báo Nhân Dân". */
  name: z.string().min(1),
  url: HttpUrlSchema,
  section: SectionIdSchema,
  /** rss: RSS/Atom; html: a listing page read with `listing`; auto: discover a feed via <link rel="alternate">, else `listing`. */
  kind: z.enum(['rss', 'html', 'auto']).default('rss'),
  /** Official sources (Party, Government, the procuracy) are preferred as a story's primary source. */
  official: z.boolean().default(false),
  /** Ranking weight of this source, 0–5. */
  weight: z.number().min(0).max(5).default(1),
  enabled: z.boolean().default(true),
  listing: ListingSelectorsSchema.optional(),
  article: ArticleSelectorsSchema.optional(),
});

/**
 * One kind of item, told by its words, its feed categories or its link. Matching ignores case;
 * words match whole syllables of the title or summary ("phim" is not found in "phìm").
 */
export const RelevanceMatchSchema = z
  .object({
    /** What such an item is, as the run report shows it: "giải trí", "quảng cáo". */
    reason: z.string().min(1).optional(),
    /** Words or phrases of the title or summary: "bài pr", "mở bán". */
    words: z.array(z.string().min(1)).default([]),
    /** The feed's own categories for the item (RSS `<category>`): "Giải trí". */
    categories: z.array(z.string().min(1)).default([]),
    /** Parts of the item's link: "giaitri.", "/test-folder/". */
    links: z.array(z.string().min(1)).default([]),
  })
  .refine((match) => match.words.length + match.categories.length + match.links.length > 0, 'cần ít nhất một mục trong "words", "categories" hoặc "links"');

/** Which items a section takes: an item matching any `exclude` is left out; when `include` is not empty, an item must match one of them. */
export const RelevanceRuleSchema = z.object({
  include: z.array(RelevanceMatchSchema).default([]),
  exclude: z.array(RelevanceMatchSchema).default([]),
});

/** Relevance rules per section; `all` applies to every section, on top of the section's own. */
export const RelevanceSchema = z.strictObject({
  all: RelevanceRuleSchema.optional(),
  tinh: RelevanceRuleSchema.optional(),
  'trong-nuoc': RelevanceRuleSchema.optional(),
  'doi-ngoai': RelevanceRuleSchema.optional(),
  'the-gioi': RelevanceRuleSchema.optional(),
  nganh: RelevanceRuleSchema.optional(),
});

export const CatalogSchema = z.object({
  feeds: z.array(FeedSchema).min(1, 'danh mục phải có ít nhất một nguồn'),
  /** What each section keeps out (entertainment, advertorials, test items…); the built-in defaults when absent. */
  relevance: RelevanceSchema.optional(),
});

export type Feed = z.infer<typeof FeedSchema>;
export type FeedInput = z.input<typeof FeedSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type Relevance = z.infer<typeof RelevanceSchema>;
export type RelevanceInput = z.input<typeof RelevanceSchema>;
export type RelevanceMatch = z.infer<typeof RelevanceMatchSchema>;
