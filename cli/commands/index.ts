import type { Command } from '../command.js';
import { receive } from './receive.js';

/** Every command, in the order `--help` lists them. Each lives in its own file here. */
export const commands: Command[] = [
  receive,
];
