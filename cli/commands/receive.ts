import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError, type Command, type Io } from '../command.js';
import { addUser, listUsers, newPassword, purgeSessions, removeUser } from '../receiver/auth.js';
import { MissingDriver, openDb, type Db } from '../receiver/db.js';
import { migrate } from '../receiver/migrations.js';
import { mailer, type Notifier } from '../receiver/notify.js';
import { DEFAULT_KEEP, retention, type Keep } from '../receiver/retention.js';
import { networkProblem, startServer } from '../receiver/server.js';
import { readTls } from '../receiver/tls.js';
import { countEnvelopes, type Kind } from '../receiver/store.js';

const help = `Usage: esafety-elements receive [options]
       esafety-elements receive users add NAME [--password-stdin] [storage options]
       esafety-elements receive users list | remove NAME [storage options]
       esafety-elements receive retention [--dry-run] [--keep KIND=MONTHS …] [storage options]

Runs the school's receiver: the elements post agreements, concerns and quiz results to
  <receiver>/api/submissions
and the DSL reads them, signed in, at <receiver>/inbox.

Storage options:
  --data DIR             folder for the SQLite database (default ./records)
  --database URL         PostgreSQL instead: postgres://user:password@host/dbname
                         (or the ESAFETY_DATABASE_URL environment variable)

Server options:
  --origin URL           a school site allowed to submit from a browser (repeat for several;
                         https only, http only for localhost). Required.
  --host ADDRESS         address to listen on (default 127.0.0.1)
  --port N               port (default 8787)
  --behind-proxy         a reverse proxy on this machine serves https and forwards here: the
                         receiver trusts X-Forwarded-Proto/-For and refuses plain-http requests
  --tls-cert FILE        serve https directly, with this certificate (PEM) …
  --tls-key FILE         … and this key. Without --behind-proxy or a certificate the receiver
                         only listens on localhost.
  --public-url URL       the receiver's address as the DSL sees it (for links in emails)
  --rate-limit N         submissions a minute from one address (default 600)
  --max-body KB          largest submission in KiB (default 64)
  --admin NAME           when there is no user yet, create NAME and print its password once
  --notify EMAIL         email this address when a concern arrives (or ESAFETY_NOTIFY)
  --smtp URL             SMTP server: smtp://user:password@host:587 (or ESAFETY_SMTP_URL)
  --mail-from EMAIL      sender of those emails (default the --notify address)
  --keep KIND=MONTHS     retention: months to keep each kind (agreement=${DEFAULT_KEEP.agreement}, quiz=${DEFAULT_KEEP.quiz},
                         concern=${DEFAULT_KEEP.concern}); the server deletes older records once a day.
                         A concern nobody has marked as actioned is never deleted.

users add NAME           creates an inbox user and prints a generated password once (with
                         --password-stdin: reads the password, 12 characters or more, from stdin)
retention --dry-run      lists what retention would delete now, deletes nothing; without
                         --dry-run it deletes them (each deletion is in the audit trail)

Example: npx esafety-elements receive --data ./records --origin https://school.example --admin dsl`;

const storage = {
  data: { type: 'string' },
  database: { type: 'string' },
  keep: { type: 'string', multiple: true },
} as const;

