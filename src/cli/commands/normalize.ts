import type { CliIo, Command } from '../command.ts';
import { optionsInUsage, unknownOptionMessage } from '../usage-error.ts';
import { normalizeForSpeech } from '../../speech/normalize/normalize.ts';
import { loadUserLexicons } from '../../speech/lexicon/user-lexicons.node.ts';

const USAGE = `Cách dùng: bantin normalize [--lexicon TỆP]… [--thousand ngàn]

Đọc văn bản từ đầu vào chuẩn (stdin), mỗi dòng một đoạn, và in ra cách đọc cho giọng đọc:
số, ngày tháng, giờ, số La Mã, số hiệu văn bản, chữ viết tắt và ký hiệu được viết thành chữ.
Mỗi dòng vào cho đúng một dòng ra; dòng trống vẫn là dòng trống.

Tùy chọn:
  --lexicon TỆP      thêm một tệp từ điển (có thể dùng nhiều lần; tệp sau ghi đè tệp trước)
  --thousand ngàn    đọc 1000 là "ngàn" (mặc định: "nghìn")
  -h, --help         xem hướng dẫn này

Từ điển người dùng: tệp TSV, mỗi dòng "cách viết<Tab>cách đọc", dòng bắt đầu bằng # là ghi chú
(xem feeds/lexicon.example.tsv). Tự động nạp feeds/lexicon.tsv trong thư mục hiện tại nếu có,
và các tệp trong biến môi trường BANTIN_LEXICON (phân cách bằng dấu hai chấm).

Ví dụ:
  echo "VKSND tỉnh Đồng Tháp truy tố 04 bị can ngày 15/5/2026." | npx bantin normalize
`;

interface NormalizeArgs {
  lexiconFiles: string[];
  thousand: 'nghìn' | 'ngàn';
}

function parseArgs(args: string[]): NormalizeArgs | string {
  const parsed: NormalizeArgs = { lexiconFiles: [], thousand: 'nghìn' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[i + 1];
    if (flag === '--lexicon' || flag === '--thousand') {
      if (value === undefined || value.startsWith('--')) return `Thiếu giá trị sau ${flag}.`;
      if (inline === undefined) i++;
      if (flag === '--lexicon') parsed.lexiconFiles.push(value);
      else {
        const word = value.normalize('NFC').toLowerCase();
        if (word === 'ngàn' || word === 'ngan') parsed.thousand = 'ngàn';
        else if (word === 'nghìn' || word === 'nghin') parsed.thousand = 'nghìn';
        else return `Giá trị "${value}" của --thousand không hợp lệ: dùng "nghìn" hoặc "ngàn".`;
      }
    } else return unknownOptionMessage(flag, 'normalize', optionsInUsage(USAGE));
  }
  return parsed;
}

export const normalizeCommand: Command = {
  name: 'normalize',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`${parsed}\n`);
      return 2;
    }
    const lexicon = await loadUserLexicons({ cwd: process.cwd(), envList: process.env.BANTIN_LEXICON, files: parsed.lexiconFiles });
    const input = await io.stdin();
    const lines = input.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    const output = lines.map((line) => normalizeForSpeech(line, { thousand: parsed.thousand, lexicon }));
    io.stdout(output.length ? `${output.join('\n')}\n` : '');
    return 0;
  },
};
