import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { loadNodeConfig } from '../../runtime/node.ts';
import { loadDemoCatalog, serveDemoForever, startDemoServer } from '../../demo/demo-server.ts';
import { windowFromArgs } from '../window-args.ts';
import { runGenerate } from '../run-generate-node.ts';
import { printSummary } from '../print-summary.ts';
import { printTimings } from '../print-timings.ts';

const USAGE = `Cách dùng: bantin demo [--out DIR] [--port N] [--verbose] [--serve]

Chạy thử trọn bộ, không cần Internet: khởi động máy chủ tin mẫu trên máy này (127.0.0.1),
rồi tạo bản tin từ đó vào output/demo/ (kịch bản, âm thanh, phụ đề, bài trình chiếu).
Dùng bộ viết OpenAI-tương thích nếu có OPENAI_API_KEY/OPENAI_BASE_URL, nếu không thì bộ tóm tắt ngoại tuyến.

Tùy chọn:
  --out DIR       thư mục kết quả (mặc định output/demo)
  --embed-audio   trình chiếu tự chạy: mỗi slide tự phát lời đọc của nó rồi tự chuyển
  --verbose       in thời gian của từng bước
  --serve         chỉ chạy máy chủ tin mẫu (mặc định cổng 8790) để thử "bantin collect"
                  với feeds/demo/catalog.json; dừng bằng Ctrl+C
  --port N        cổng của máy chủ tin mẫu (mặc định 8790; nếu cổng bận, khi tạo bản tin
                  thì dùng một cổng trống bất kỳ)
`;

export const demoCommand: Command = {
  name: 'demo',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string', default: 'output/demo' }, serve: { type: 'boolean', default: false }, port: { type: 'string', default: '8790' }, 'embed-audio': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
    });
    if (values.serve) {
      await serveDemoForever(Number(values.port));
      return 0;
    }
    // The usual port keeps page URLs, and so the HTTP cache and the bulletin, the same from one demo run to the next.
    const server = await startDemoServer({ port: Number(values.port) }).catch(() => startDemoServer());
    try {
      io.stderr(`Máy chủ tin mẫu: ${server.baseUrl}\n`);
      const catalog = loadDemoCatalog(server.baseUrl);
      const config = await loadNodeConfig(process.env, { file: 'feeds/demo/config.json', overrides: { allowedOrigins: [new URL(server.baseUrl).origin] } });
      if (values['embed-audio']) config.deck.embedAudio = true;
      const outDir = resolve(values.out);
      // The sample news stays the same for each clock hour (its publication times are whole hours), so
      // a window ending on the hour makes the same bulletin all hour, and a second run keeps its files.
      const hour = new Date(Math.floor(Date.now() / 3600_000) * 3600_000);
      const run = await runGenerate({ catalog, window: windowFromArgs({}, hour), config, outDir, env: process.env, io, sample: true });
      printSummary(io, run.briefing, run.files, outDir);
      if (values.verbose) printTimings(io, run.timings);
      return 0;
    } finally {
      await server.close();
    }
  },
};