const serverFlags = {
  ...storage,
  origin: { type: 'string', multiple: true },
  host: { type: 'string' },
  port: { type: 'string' },
  'behind-proxy': { type: 'boolean' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'public-url': { type: 'string' },
  'rate-limit': { type: 'string' },
  'max-body': { type: 'string' },
  admin: { type: 'string' },
  notify: { type: 'string' },
  smtp: { type: 'string' },
  'mail-from': { type: 'string' },
} as const;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals as true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function int(value: string | undefined, flag: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number of at least ${min}; it is "${value}".`);
  return n;
}

export function keepFrom(values: string[] | undefined): Keep {
  const keep = { ...DEFAULT_KEEP };
  for (const v of values ?? []) {
    const m = /^(agreement|quiz|concern)s?=(\d+)$/.exec(v.trim());
    if (!m || Number(m[2]) < 1) throw new UsageError(`--keep ${v}: write KIND=MONTHS, with KIND agreement, quiz or concern and at least 1 month, like --keep concern=84.`);
    keep[m[1] as Kind] = Number(m[2]);
  }
  return keep;
}

async function open(values: { data?: string; database?: string }, io: Io): Promise<Db> {
  const db = await openDb({ database: values.database ?? process.env.ESAFETY_DATABASE_URL, data: values.data ?? './records' });
  const applied = await migrate(db);
  if (applied.length) io.err(`Database ${db.where}: schema migrated to version ${Math.max(...applied)}.`);
  return db;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function users(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...storage, 'password-stdin': { type: 'boolean' } }, true);
  const [action, name] = positionals;
  if (action === 'list' && !name) {
    const db = await open(values, io);
    try {
      const list = await listUsers(db);
      if (!list.length) io.out('No users yet: add one with "esafety-elements receive users add NAME".');
      for (const u of list) io.out(`${u.name}\tadded ${u.createdAt}${u.lockedUntil && u.lockedUntil > new Date().toISOString() ? `\tlocked until ${u.lockedUntil}` : ''}`);
      return EXIT.ok;
    } finally {
      await db.close();
    }
  }
  if (action === 'remove' && name && positionals.length === 2) {
    const db = await open(values, io);
    try {
      await removeUser(db, name, 'command line');
      io.out(`Removed ${name}; their sessions have ended.`);
      return EXIT.ok;
    } finally {
      await db.close();
    }
  }
  if (action !== 'add' || !name || positionals.length > 2) throw new UsageError('Write "receive users add NAME", "receive users remove NAME" or "receive users list".');
  const password = values['password-stdin'] ? await readStdin() : newPassword();
  const db = await open(values, io);
  try {
    await addUser(db, name, password, 'command line');
    io.out(values['password-stdin'] ? `Added ${name}.` : `Added ${name}. Their password (shown only now): ${password}`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

async function retentionCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...storage, 'dry-run': { type: 'boolean' } });
  const keep = keepFrom(values.keep);
  const db = await open(values, io);
  try {
    const r = await retention(db, keep, { dryRun: !!values['dry-run'] });
    const verb = values['dry-run'] ? 'Would delete' : 'Deleted';
    io.out(`${verb} ${r.due.length} record${r.due.length === 1 ? '' : 's'} (keeping agreements ${keep.agreement}, quiz results ${keep.quiz}, concerns ${keep.concern} months):`);
    for (const d of r.due) io.out(`  ${d.kind}\t${d.id}\treceived ${d.receivedAt}`);
    if (r.keptUnactioned.length) {
      io.out(`Kept ${r.keptUnactioned.length} concern${r.keptUnactioned.length === 1 ? '' : 's'} past the period because nobody has marked ${r.keptUnactioned.length === 1 ? 'it' : 'them'} as actioned:`);
      for (const d of r.keptUnactioned) io.out(`  concern\t${d.id}\treceived ${d.receivedAt}`);
    }
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

async function serve(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, serverFlags);
  const origins = (values.origin ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean);
  if (!origins.length) throw new UsageError('Give the school site that will submit, like --origin https://school.example (repeat for several).');
  if (!!values['tls-cert'] !== !!values['tls-key']) throw new UsageError('--tls-cert and --tls-key go together.');
  const keep = keepFrom(values.keep);
  const port = int(values.port, '--port', 8787, 0);
  const host = values.host ?? '127.0.0.1';
  const tls = values['tls-cert'] ? await readTls(values['tls-cert'], values['tls-key']!) : undefined;
  const notifyTo = values.notify ?? process.env.ESAFETY_NOTIFY;
  const smtp = values.smtp ?? process.env.ESAFETY_SMTP_URL;
  if (notifyTo && !smtp) throw new UsageError('--notify needs an SMTP server: --smtp smtp://user:password@host:587 (or ESAFETY_SMTP_URL).');

  const refused = networkProblem({ host, origins, behindProxy: !!values['behind-proxy'], tls });
  if (refused) {
    io.err(`esafety-elements receive: ${refused}`);
    return EXIT.problems;
  }
  const db = await open(values, io);
  let notifier: Notifier | undefined;
  let running: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    if (values.admin && !(await listUsers(db)).length) {
      const password = newPassword();
      await addUser(db, values.admin, password, 'command line');
      io.out(`Created the first inbox user "${values.admin}". Password (shown only now): ${password}`);
    }
    let publicUrl = values['public-url'];
    if (notifyTo && smtp) notifier = await mailer({ smtp, to: notifyTo, from: values['mail-from'] ?? notifyTo, publicUrl: () => publicUrl ?? running?.url ?? '' });
    running = await startServer({
      db,
      origins,
      host,
      port,
      behindProxy: !!values['behind-proxy'],
      tls,
      ratePerMinute: int(values['rate-limit'], '--rate-limit', 600),
      maxBodyBytes: int(values['max-body'], '--max-body', 64) * 1024,
      notifier,
      log: (line) => io.err(`${new Date().toISOString()} ${line}`),
    });
    publicUrl ??= running.url;
    const sweep = async () => {
      try {
        await purgeSessions(db);
        const r = await retention(db, keep, { dryRun: false });
        if (r.deleted) io.err(`${new Date().toISOString()} retention: deleted ${r.deleted} record(s)`);
      } catch (e) {
        io.err(`retention failed: ${(e as Error).message}`);
      }
    };
    await sweep();
    const timer = setInterval(sweep, 24 * 3600_000);
    timer.unref();
    io.out(`Receiving at ${running.url}/api/submissions from ${origins.join(', ')}; ${await countEnvelopes(db)} records in ${db.where}.${tls ? ` The certificate is valid until ${tls.validTo}.` : ''}`);
    io.out(`Inbox: ${publicUrl.replace(/\/$/, '')}/inbox${notifyTo ? `; new concerns are emailed to ${notifyTo}` : ''}. Stop with Ctrl+C.`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    clearInterval(timer);
    return EXIT.ok;
  } finally {
    await running?.close();
    notifier?.close();
    await db.close();
  }
}

export const receive: Command = {
  name: 'receive',
  summary: 'Run the school’s receiver: store submissions, email the DSL, the inbox and who has signed',
  help,
  async run(args, io) {
    try {
      if (args[0] === 'users') return await users(args.slice(1), io);
      if (args[0] === 'retention') return await retentionCommand(args.slice(1), io);
      return await serve(args, io);
    } catch (e) {
      if (e instanceof MissingDriver) {
        io.err(`esafety-elements receive: ${e.message}`);
        return EXIT.problems;
      }
      throw e;
    }
  },
};
