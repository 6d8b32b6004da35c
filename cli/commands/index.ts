import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { receive } from './receive.js';
import { renderCommand } from './render.js';
import { validate } from './validate.js';

/** Every command, in the order `--help` lists them. Each lives in its own file here. */
export const commands: Command[] = [importCommand, validate, renderCommand, receive];
