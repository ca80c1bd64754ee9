import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { createProgressDisplay } from '../../src/cli/progress-display.ts';

function io(interactive: boolean): CliIo & { text: () => string } {
  const parts: string[] = [];
  return { text: () => parts.join(''), stdout: () => {}, stderr: (t) => void parts.push(t), stdin: async () => '', interactive };
}

describe('the CLI progress display', () => {
  it('writes a plain Vietnamese line per stage and per quarter when stderr is a log', () => {
    const log = io(false);
    const display = createProgressDisplay(log);
    for (let done = 0; done <= 8; done++) display.progress({ stage: 'collect', done, total: 8 });
    display.progress({ stage: 'speak', done: 1, total: 3, message: 'Tin trong tỉnh' });
    display.finish();
    const lines = log.text().trimEnd().split('\n');
    expect(lines[0]).toBe('Tải nguồn tin: 0/8');
    expect(lines.filter((line) => line.startsWith('Tải nguồn tin')).length).toBe(5);
    expect(lines.at(-1)).toBe('Đọc bản tin: 1/3 — Tin trong tỉnh');
    expect(log.text()).not.toContain('\r');
  });

  it('redraws one line in place on a terminal and ends it on finish', () => {
    const tty = io(true);
    const display = createProgressDisplay(tty);
    display.progress({ stage: 'write', done: 1, total: 2 });
    display.progress({ stage: 'write', done: 2, total: 2 });
    display.finish();
    expect(tty.text()).toBe('\r\x1b[KViết bản tin: 1/2\r\x1b[KViết bản tin: 2/2\n');
  });

  it('names the stage a failed run stopped in with ✗ and lists the stages it never ran as skipped, none as done', () => {
    const log = io(false);
    const display = createProgressDisplay(log);
    display.progress({ stage: 'collect', done: 2, total: 2 });
    display.progress({ stage: 'cluster', done: 3, total: 3 });
    display.progress({ stage: 'select', done: 2, total: 2 });
    display.progress({ stage: 'extract', done: 1, total: 4 });
    display.stopped();
    const text = log.text();
    expect(text).toContain('✗ Lấy nội dung bài: dừng giữa chừng\n');
    expect(text).toContain('Bỏ qua (chưa chạy): Viết bản tin, Kiểm tra dữ kiện, Đọc bản tin, Dựng trình chiếu, Xuất bản\n');
    expect(text).not.toContain('✓');
  });

  it('ends the redrawn line before the failure lines on a terminal', () => {
    const tty = io(true);
    const display = createProgressDisplay(tty);
    display.progress({ stage: 'speak', done: 1, total: 3 });
    display.stopped(['speak', 'deck', 'publish']);
    expect(tty.text()).toBe('\r\x1b[KĐọc bản tin: 1/3\n✗ Đọc bản tin: dừng giữa chừng\nBỏ qua (chưa chạy): Dựng trình chiếu, Xuất bản\n');
  });
});
