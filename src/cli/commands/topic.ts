import { parseArgs } from 'node:util';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { BantinError } from '../../domain/errors.ts';
import { loadNodeConfig } from '../../runtime/node.ts';
import { createGuardedFetch } from '../../fetch/guarded-fetch.ts';
import { pinnedFetchNode } from '../../fetch/pinned-fetch-node.ts';
import { resolveHostNode } from '../../fetch/resolve-host-node.ts';
import { FetchError } from '../../fetch/fetch-errors.ts';
import { buildTopicDeck } from '../../stages/topic/build-topic-deck.ts';
import { readSource, TOPIC_FILE_TYPES } from '../../stages/topic/read-source.ts';
import { readPdfNode } from '../../stages/topic/read-pdf-node.ts';
import { createOpenAiTopicPlanner } from '../../stages/topic/openai-topic-planner.ts';
import { coverageWarning, topicCoverage } from '../../stages/topic/topic-coverage.ts';
import type { TopicPlanner, TopicSource } from '../../stages/topic/topic-outline.ts';

const USAGE = `Cách dùng: bantin topic --title "Tên chuyên đề" --source TỆP|URL [--source …] [tùy chọn]

Dựng bài trình chiếu sinh hoạt chuyên đề từ các tài liệu nguồn (Word .docx, PDF có chữ, trang web
hoặc tệp .html đã lưu, Markdown .md, văn bản .txt):
trang bìa, mục đích yêu cầu, nội dung chính, mỗi đề mục lớn của tài liệu là một phần đánh số
(mỗi trang ghi nguồn), lời trích dẫn trên trang riêng, câu hỏi thảo luận, kết luận, tài liệu tham khảo;
mỗi trang có ghi chú cho người trình bày. Nếu tài liệu ít nói đến tên chuyên đề, có cảnh báo trước khi dựng.
Khi có OPENAI_API_KEY hoặc OPENAI_BASE_URL, dàn ý do mô hình ngôn ngữ lập và được đối chiếu với nguồn;
nếu không, dàn ý được lập tự động từ các đề mục và câu chính của tài liệu.

Tùy chọn:
  --title TEXT             tên chuyên đề (bắt buộc)
  --source TỆP|URL         tài liệu nguồn, dùng nhiều lần cho nhiều tài liệu (bắt buộc)
  --out DIR                thư mục kết quả (mặc định: output/topic)
  --theme do-vang|trung-tinh   giao diện (mặc định theo cấu hình, thường là do-vang)
  --presenter TEXT         người trình bày, ghi ở trang bìa
  --config FILE            tệp cấu hình (tên chi bộ, logo, mô hình ngôn ngữ)
  --allow-private-hosts    cho phép tải URL trong mạng nội bộ
`;

const THEMES = ['do-vang', 'trung-tinh'] as const;
type Theme = (typeof THEMES)[number];

/** "Phát huy tinh thần…" → "phat-huy-tinh-than"; never empty. */
export function topicSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'chuyen-de';
}

async function readFileSource(file: string): Promise<TopicSource> {
  let content: Uint8Array;
  try {
    content = new Uint8Array(await readFile(resolve(file)));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EACCES' ? 'không có quyền đọc' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : (cause as Error).message;
    throw new BantinError('deck', `không đọc được tài liệu nguồn "${file}": ${why}. Kiểm tra đường dẫn trong --source.`, { cause });
  }
  return readSource(basename(file), content, { readPdf: readPdfNode });
}

async function readUrlSource(url: string, fetcher: typeof fetch): Promise<TopicSource> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: 'text/html, text/markdown, text/plain;q=0.9, */*;q=0.5' } });
  } catch (cause) {
    const message = cause instanceof FetchError ? cause.userMessage : `không tải được ${url}: ${(cause as Error).message}`;
    throw new BantinError('deck', `${message} (tài liệu nguồn trong --source)`, { cause });
  }
  if (!response.ok) throw new BantinError('deck', `không tải được tài liệu nguồn ${url}: máy chủ trả lời HTTP ${response.status}. Kiểm tra địa chỉ.`);
  const contentType = response.headers.get('content-type');
  const path = new URL(response.url || url).pathname;
  const name = /html/i.test(contentType ?? '') && !/\.html?$/i.test(path) ? `${basename(path) || 'trang'}.html` : basename(path) || url;
  return readSource(name, new Uint8Array(await response.arrayBuffer()), { url, contentType, readPdf: readPdfNode });
}

