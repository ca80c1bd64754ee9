import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feed } from '../../domain/catalog.ts';
import { BantinError } from '../../domain/errors.ts';
import { decodeBody } from '../../fetch/decode-body.ts';
import { FetchError, displayUrl } from '../../fetch/fetch-errors.ts';
import { createGuardedFetch } from '../../fetch/guarded-fetch.ts';
import { resolveHostNode } from '../../fetch/resolve-host-node.ts';
import { privateHostsAllowed } from '../../runtime/env-config.ts';
import { readCatalogFile } from '../../runtime/read-files-node.ts';
import { readArticlePage, type ExtractionRule } from '../../stages/extract/extract-article.ts';
import { articleSelectorsFor, statedUrl } from '../../stages/extract/site-selectors.ts';
import type { CliIo, Command } from '../command.ts';

const DEFAULT_CATALOG = 'feeds/catalog.json';

const USAGE = `bantin extract — xem bantin đọc được gì từ một trang bài viết

Cách dùng:
  bantin extract TỆP|URL… [--json] [--catalog TỆP] [--allow-private-hosts]

In ra tiêu đề, ngày đăng, tên trang, các đoạn văn của bài và quy tắc đã chọn phần thân bài:
  catalog   bộ chọn riêng của trang trong danh mục nguồn tin (mục "article")
  library   thư viện đọc bài tự động (Readability)
  fallback  vùng trang có nhiều chữ nhất (khi hai cách trên không tìm thấy bài)
Chú thích ảnh, dòng tác giả, hộp "Xem thêm / Tin liên quan", tin giới thiệu bài khác được bỏ;
chữ của liên kết nằm trong câu luôn được giữ. Dùng lệnh này để kiểm tra một nguồn trước khi
thêm hoặc sửa bộ chọn trong danh mục.

Đầu vào: một hay nhiều tệp HTML đã lưu (không cần mạng) hoặc địa chỉ http(s)://.

Tùy chọn:
  --json                  in một mảng JSON, mỗi đầu vào một phần tử, đúng thứ tự:
                          { "input", "title", "published", "siteName", "paragraphs", "rule" }
                          (null khi không tìm thấy; "paragraphs": [] khi trang không có bài)
  --catalog TỆP           danh mục nguồn tin để lấy bộ chọn theo tên miền (mặc định: ${DEFAULT_CATALOG} nếu có)
  --allow-private-hosts   cho phép tải từ máy chủ nội bộ/127.0.0.1; tương đương BANTIN_ALLOW_PRIVATE_HOSTS=1
  -h, --help              xem hướng dẫn này

Ví dụ:
  npx bantin extract trang-da-luu.html https://baochinhphu.vn/bai-viet-102260228093004191.htm --json
`;

/** One input's reading, in the --json shape. */
export interface ExtractOutput {
  input: string;
  title: string | null;
  published: string | null;
  siteName: string | null;
  paragraphs: string[];
  rule: ExtractionRule | null;
}

const RULE_NAMES: Record<ExtractionRule, string> = {
  catalog: 'bộ chọn của trang trong danh mục (catalog)',
  library: 'thư viện đọc bài tự động Readability (library)',
  fallback: 'vùng nhiều chữ nhất của trang (fallback)',
};

export const extractCommand: Command = {
  name: 'extract',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = readArgs(args);
    if (!positionals.length) throw new BantinError('config', 'thiếu tệp HTML hoặc địa chỉ trang cần đọc. Ví dụ: bantin extract trang.html. Xem: bantin extract --help');
    const feeds = await catalogFeeds(values.catalog);
    const fetcher = positionals.some(isUrl) ? createGuardedFetch({ allowPrivateHosts: values['allow-private-hosts'] === true || privateHostsAllowed(process.env), resolveHost: resolveHostNode }) : null;
    const outputs: ExtractOutput[] = [];
    let failures = 0;
    for (const input of positionals) {
      try {
        const { html, url } = isUrl(input) ? await readUrl(input, fetcher!) : await readLocalFile(input);
        const page = readArticlePage(html, articleSelectorsFor(url ?? statedUrl(html), feeds));
        outputs.push({ input, title: page.title, published: page.published, siteName: page.siteName, paragraphs: page.paragraphs, rule: page.rule });
      } catch (error) {
        if (!(error instanceof BantinError)) throw error;
        failures += 1;
        io.stderr(`Lỗi: ${error.userMessage}\n`);
        outputs.push({ input, title: null, published: null, siteName: null, paragraphs: [], rule: null });
      }
    }
    io.stdout(values.json ? `${JSON.stringify(outputs, null, 2)}\n` : outputs.map(renderText).join('\n'));
    return failures ? 1 : 0;
  },
};

function readArgs(args: string[]) {
  try {
    return parseArgs({ args, options: { json: { type: 'boolean' }, catalog: { type: 'string' }, 'allow-private-hosts': { type: 'boolean' } }, strict: true, allowPositionals: true });
  } catch (cause) {
    throw new BantinError('config', `tùy chọn không hợp lệ: ${(cause as Error).message}. Xem: bantin extract --help`, { cause });
  }
}

async function catalogFeeds(file: string | undefined): Promise<Feed[]> {
  if (file) return (await readCatalogFile(file)).feeds;
  return existsSync(resolve(DEFAULT_CATALOG)) ? (await readCatalogFile(DEFAULT_CATALOG)).feeds : [];
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function readLocalFile(file: string): Promise<{ html: string; url: null }> {
  try {
    return { html: decodeBody(new Uint8Array(await readFile(resolve(file))), null), url: null };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EACCES' ? 'không có quyền đọc' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : (cause as Error).message;
    throw new BantinError('extract', `không đọc được tệp "${file}": ${why}. Kiểm tra đường dẫn.`, { cause });
  }
}

async function readUrl(url: string, fetcher: typeof fetch): Promise<{ html: string; url: string }> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5' } });
  } catch (cause) {
    const message = cause instanceof FetchError ? cause.userMessage : `không tải được ${displayUrl(url)}: ${(cause as Error).message}`;
    throw new BantinError('extract', message, { cause });
  }
  if (!response.ok) throw new BantinError('extract', `không tải được ${displayUrl(url)}: máy chủ trả lời HTTP ${response.status}. Kiểm tra địa chỉ.`);
  return { html: decodeBody(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type')), url: response.url || url };
}

function renderText(output: ExtractOutput): string {
  const lines = [`== ${output.input}`, `Tiêu đề:  ${output.title ?? '(không có)'}`, `Ngày đăng: ${output.published ?? '(không thấy)'}`, `Trang:    ${output.siteName ?? '(không rõ)'}`];
  if (!output.rule) return `${[...lines, 'Không tìm thấy bài viết trong trang này.'].join('\n')}\n`;
  lines.push(`Thân bài: ${RULE_NAMES[output.rule]}, ${output.paragraphs.length} đoạn`, '');
  return `${[...lines, output.paragraphs.join('\n\n')].join('\n')}\n`;
}
