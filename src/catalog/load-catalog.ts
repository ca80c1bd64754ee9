import { z } from 'zod';
import { CatalogSchema, type Catalog } from '../domain/catalog.ts';
import { BantinError } from '../domain/errors.ts';

/**
 * Parses and validates a catalog file's text. Every problem becomes one Vietnamese line naming the
 * file, the feed (by id, or by position when it has none) and the field; duplicate ids, selectors
 * an HTML source needs and link patterns that are not valid regular expressions are checked too.
 * Throws a BantinError (stage "config") listing them all, so nothing runs on a bad catalog.
 */
export function parseCatalog(text: string, fileName: string): Catalog {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new BantinError('config', `danh mục nguồn tin ${fileName} không phải JSON hợp lệ (${detail}). Kiểm tra dấu phẩy, ngoặc và dấu nháy.`, { cause });
  }
  const parsed = CatalogSchema.safeParse(data, { error: z.locales.vi().localeError });
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(describeIssue(issue.path, issue.message, data, fileName));
  } else {
    problems.push(...semanticProblems(parsed.data, fileName));
  }
  if (problems.length) {
    throw new BantinError('config', `danh mục nguồn tin ${fileName} có ${problems.length} lỗi, chưa chạy gì:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
  return parsed.data as Catalog;
}

function describeIssue(path: PropertyKey[], message: string, data: unknown, fileName: string): string {
  if (path[0] === 'feeds' && typeof path[1] === 'number') {
    const field = path.slice(2).map(String).join('.');
    return `${fileName}: ${feedLabel(data, path[1])}${field ? `, trường "${field}"` : ''}: ${message}`;
  }
  const field = path.map(String).join('.');
  return `${fileName}${field ? `, trường "${field}"` : ''}: ${message}`;
}

function feedLabel(data: unknown, index: number): string {
  const feeds = (data as { feeds?: unknown[] } | null)?.feeds;
  const id = (feeds?.[index] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id ? `nguồn "${id}" (feeds[${index}])` : `nguồn thứ ${index + 1} (feeds[${index}], chưa có id)`;
}

function semanticProblems(catalog: Catalog, fileName: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  catalog.feeds.forEach((feed, index) => {
    const label = `${fileName}: nguồn "${feed.id}" (feeds[${index}])`;
    const first = seen.get(feed.id);
    if (first !== undefined) problems.push(`${label}, trường "id": trùng id với feeds[${first}]; mỗi nguồn cần một id riêng.`);
    else seen.set(feed.id, index);
    if (feed.kind === 'html' && !feed.listing) problems.push(`${label}, trường "listing": nguồn kiểu html cần "listing" với ít nhất "link" (bộ chọn CSS của liên kết bài viết).`);
    const pattern = feed.listing?.linkPattern;
    if (pattern) {
      try {
        new RegExp(pattern);
      } catch {
        problems.push(`${label}, trường "listing.linkPattern": "${pattern}" không phải biểu thức chính quy hợp lệ.`);
      }
    }
  });
  return problems;
}
