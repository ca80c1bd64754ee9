import { BantinError } from './domain/errors.ts';
import type { CliIo, Command } from './cli/command.ts';
import { describeUsageError, unknownCommandMessage } from './cli/usage-error.ts';

/**
 * Subcommands with the one line `bantin --help` shows. A command's module (and the libraries it
 * needs) is imported only when that command is used, so `bantin --help` imports none of them.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  collect: { summary: 'Thu thập tin từ các nguồn, gộp tin trùng và chọn tin cho từng mục', load: async () => (await import('./cli/commands/collect.ts')).collectCommand },
  extract: { summary: 'Xem nội dung bantin đọc được từ trang bài viết (tệp HTML hoặc URL)', load: async () => (await import('./cli/commands/extract.ts')).extractCommand },
  generate: { summary: 'Tạo bản tin đầy đủ: kịch bản, âm thanh, bài trình chiếu', load: async () => (await import('./cli/commands/generate.ts')).generateCommand },
  render: { summary: 'Dựng lại âm thanh và slide từ briefing.json đã biên tập', load: async () => (await import('./cli/commands/render.ts')).renderCommand },
  normalize: { summary: 'Chuyển văn bản thành cách đọc cho giọng đọc (đọc từ stdin, mỗi dòng một đoạn)', load: async () => (await import('./cli/commands/normalize.ts')).normalizeCommand },
  topic: { summary: 'Dựng bài trình chiếu sinh hoạt chuyên đề từ tài liệu', load: async () => (await import('./cli/commands/topic.ts')).topicCommand },
  demo: { summary: 'Chạy thử ngoại tuyến với tin mẫu, ghi vào output/demo', load: async () => (await import('./cli/commands/demo.ts')).demoCommand },
  serve: { summary: 'Chạy ứng dụng web (mặc định http://localhost:8787)', load: async () => (await import('./cli/commands/serve.ts')).serveCommand },
  user: { summary: 'Quản lý tài khoản web: đặt lại mật khẩu khi quên (user reset-password TÊN)', load: async () => (await import('./cli/commands/user.ts')).userCommand },
};

function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    interactive: Boolean(process.stderr.isTTY),
  };
}

function helpText(): string {
  const lines = ['bantin — bản tin thời sự cho sinh hoạt chi bộ', '', 'Cách dùng: bantin <lệnh> [tùy chọn]', '', 'Các lệnh:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${summary}`);
  lines.push('', 'Xem chi tiết: bantin <lệnh> --help', 'Gõ sai tên lệnh hoặc tùy chọn: bantin báo lỗi và gợi ý tên gần nhất (mã thoát 2).', '');
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? await COMMANDS[name]!.load() : null;
  if (!command) {
    io.stderr(`${unknownCommandMessage(name, Object.keys(COMMANDS))}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const usageMessage = describeUsageError(error, name, command.usage);
    if (usageMessage) {
      io.stderr(`${usageMessage}\n`);
      return 2;
    }
    io.stderr(`${describeFailure(error)}\n`);
    if (process.env.BANTIN_DEBUG) io.stderr(`${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}

/** A Vietnamese one-line explanation, never a stack trace (set BANTIN_DEBUG=1 for that). */
export function describeFailure(error: unknown): string {
  if (error instanceof BantinError) return `Lỗi: ${error.userMessage}`;
  if (error instanceof Error) return `Lỗi không mong đợi: ${error.message}. Chạy lại với BANTIN_DEBUG=1 để xem chi tiết.`;
  return `Lỗi không mong đợi: ${String(error)}`;
}
