/**
 * Mistyped options and commands, answered in Vietnamese with the nearest valid name. Node's
 * parseArgs throws English errors with a `code`; commands sometimes wrap them as the `cause`.
 */

/** Edit distance where an insertion, deletion, substitution or swap of neighbours each costs 1. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The candidate a typo most likely meant: a unique prefix, or the closest within a third of its length. */
export function closestName(word: string, candidates: readonly string[]): string | null {
  const bare = (name: string) => name.replace(/^-+/, '').toLowerCase();
  const typed = bare(word);
  if (!typed) return null;
  const prefixed = candidates.filter((candidate) => bare(candidate).startsWith(typed));
  if (prefixed.length === 1) return prefixed[0]!;
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: { name: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(typed, bare(candidate));
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name ?? null;
}

/** The long options a command's usage text lists (each `--name` once, in order). */
export function optionsInUsage(usage: string): string[] {
  return [...new Set(usage.match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? [])];
}

export function unknownCommandMessage(name: string, commands: readonly string[]): string {
  const suggestion = closestName(name, commands);
  const hint = suggestion ? ` Bạn có muốn dùng ${suggestion}?` : '';
  return `Lỗi: không có lệnh "${name}".${hint} Xem danh sách lệnh: bantin --help`;
}

export function unknownOptionMessage(option: string, command: string, options: readonly string[]): string {
  const suggestion = closestName(option, options);
  const hint = suggestion ? ` Bạn có muốn dùng ${suggestion}?` : '';
  return `Lỗi: không có tùy chọn ${option}.${hint} Xem: bantin ${command} --help`;
}

/** A Vietnamese message when `error` (or its cause) is a parseArgs usage error; null otherwise. */
export function describeUsageError(error: unknown, command: string, usage: string): string | null {
  const parseError = findParseError(error);
  if (!parseError) return null;
  const quoted = /'([^']*)'/.exec(parseError.message)?.[1] ?? '';
  switch (parseError.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return unknownOptionMessage(quoted, command, optionsInUsage(usage));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /--?[\w-]+/.exec(quoted)?.[0] ?? quoted;
      return `Lỗi: tùy chọn ${option} cần một giá trị, ví dụ ${option} GIÁ_TRỊ. Xem: bantin ${command} --help`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Lỗi: lệnh ${command} không nhận đối số "${quoted}"; các giá trị phải đi sau một tùy chọn. Xem: bantin ${command} --help`;
    default:
      return null;
  }
}

function findParseError(error: unknown): { code: string; message: string } | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return { code, message: current.message };
  }
  return null;
}
