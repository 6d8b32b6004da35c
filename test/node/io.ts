import type { Io } from '../../cli/command.js';

/** An Io that keeps what a command printed, for assertions. */
export function capture(): Io & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    tty: false,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
