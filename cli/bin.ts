#!/usr/bin/env node
import { main } from './main.js';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  tty: !!process.stderr.isTTY,
};
process.exitCode = await main(process.argv.slice(2), io);
