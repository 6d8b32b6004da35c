import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { main } from '../../cli/main.js';
import { capture } from './io.js';

const run = promisify(execFile);

test('no command: prints the usage to stdout and exits 2', async () => {
  const io = capture();
  assert.equal(await main([], io), 2);
  assert.match(io.stdout(), /Usage: esafety-elements <command>/);
});

test('--help lists every command and exits 0', async () => {
  const io = capture();
  assert.equal(await main(['--help'], io), 0);
  assert.match(io.stdout(), /Exit codes: 0 done, 1 problems/);
});

test('an unknown command is named on stderr, with the usage, exit 2', async () => {
  const io = capture();
  assert.equal(await main(['imprt'], io), 2);
  assert.match(io.stderr(), /"imprt" is not a command/);
});

test('the built bin runs under plain Node', async () => {
  assert.ok(existsSync('dist/cli/esafety-elements.js'), 'dist/cli/esafety-elements.js is missing: run npm run build first');
  const { stdout } = await run(process.execPath, ['dist/cli/esafety-elements.js', '--version']);
  assert.match(stdout.trim(), /^\d+\.\d+\.\d+/);
});

test('--help lists import, validate and render, and each has its own --help (exit 0)', async () => {
  const io = capture();
  await main(['--help'], io);
  for (const name of ['import', 'validate', 'render']) {
    assert.match(io.stdout(), new RegExp(`\\n  ${name} +\\S`));
    const one = capture();
    assert.equal(await main([name, '--help'], one), 0);
    assert.match(one.stdout(), new RegExp(`^Usage: esafety-elements ${name} FILE`));
  }
});
