/** One `esafety-elements <name>` command. `run` resolves with the process exit code. */
export interface Command {
  name: string;
  /** One line for the command list in `esafety-elements --help`. */
  summary: string;
  /** The full text of `esafety-elements <name> --help`. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

/** Where a command writes: the real streams in the CLI, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress lines are shown only then). */
  tty: boolean;
}

/** Exit codes every command uses. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Thrown for a mistake on the command line: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}
