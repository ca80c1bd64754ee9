import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { loadNodeConfig } from '../../runtime/node.ts';
import { readCatalogFile } from '../../runtime/read-files-node.ts';
import { windowFromArgs } from '../window-args.ts';
import { runGenerate } from '../run-generate-node.ts';
import { printSummary } from '../print-summary.ts';
import { printTimings } from '../print-timings.ts';

const USAGE = `Cách dùng: bantin generate [tùy chọn]

Thu thập tin, viết bản tin, đọc thành âm thanh và dựng bài trình chiếu.
Ghi vào thư mục --out: briefing.json, script.md, briefing.docx (kịch bản Word cho biên bản),
briefing.mp3, briefing.vtt, briefing.srt, segments.json, briefing.pptx, briefing.html
(trình chiếu kèm phụ đề, mở không cần mạng).

Tùy chọn:
  --catalog FILE          danh mục nguồn tin (mặc định feeds/catalog.json)
  --config FILE           tệp cấu hình (mặc định feeds/config.json nếu có, hoặc BANTIN_CONFIG)
  --since ISO             từ thời điểm (mặc định: 7 ngày trước --until)
  --until ISO             đến thời điểm (mặc định: bây giờ)
  --meeting-date NGÀY     ngày họp YYYY-MM-DD (mặc định: ngày của --until)
  --out DIR               thư mục kết quả (mặc định output/latest)
  --minutes N             thời lượng mục tiêu, phút (mặc định 10)
  --embed-audio           trình chiếu tự chạy: mỗi slide tự phát lời đọc của nó rồi tự chuyển
  --allow-private-hosts   cho phép nguồn tin trên máy chủ nội bộ (cũng: BANTIN_ALLOW_PRIVATE_HOSTS=1)
  --verbose               in thời gian của từng bước (tải tin, gộp, chọn, lấy bài, viết, kiểm tra, đọc, dựng, xuất bản)

Biến môi trường: OPENAI_API_KEY, OPENAI_BASE_URL, BANTIN_LLM_MODEL (máy chủ ngôn ngữ tương thích OpenAI;
không có thì dùng bộ tóm tắt trích đoạn ngoại tuyến), AZURE_SPEECH_KEY, AZURE_SPEECH_REGION, BANTIN_VOICE
(giọng Azure; không có thì dùng giọng espeak-ng ngoại tuyến), BANTIN_LLM_CONCURRENCY (1–16 tin cùng lúc),
BANTIN_LLM_DEADLINE_MS, BANTIN_ALLOW_PRIVATE_HOSTS (1, true, 0 hoặc false), BANTIN_LEXICON (tệp từ điển phát âm,
ngăn cách bằng :), BANTIN_DATA_DIR (bộ nhớ đệm, mặc định .bantin). Cùng tên và giá trị trên Cloudflare Workers.
`;

export const generateCommand: Command = {
  name: 'generate',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        catalog: { type: 'string', default: 'feeds/catalog.json' },
        config: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        'meeting-date': { type: 'string' },
        out: { type: 'string', default: 'output/latest' },
        minutes: { type: 'string' },
        'embed-audio': { type: 'boolean', default: false },
        'allow-private-hosts': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    });
    const overrides = {
      ...(values.minutes ? { targetMinutes: Number(values.minutes) } : {}),
      ...(values['allow-private-hosts'] ? { allowPrivateHosts: true } : {}),
    };
    const config = await loadNodeConfig(process.env, { file: values.config, overrides });
    if (values['embed-audio']) config.deck.embedAudio = true;
    const catalog = await readCatalogFile(values.catalog);
    const window = windowFromArgs(values, new Date());
    const outDir = resolve(values.out);
    const run = await runGenerate({ catalog, window, config, outDir, env: process.env, io, meetingDate: values['meeting-date'] });
    printSummary(io, run.briefing, run.files, outDir);
    if (values.verbose) printTimings(io, run.timings);
    return 0;
  },
};
