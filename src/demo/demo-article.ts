import { z } from 'zod';
import { renderTemplate } from './render-template.ts';
import { SectionIdSchema } from '../domain/sections.ts';

/** Front matter of one team-written article in feeds/demo/articles/<source>/<slug>.md. */
export const DemoArticleMetaSchema = z.object({
  source: z.string().min(1),
  section: SectionIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Publication time, in hours before the server's "now". */
  ageHours: z.number().min(0),
  /**
   * Age in hours of the moment date templates count from; defaults to ageHours. Near-duplicates of one
   * event share it so their dates agree even when their publication times straddle midnight.
   */
  templateAgeHours: z.number().min(0).optional(),
  /** Caption under the article's image. */
  caption: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  /** Leave the date out of the feed item (a real-world quirk). */
  noDate: z.boolean().default(false),
});

/** One demo article with its body still holding date templates. */
export interface DemoArticle extends z.infer<typeof DemoArticleMetaSchema> {
  slug: string;
  /** Blocks of the body: paragraphs, or subheadings starting with "## ". */
  blocks: string[];
}

/** A demo article rendered for one publication time. */
export interface RenderedArticle {
  slug: string;
  sourceId: string;
  title: string;
  summary: string;
  caption: string | null;
  author: string | null;
  published: Date;
  noDate: boolean;
  blocks: { kind: 'p' | 'h2'; text: string }[];
}

/** Publication time of an article: "now" floored to the hour (so ETags hold within an hour) minus its age. */
export function publicationTime(ageHours: number, now: Date): Date {
  const hour = Math.floor(now.getTime() / 3600_000) * 3600_000;
  return new Date(hour - Math.round(ageHours * 3600_000));
}

/** Renders an article's date templates for the given "now". */
export function renderDemoArticle(article: DemoArticle, now: Date): RenderedArticle {
  const published = publicationTime(article.ageHours, now);
  const base = publicationTime(article.templateAgeHours ?? article.ageHours, now);
  return {
    slug: article.slug,
    sourceId: article.source,
    title: renderTemplate(article.title, base),
    summary: renderTemplate(article.summary, base),
    caption: article.caption ? renderTemplate(article.caption, base) : null,
    author: article.author ?? null,
    published,
    noDate: article.noDate,
    blocks: article.blocks.map((block) =>
      block.startsWith('## ') ? { kind: 'h2' as const, text: renderTemplate(block.slice(3), base) } : { kind: 'p' as const, text: renderTemplate(block, base) },
    ),
  };
}