/** Writes next to the target and renames, so a crash never leaves half a deck under the real name. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new BantinError('deck', `không ghi được tệp ${path}: ${(cause as Error).message}. Kiểm tra thư mục --out.`, { cause });
  }
}

async function readLogo(path: string | undefined, io: { stderr: (text: string) => void }): Promise<Uint8Array | undefined> {
  if (!path || /^https?:\/\//.test(path)) return undefined;
  try {
    return new Uint8Array(await readFile(resolve(path)));
  } catch {
    io.stderr(`Cảnh báo: không đọc được logo "${path}" (deck.logo trong cấu hình); bài trình chiếu sẽ không có logo.\n`);
    return undefined;
  }
}

export const topicCommand: Command = {
  name: 'topic',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          title: { type: 'string' },
          source: { type: 'string', multiple: true },
          out: { type: 'string' },
          theme: { type: 'string' },
          presenter: { type: 'string' },
          config: { type: 'string' },
          'allow-private-hosts': { type: 'boolean', default: false },
        },
      }));
    } catch (cause) {
      throw new BantinError('config', `tùy chọn không hợp lệ: ${(cause as Error).message}. Xem: bantin topic --help`, { cause });
    }
    const title = values.title?.trim();
    if (!title) throw new BantinError('config', 'thiếu --title: hãy nhập tên chuyên đề, ví dụ --title "Phát huy tinh thần tiên phong của đảng viên".');
    const sources = values.source ?? [];
    if (sources.length === 0) throw new BantinError('config', `thiếu --source: hãy chỉ ra ít nhất một tài liệu nguồn (tệp ${TOPIC_FILE_TYPES.join(', ')} hoặc URL).`);
    if (values.theme && !THEMES.includes(values.theme as Theme)) {
      throw new BantinError('config', `giao diện "${values.theme}" không có; chọn một trong: ${THEMES.join(', ')}.`);
    }

    const config = await loadNodeConfig(process.env, { file: values.config });
    const allowPrivateHosts = values['allow-private-hosts'] || config.allowPrivateHosts;
    const fetcher = createGuardedFetch({ resolveHost: resolveHostNode, pinnedFetch: pinnedFetchNode, allowPrivateHosts, allowedOrigins: config.allowedOrigins, timeoutMs: 30_000 });

    io.stderr(`Đang đọc ${sources.length} tài liệu nguồn…\n`);
    const documents: TopicSource[] = [];
    for (const source of sources) {
      documents.push(/^https?:\/\//i.test(source) ? await readUrlSource(source, fetcher) : await readFileSource(source));
    }

    const warning = coverageWarning(title, topicCoverage({ title, sources: documents }));
    if (warning) io.stderr(`Cảnh báo: ${warning}\n`);

    const planner: TopicPlanner | undefined = config.llm.provider === 'openai'
      ? createOpenAiTopicPlanner({ apiKey: config.llm.apiKey, baseURL: config.llm.baseURL, model: config.llm.model, timeoutMs: config.llm.timeoutMs })
      : undefined;
    io.stderr(planner ? `Đang lập dàn ý bằng mô hình ${config.llm.model}…\n` : 'Đang lập dàn ý tự động từ tài liệu…\n');

    const result = await buildTopicDeck(
      { title, sources: documents, presenter: values.presenter, cellName: config.cell.name, unitName: config.cell.unit },
      { theme: (values.theme as Theme | undefined) ?? config.deck.theme, logo: await readLogo(config.deck.logo, io), planner },
    );
    for (const problem of result.problems.filter((p) => p !== warning)) io.stderr(`Lưu ý: ${problem}\n`);

    const outDir = resolve(values.out ?? 'output/topic');
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, `${topicSlug(title)}.pptx`);
    await writeAtomically(path, result.pptx);
    io.stderr(`Đã dựng ${result.outline.slides.length} trang nội dung.\n`);
    io.stdout(`${path}\n`);
    return 0;
  },
};
