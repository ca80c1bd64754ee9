import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontMatter } from './front-matter.ts';
import { checkTemplate } from './render-template.ts';
import { DEMO_SOURCES } from './demo-catalog.ts';
import { DemoArticleMetaSchema, type DemoArticle } from './demo-article.ts';

/** feeds/demo of this package, found from this file's location. */
export const DEFAULT_DEMO_CONTENT_DIR = fileURLToPath(new URL('../../feeds/demo', import.meta.url));

/** Reads and validates every article under `<contentDir>/articles/<source>/*.md`. */
export function loadDemoArticles(contentDir: string = DEFAULT_DEMO_CONTENT_DIR): DemoArticle[] {
  const articlesDir = join(contentDir, 'articles');
  const articles: DemoArticle[] = [];
  for (const folder of readdirSync(articlesDir).sort()) {
    const source = DEMO_SOURCES.find((s) => s.id === folder);
    if (!source) throw new Error(`${join(articlesDir, folder)}: no demo source "${folder}" in src/demo/demo-catalog.ts`);
    for (const file of readdirSync(join(articlesDir, folder)).sort()) {
      if (!file.endsWith('.md')) continue;
      const where = join(articlesDir, folder, file);
      const text = readFileSync(where, 'utf8');
      if (text !== text.normalize('NFC')) throw new Error(`${where}: text is not NFC`);
      const { data, body } = parseFrontMatter(text, where);
      const parsed = DemoArticleMetaSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const meta = parsed.data;
      if (meta.source !== source.id) throw new Error(`${where}: source "${meta.source}" does not match folder "${folder}"`);
      if (meta.section !== source.section) throw new Error(`${where}: section "${meta.section}" but source "${source.id}" is "${source.section}"`);
      const blocks = body.split(/\n\s*\n/).map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
      for (const part of [meta.title, meta.summary, meta.caption ?? '', ...blocks]) checkTemplate(part, where);
      articles.push({ ...meta, slug: basename(file, '.md'), blocks });
    }
  }
  return articles;
}
