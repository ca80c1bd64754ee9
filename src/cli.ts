import { BantinError } from './domain/errors.ts';
import type { CliIo, Command } from './cli/command.ts';
import { describeUsageError, unknownCommandMessage } from './cli/usage-error.ts';

/** Subcommands, loaded only when used so `bantin --help` stays fast. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  collect: async () => (await import('./cli/commands/collect.ts')).collectCommand,
  extract: async () => (await import('./cli/commands/extract.ts')).extractCommand,
  generate: async () => (await import('./cli/commands/generate.ts')).generateCommand,
  render: async () => (await import('./cli/commands/render.ts')).renderCommand,
  normalize: async () => (await import('./cli/commands/normalize.ts')).normalizeCommand,
  topic: async () => (await import('./cli/commands/topic.ts')).topicCommand,
  demo: async () => (await import('./cli/commands/demo.ts')).demoCommand,
  serve: async () => (await import('./cli/commands/serve.ts')).serveCommand,
  user: async () => (await import('./cli/commands/user.ts')).userCommand,
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

async function helpText(): Promise<string> {
  const lines = ['bantin — bản tin thời sự cho sinh hoạt chi bộ', '', 'Cách dùng: bantin <lệnh> [tùy chọn]', '', 'Các lệnh:'];
  for (const name of Object.keys(COMMANDS)) {
    const command = await loadCommand(name);
    lines.push(`  ${name.padEnd(10)} ${command ? command.summary : '(chưa có)'}`);
  }
  lines.push('', 'Xem chi tiết: bantin <lệnh> --help', 'Gõ sai tên lệnh hoặc tùy chọn: bantin báo lỗi và gợi ý tên gần nhất (mã thoát 2).', '');
  return lines.join('\n');
}

async function loadCommand(name: string): Promise<Command | null> {
  const load = COMMANDS[name];
  if (!load) return null;
  try {
    return await load();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes('/cli/commands/')) return null;
    throw error;
  }
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await helpText());
    return 0;
  }
  const command = await loadCommand(name);
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
