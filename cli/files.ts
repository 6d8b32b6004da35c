import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './command.js';

/** A problem with an input file, worded for the person who named it (exit 1). */
export class FileError extends Error {}

/** Read a file the user named, with a clear message for a missing file or a directory. */
export async function readInput(file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new FileError(`cannot find the file "${file}" — check the name and the folder you are in`);
  }
  if (info.isDirectory()) throw new FileError(`"${file}" is a folder, not a file — name the file inside it`);
  try {
    return await readFile(file);
  } catch (e) {
    throw new FileError(`cannot read "${file}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Options and positional arguments of one command; unknown options are a usage error. */
export function parseArgs(args: string[], spec: { flags?: string[]; values?: string[] }) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) flags.add(name);
    else if (spec.values?.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      values.set(name, v);
    } else throw new UsageError(`unknown option "${name}"`);
  }
  return { flags, values, rest };
}

/** Exactly one FILE argument. */
export function oneFile(rest: string[]): string {
  if (rest.length === 0) throw new UsageError('name the file, e.g. policy.json');
  if (rest.length > 1) throw new UsageError(`one file at a time (got ${rest.length}: ${rest.join(', ')})`);
  return rest[0];
}
