import { EXIT, UsageError, type Command, type Io } from './command.js';
import { commands } from './commands/index.js';

declare const __VERSION__: string;

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: esafety-elements <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "esafety-elements <command> --help" for the options of one command.',
    'Exit codes: 0 done, 1 problems found (or the command failed), 2 a mistake on the command line.',
  ].join('\n');
}

/** Run the command line; resolves with the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`esafety-elements: "${name}" is not a command.\n\n${usage()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`esafety-elements ${command.name}: ${e.message}\nRun "esafety-elements ${command.name} --help" for the options.`);
      return EXIT.usage;
    }
    io.err(`esafety-elements ${command.name}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.problems;
  }
}

export type { Command };
