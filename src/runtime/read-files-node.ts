import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCatalog } from '../catalog/load-catalog.ts';
import type { Catalog } from '../domain/catalog.ts';
import { BriefingSchema, type Briefing } from '../domain/briefing.ts';
import { BantinError } from '../domain/errors.ts';

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new BantinError('config', `không đọc được ${what} ${path}. Kiểm tra đường dẫn.`, { cause });
  }
}

async function readText(path: string, what: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path, what));
}

/** The cell's logo for the deck (config deck.logo), relative to `cwd`. */
export async function readLogoFile(file: string, cwd = process.cwd()): Promise<Uint8Array> {
  return readBytes(resolve(cwd, file), 'logo (deck.logo trong cấu hình)');
}

export async function readCatalogFile(file: string, cwd = process.cwd()): Promise<Catalog> {
  const path = resolve(cwd, file);
  return parseCatalog(await readText(path, 'danh mục nguồn tin'), path);
}

/** An edited briefing.json, validated so a typo is reported by field, not as a crash mid-render. */
export async function readBriefingFile(file: string): Promise<Briefing> {
  const path = resolve(file);
  const text = await readText(path, 'tệp bản tin');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new BantinError('config', `${path} không phải JSON hợp lệ: ${(cause as Error).message}`, { cause });
  }
  const parsed = BriefingSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((issue) => `  - ${path}: trường "${issue.path.join('.')}": ${issue.message}`);
    throw new BantinError('config', `tệp bản tin không hợp lệ:\n${lines.join('\n')}`);
  }
  // Audio segments, chapters and the editor all find a story by its id: two stories with one id
  // would read one story's audio under the other's title.
  const seen = new Map<string, number>();
  for (const story of parsed.data.sections.flatMap((section) => section.stories)) seen.set(story.id, (seen.get(story.id) ?? 0) + 1);
  const duplicates = [...seen].filter(([, count]) => count > 1).map(([id, count]) => `"${id}" (${count} lần)`);
  if (duplicates.length > 0) {
    throw new BantinError('config', `${path}: mã tin bị trùng: ${duplicates.join(', ')}. Mỗi tin phải có "id" riêng; hãy đổi "id" của tin chép thêm rồi chạy lại.`);
  }
  return parsed.data;
}
