import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { main } from '../../cli/main.js';
import { loadDriver } from '../../cli/receiver/db.js';
import { capture } from './io.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'esafety-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('receive is listed in --help, and its own --help documents the flags', async () => {
  const io = capture();
  assert.equal(await main(['--help'], io), 0);
  assert.match(io.stdout(), /receive\s+Run the school’s receiver/);
  const own = capture();
  assert.equal(await main(['receive', '--help'], own), 0);
  for (const flag of ['--data', '--database', '--origin', '--behind-proxy', '--tls-cert', '--notify', '--smtp', '--keep', 'users add NAME', 'retention --dry-run']) assert.ok(own.stdout().includes(flag), flag);
});

test('receive: mistakes on the command line are named, exit 2', async () => {
  const cases: [string[], RegExp][] = [
    [['receive', '--data', dir], /Give the school site that will submit, like --origin/],
    [['receive', '--data', dir, '--origin', 'https://school.example', '--tls-cert', 'x.pem'], /--tls-cert and --tls-key go together/],
    [['receive', '--data', dir, '--origin', 'https://school.example', '--keep', 'concern=soon'], /--keep concern=soon: write KIND=MONTHS/],
    [['receive', '--data', dir, '--origin', 'https://school.example', '--notify', 'dsl@school.example'], /--notify needs an SMTP server/],
    [['receive', '--colour'], /Unknown option '--colour'/],
    [['receive', 'users', 'delete', 'x', '--data', dir], /Write "receive users add NAME", "receive users remove NAME" or "receive users list"/],
  ];
  for (const [args, message] of cases) {
    const io = capture();
    assert.equal(await main(args, io), 2, args.join(' '));
    assert.match(io.stderr(), message);
  }
});

test('receive refuses plain http on a public address, and http origins other than localhost', async () => {
  const io = capture();
  assert.equal(await main(['receive', '--data', dir, '--origin', 'https://school.example', '--host', '0.0.0.0'], io), 1);
  assert.match(io.stderr(), /Refusing to listen on 0\.0\.0\.0 over plain http/);
  const http = capture();
  assert.equal(await main(['receive', '--data', dir, '--origin', 'http://school.example'], http), 1);
  assert.match(http.stderr(), /must use https \(http only for localhost\)/);
});

test('receive users add / list, and a retention dry run, on the data folder', async () => {
  const add = capture();
  assert.equal(await main(['receive', 'users', 'add', 'dsl', '--data', dir], add), 0);
  assert.match(add.stdout(), /Added dsl\. Their password \(shown only now\): [A-Za-z0-9]{20}$/);
  const again = capture();
  assert.equal(await main(['receive', 'users', 'add', 'dsl', '--data', dir], again), 1);
  assert.match(again.stderr(), /already a user called "dsl"/);
  const bad = capture();
  assert.equal(await main(['receive', 'users', 'add', '<b>', '--data', dir], bad), 1);
  assert.match(bad.stderr(), /cannot be a user name/);
  const list = capture();
  assert.equal(await main(['receive', 'users', 'list', '--data', dir], list), 0);
  assert.match(list.stdout(), /^dsl\tadded \d{4}-/);
  const gone = capture();
  assert.equal(await main(['receive', 'users', 'remove', 'nobody', '--data', dir], gone), 1);
  assert.match(gone.stderr(), /no user called "nobody"/);
  assert.equal(await main(['receive', 'users', 'add', 'leaver', '--data', dir], capture()), 0);
  const removed = capture();
  assert.equal(await main(['receive', 'users', 'remove', 'leaver', '--data', dir], removed), 0);
  assert.match(removed.stdout(), /Removed leaver/);
  const dry = capture();
  assert.equal(await main(['receive', 'retention', '--dry-run', '--data', dir, '--keep', 'concern=84'], dry), 0);
  assert.match(dry.stdout(), /Would delete 0 records \(keeping agreements 24, quiz results 12, concerns 84 months\)/);
});

test('a missing database driver is named with the command that installs it', async () => {
  await assert.rejects(loadDriver('esafety-no-such-driver', 'Storing records in SQLite (the default)'), /needs the "esafety-no-such-driver" package, which is not installed[\s\S]*npm install esafety-no-such-driver/);
});

test('the built bin: receive --help under plain Node', async () => {
  const { stdout } = await run(process.execPath, ['dist/cli/esafety-elements.js', 'receive', '--help']);
  assert.match(stdout, /Usage: esafety-elements receive/);
});

test('the built bin runs the receiver: stores a submission, serves the sign-in page, stops cleanly on SIGTERM', async () => {
  const { spawn } = await import('node:child_process');
  const data = join(dir, 'built');
  const child = spawn(process.execPath, ['dist/cli/esafety-elements.js', 'receive', '--data', data, '--origin', 'http://localhost:8111', '--port', '0', '--admin', 'dsl'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  while (!/Receiving at (\S+)\/api\/submissions/.test(out) && Date.now() < deadline) await new Promise((s) => setTimeout(s, 50));
  const base = /Receiving at (\S+)\/api\/submissions/.exec(out)?.[1];
  assert.ok(base, `the receiver did not start: ${out}`);
  assert.match(out, /Created the first inbox user "dsl"\. Password \(shown only now\): \S{20}/);
  const id = crypto.randomUUID();
  const res = await fetch(`${base}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', Origin: 'http://localhost:8111' },
    body: JSON.stringify({ id, kind: 'quiz', locale: 'en-GB', startedAt: new Date().toISOString(), submittedAt: new Date().toISOString(), data: { score: 3, total: 4 } }),
  });
  assert.deepEqual(await res.json(), { ok: true, id });
  assert.match(await (await fetch(`${base}/login`)).text(), /<h1>Sign in<\/h1>/);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
