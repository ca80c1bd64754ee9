import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { BantinError } from '../../domain/errors.ts';
import { loadNodeConfig } from '../../runtime/node.ts';
import { readBriefingFile } from '../../runtime/read-files-node.ts';
import { runRender } from '../run-generate-node.ts';
import { printSummary } from '../print-summary.ts';

const USAGE = `Cách dùng: bantin render --from briefing.json [tùy chọn]

Đọc lại bản tin đã biên tập (briefing.json) thành âm thanh, phụ đề, bài trình chiếu và kịch bản Word,
không thu thập lại tin. Chỉ những tin đã sửa mới phải đọc lại (phần còn lại lấy từ bộ nhớ đệm).
Mỗi tin được đối chiếu lại với văn bản bài gốc lưu trong briefing.json: số liệu, ngày tháng, tên hay
trích dẫn không có trong bài gốc được ghi "Cần xem lại" trong script.md và briefing.json.

Tùy chọn:
  --from FILE        tệp briefing.json đã biên tập (bắt buộc)
  --out DIR          thư mục kết quả (mặc định: thư mục chứa --from)
  --config FILE      tệp cấu hình (giọng đọc, giao diện slide)
  --embed-audio      trình chiếu tự chạy: mỗi slide tự phát lời đọc của nó rồi tự chuyển
`;

export const renderCommand: Command = {
  name: 'render',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { from: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' }, 'embed-audio': { type: 'boolean', default: false } },
    });
    if (!values.from) throw new BantinError('config', 'thiếu --from: hãy chỉ ra tệp briefing.json cần dựng lại.');
    const briefing = await readBriefingFile(values.from);
    const config = await loadNodeConfig(process.env, { file: values.config });
    if (values['embed-audio']) config.deck.embedAudio = true;
    const outDir = resolve(values.out ?? dirname(values.from));
    const run = await runRender({ briefing, config, outDir, env: process.env, io });
    printSummary(io, run.briefing, run.files, outDir);
    return 0;
  },
};
