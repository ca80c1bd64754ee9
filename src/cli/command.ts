/** Where a command writes: stdout carries results (e.g. --json), stderr carries progress and logs. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
  /** True when stderr is a terminal, so progress can redraw one line. */
  interactive: boolean;
}

/** One subcommand of `bantin`; its one-line summary for `bantin --help` is in src/cli.ts. */
export interface Command {
  name: string;
  /** Full usage text, shown by `bantin <command> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
