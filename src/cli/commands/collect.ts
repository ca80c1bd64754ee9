import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogFile } from '../../runtime/read-files-node.ts';
import { privateHostsAllowed } from '../../runtime/env-config.ts';
import { dataDirFrom } from '../../runtime/node.ts';
import type { CollectResult } from '../../domain/collected.ts';
import { BantinError } from '../../domain/errors.ts';
import { createRunReport, type RunReport } from '../../domain/run-report.ts';
import { DEFAULT_QUOTAS, SECTION_IDS, SECTION_TITLES } from '../../domain/sections.ts';
import { createGuardedFetch } from '../../fetch/guarded-fetch.ts';
import { pinnedFetchNode } from '../../fetch/pinned-fetch-node.ts';
import { resolveHostNode } from '../../fetch/resolve-host-node.ts';
import { createSqliteStorage } from '../../providers/storage/sqlite.ts';
import { collectStories } from '../../pipeline.ts';
import { toVietnamIso } from '../../stages/collect/parse-date.ts';
import type { CliIo, Command } from '../command.ts';
import { createProgressDisplay } from '../progress-display.ts';
import { windowFromArgs } from '../window-args.ts';

const USAGE = `bantin collect — thu thập tin từ danh mục nguồn, gộp tin trùng, chọn tin cho từng mục

Cách dùng:
  bantin collect --catalog TỆP [--since NGÀY] [--until NGÀY] [--json] [--allow-private-hosts]

Tùy chọn:
  --catalog TỆP           danh mục nguồn tin (JSON), ví dụ feeds/catalog.json
  --since NGÀY            đầu kỳ (ISO 8601, ví dụ 2026-11-20 hoặc 2026-11-20T08:00:00+07:00);
                          mặc định: 7 ngày trước --until
  --until NGÀY            cuối kỳ; mặc định: bây giờ
  --json                  in kết quả dạng JSON ra stdout (tiến độ và nhật ký ra stderr)
  --allow-private-hosts   cho phép tải từ máy chủ nội bộ/127.0.0.1 (máy chủ demo);
                          tương đương BANTIN_ALLOW_PRIVATE_HOSTS=1

Bộ nhớ đệm (ETag, bài đã tải) nằm ở .bantin/cache.db trong thư mục hiện tại;
đặt BANTIN_DATA_DIR để dùng thư mục khác.
`;

export const collectCommand: Command = {
  name: 'collect',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const values = readArgs(args);
    if (!values.catalog) throw new BantinError('config', 'thiếu --catalog TỆP (danh mục nguồn tin, ví dụ feeds/catalog.json). Xem: bantin collect --help');
    const catalog = await readCatalogFile(values.catalog);
    const window = windowFromArgs({ since: values.since, until: values.until }, new Date());
    const allowPrivateHosts = values['allow-private-hosts'] === true || privateHostsAllowed(process.env);
    const cache = createSqliteStorage(join(dataDirFrom(process.env), 'cache.db'));
    const display = createProgressDisplay(io);
    const report = createRunReport();
    try {
      const result = await collectStories(
        { catalog, window, quotas: DEFAULT_QUOTAS },
        { fetch: createGuardedFetch({ allowPrivateHosts, resolveHost: resolveHostNode, pinnedFetch: pinnedFetchNode }), cache, now: () => new Date(), progress: display.progress, report },
      );
      display.finish();
      io.stdout(values.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : renderReport(result, report));
      if (values.json && report.problems.length) io.stderr(`${report.problems.length} vấn đề (xem "error" của từng nguồn).\n`);
      return 0;
    } finally {
      display.finish();
      cache.close();
    }
  },
};

function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { catalog: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, json: { type: 'boolean' }, 'allow-private-hosts': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (cause) {
    throw new BantinError('config', `tùy chọn không hợp lệ: ${(cause as Error).message}. Xem: bantin collect --help`, { cause });
  }
}

/** The --json shape: only what a script needs. */
export function toJson(result: CollectResult) {
  return {
    feeds: result.feeds.map((feed) => ({ id: feed.id, status: feed.status, items: feed.items, inWindow: feed.inWindow, ...(feed.error ? { error: feed.error } : {}) })),
    stories: result.stories.map((story) => ({
      section: story.section,
      title: story.title,
      published: story.published,
      sources: story.sources.map((source) => ({ feedId: source.feedId, url: source.url, title: source.title })),
      text: story.text,
    })),
  };
}

const STATUS_LABELS = { ok: 'tải được', 'not-modified': 'không đổi từ lần trước', error: 'lỗi' } as const;

function renderReport(result: CollectResult, report: RunReport): string {
  const local = (iso: string) => toVietnamIso(new Date(iso)).slice(0, 16).replace('T', ' ');
  const lines = [`Kỳ tin: ${local(result.window.since)} → ${local(result.window.until)} (giờ Việt Nam)`, '', 'Nguồn tin:'];
  for (const feed of result.feeds) {
    lines.push(`  ${feed.status === 'error' ? '✗' : '✓'} ${feed.id}: ${STATUS_LABELS[feed.status]}, ${feed.items} tin, ${feed.inWindow} trong kỳ${feed.error ? ` — ${feed.error}` : ''}`);
  }
  for (const section of SECTION_IDS) {
    const stories = result.stories.filter((story) => story.section === section);
    lines.push('', `${SECTION_TITLES[section]} (${stories.length} tin):`);
    if (!stories.length) lines.push('  (không có tin trong kỳ)');
    stories.forEach((story, index) => {
      const names = [...new Set(story.sources.map((source) => source.name))].join(', ');
      lines.push(`  ${index + 1}. ${story.title}`, `     ${story.published.slice(0, 16).replace('T', ' ')} · ${names} · ${story.text.length} ký tự`, `     ${story.sources[0]?.url ?? ''}`);
    });
  }
  const others = report.problems.filter((problem) => problem.stage !== 'collect');
  if (others.length) {
    lines.push('', 'Lưu ý:');
    for (const problem of others) lines.push(`  - ${problem.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
