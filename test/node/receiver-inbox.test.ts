import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { addUser } from '../../cli/receiver/auth.js';
import { mailer } from '../../cli/receiver/notify.js';
import { retention } from '../../cli/receiver/retention.js';
import { audit, countEnvelopes } from '../../cli/receiver/store.js';
import { flatten } from '../../src/submit/transport.js';
import { Client, DIALECTS, SITE, closeAll, concernData, envelope, freshDb, receiver, submit } from './receiver-helpers.js';
import { parseCsv } from '../../cli/receiver/csv.js';

after(closeAll);

const PASSWORD = 'correct horse battery';

async function signedIn(dialect: (typeof DIALECTS)[number], extra = {}) {
  const db = await freshDb(dialect);
  await addUser(db, 'dsl', PASSWORD, 'test');
  const r = await receiver(db, extra);
  const c = new Client(r.url);
  const res = await c.login('dsl', PASSWORD);
  assert.equal(res.status, 303);
  assert.equal(res.location, '/inbox');
  return { db, r, c };
}

/** A tiny SMTP server that keeps what it is sent. */
async function smtp() {
  const mails: { subject: string; to: string; text: string; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        const [head, ...body] = raw.split('\r\n\r\n');
        mails.push({
          subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? '',
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          text: body.join('\r\n\r\n').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${port}`, mails };
}

for (const dialect of DIALECTS) {
  describe(`the inbox on ${dialect}`, () => {
    test('login: wrong password refused, locked out after 5 failures, even with the right password', async () => {
      const db = await freshDb(dialect);
      await addUser(db, 'dsl', PASSWORD, 'test');
      const r = await receiver(db);
      const c = new Client(r.url);
      assert.equal((await c.get('/inbox')).location, '/login', 'the inbox needs a login');
      const unknown = await c.login('nobody', PASSWORD);
      assert.equal(unknown.status, 401);
      assert.match(unknown.text, /user name or password is wrong/);
      for (let i = 1; i <= 4; i++) assert.equal((await c.login('dsl', 'wrong password ' + i)).status, 401);
      const fifth = await c.login('dsl', 'wrong again');
      assert.equal(fifth.status, 423);
      assert.match(fifth.text, /locked until/);
      const right = await c.login('dsl', PASSWORD);
      assert.equal(right.status, 423, 'locked: even the right password is refused');
      assert.equal(c.cookie, '');
      // The lock ends after its time; then the right password works and the cookie is strict.
      await db.run('UPDATE users SET locked_until = ? WHERE name = ?', [new Date(Date.now() - 1000).toISOString(), 'dsl']);
      const ok = await c.login('dsl', PASSWORD);
      assert.equal(ok.status, 303);
      assert.match(ok.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/);
      const stored = await db.get<{ password: string }>('SELECT password FROM users WHERE name = ?', ['dsl']);
      assert.match(stored!.password, /^scrypt\$16384\$8\$1\$/);
      assert.ok(!stored!.password.includes(PASSWORD));
    });

    test('a concern: listed unread first, shown as the DSL copy, marked seen then actioned, with who and when; the trail cannot be edited', async () => {
      const { db, r, c } = await signedIn(dialect);
      const older = envelope('concern', concernData({ what: 'Older one' }), { submittedAt: new Date(Date.now() - 3600_000).toISOString() });
      const env = envelope('concern', concernData({ what: '<script>alert(1)</script> said mean things', when: 'Tuesday lunchtime' }));
      await submit(r.url, older);
      await submit(r.url, env);
      const list = await c.get('/inbox');
      assert.equal(list.status, 200);
      assert.match(list.text, /2 concerns, newest first; 2 unread/);
      assert.ok(list.text.indexOf(env.id) < list.text.indexOf(older.id), 'newest first');
      assert.match(list.headers.get('content-security-policy') ?? '', /default-src 'none'/);

      const page = await c.get(`/inbox/concerns/${env.id}`);
      assert.ok(!page.text.includes('<script>alert(1)'), 'escaped');
      assert.match(page.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt; said mean things/);
      for (const label of ['Date and time', 'Reference', 'Reported by', 'Kind of concern', 'What happened?', 'When did it happen?', 'Name', 'Class'])
        assert.match(page.text, new RegExp(`<dt>${label.replace('?', '\\?')}</dt>`), label);
      assert.match(page.text, /<dd>A pupil<\/dd>/);

      const csrf = Client.csrf(page.text);
      // No token: refused, nothing recorded.
      const noToken = await c.post(`/inbox/concerns/${env.id}/mark`, { action: 'seen' });
      assert.equal(noToken.status, 403);
      assert.match(noToken.text, /security token is missing/);
      // Another site's form (even with a token): refused.
      const foreign = await c.post(`/inbox/concerns/${env.id}/mark`, { action: 'seen', csrf }, { Origin: 'https://elsewhere.example' });
      assert.equal(foreign.status, 403);
      assert.equal((await db.all("SELECT * FROM audit WHERE action IN ('seen', 'actioned')")).length, 0);

      assert.equal((await c.post(`/inbox/concerns/${env.id}/mark`, { action: 'seen', csrf })).status, 303);
      assert.equal((await c.post(`/inbox/concerns/${env.id}/mark`, { action: 'actioned', csrf })).status, 303);
      const marked = await c.get(`/inbox/concerns/${env.id}`);
      assert.match(marked.text, /Actioned by dsl, <time/);
      assert.match(marked.text, /Marked as seen by dsl/);
      assert.match((await c.get('/inbox')).text, /1 unread/);

      // Sent form-encoded, every value is text: "false" is neither anonymous nor automated.
      const form = envelope('concern', concernData({ name: 'Kai Form' }), { spam: { honeypot: false, tooFast: false } });
      await fetch(`${r.url}/api/submissions`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE }, body: flatten(form).toString() });
      const formPage = (await c.get(`/inbox/concerns/${form.id}`)).text;
      assert.match(formPage, /<dt>Name<\/dt><dd>Kai Form<\/dd>/);
      assert.ok(!formPage.includes('looks automated'));

      await assert.rejects(db.run("UPDATE audit SET actor = 'someone else'"), /audit trail cannot be changed/);
      await assert.rejects(db.run('DELETE FROM audit'), /audit trail cannot be changed/);
      assert.equal((await db.get<{ actor: string }>("SELECT actor FROM audit WHERE action = 'actioned'"))?.actor, 'dsl');
    });

    test('agreements and quiz results filter by kind, audience, class and date; CSV export is safe for spreadsheets', async () => {
      const { r, c } = await signedIn(dialect);
      const sig = (name: string, cls: string) => ({ pupil: { 'first-name': name, class: cls }, parent: { name: `${name}'s parent` } });
      await submit(r.url, envelope('agreement', { agreementId: 'ks2', signatures: sig('Robin', '5 Willow'), textHash: 'sha256:a' }, { audience: 'ks2', submittedAt: '2026-09-10T09:00:00.000Z' }));
      await submit(r.url, envelope('agreement', { agreementId: 'ks2', signatures: sig('=HYPERLINK("x")', '6 Oak'), textHash: 'sha256:a' }, { audience: 'ks2', submittedAt: '2026-10-10T09:00:00.000Z' }));
      await submit(r.url, envelope('agreement', { agreementId: 'staff', signatures: { adult: { name: 'Jo Bell', role: 'Teacher' } }, textHash: 'sha256:s' }, { audience: 'staff' }));
      await submit(r.url, envelope('quiz', { score: 8, total: 9, age: 'ks2' }, { audience: 'ks2' }));
      const all = await c.get('/inbox/records?kind=agreement');
      assert.match(all.text, /3 found/);
      assert.match((await c.get('/inbox/records?kind=agreement&audience=staff')).text, /1 found[\s\S]*Jo Bell/);
      const byClass = await c.get('/inbox/records?kind=agreement&class=5+Willow');
      assert.match(byClass.text, /1 found/);
      assert.match(byClass.text, /Robin/);
      assert.match((await c.get('/inbox/records?kind=agreement&from=2026-10-01&to=2026-10-31')).text, /1 found/);
      assert.match((await c.get('/inbox/records?kind=quiz')).text, /8 of 9/);
      // A trust's receiver serving two schools: a school filter appears.
      assert.ok(!all.text.includes('<label for="school">'));
      await submit(r.url, envelope('agreement', { signatures: {}, textHash: 'x' }, { school: 'Hawthorn Row Infants' }));
      assert.match((await c.get('/inbox/records?kind=agreement')).text, /<label for="school">School<\/label>/);
      assert.match((await c.get('/inbox/records?kind=agreement&school=Hawthorn+Row+Infants')).text, /1 found/);
      const csv = await c.get('/inbox/records.csv?kind=agreement&audience=ks2');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="agreement-records.csv"/);
      const rows = parseCsv(csv.text);
      assert.equal(rows.length, 3);
      const col = rows[0].indexOf('data.signatures.pupil.first-name');
      assert.ok(col > 0);
      assert.deepEqual(rows.slice(1).map((row) => row[col]).sort(), [`'=HYPERLINK("x")`, 'Robin']);
      assert.match((await c.get('/inbox/audit')).text, /exported/);
    });

    test('who has signed: signed, not signed, must sign again after the text changed; roster errors named', async () => {
      const { r, c } = await signedIn(dialect);
      const pupil = (first: string, cls: string, version: string, hash: string) =>
        envelope('agreement', { agreementId: 'ks2', signatures: { pupil: { 'first-name': first, class: cls }, parent: { name: '' } }, textHash: hash }, { audience: 'ks2', policyVersion: version });
      await submit(r.url, pupil('Robin', '5 Willow', '2026.2', 'sha256:new'));
      await submit(r.url, pupil('Ada', '5 Willow', '2025.1', 'sha256:old'));
      await submit(r.url, pupil('Kit', '6 Oak', '2025.1', 'sha256:new'));
      await submit(r.url, pupil('Sam', '6 Oak', '2026.2', 'sha256:new'));
      await submit(r.url, envelope('agreement', { agreementId: 'staff', signatures: { adult: { name: 'ZOË  Bell', role: 'Teacher' } }, textHash: 'sha256:staff' }, { audience: 'staff', policyVersion: '2026.2' }));
      await submit(r.url, pupil('Max', '5 Willow', '2026.2', 'sha256:new'));

      const page = await c.get('/inbox/signed');
      const csrf = Client.csrf(page.text);
      const upload = (text: string) => {
        const f = new FormData();
        f.set('csrf', csrf);
        f.set('roster', new Blob([text], { type: 'text/csv' }), 'roster.csv');
        return c.post('/inbox/roster', f);
      };
      const bad = await upload('group,name,class\npupil,Robin Ash,\nteacher,Jo,\n');
      assert.equal(bad.status, 400);
      assert.match(bad.text, /row 2: a pupil needs a class; row 3: group must be pupil, staff or parent, not &quot;teacher&quot;/);
      const roster = [
        'Group,Name,Class',
        'pupil,Robin Ash,5 Willow',
        'pupil,Ada Lovelace,5 Willow',
        'pupil,Kit Marlowe,6 Oak',
        'pupil,Sam Jones,6 Oak',
        'pupil,Sam Smith,6 Oak',
        'pupil,Noor Khan,5 Willow',
        'staff,Zoë Bell,',
        'staff,Lee Park,',
      ].join('\r\n');
      assert.equal((await upload(roster)).status, 303);
      const report = (await c.get('/inbox/signed')).text;
      const section = (title: string) => report.split(`<h2>${title}`)[1].split('<h2>')[0];
      const signed = section('Signed (');
      const again = section('Must sign again');
      const missing = section('Not signed (');
      assert.match(report, /Policy version: 2026\.2/);
      assert.match(signed, /Robin Ash/);
      assert.match(signed, /Kit Marlowe/, 'an older version with the same text counts');
      assert.match(signed, /Zoë Bell/, 'accents, case and spaces do not matter');
      assert.match(again, /Ada Lovelace/);
      assert.match(missing, /Noor Khan/);
      assert.match(missing, /Lee Park/);
      assert.match(missing, /Sam Jones/);
      assert.match(missing, /Sam Smith/);
      assert.match(report, /“Sam” \(6 Oak\), <time[^>]*>[^<]*<\/time>: could be Sam Jones or Sam Smith/);
      assert.match(report, /Signatures of people not on the roster \(1\)[\s\S]*“Max”/);
      assert.match(report, /Signed 3, must sign again 1, not signed 4/);
    });

    test('an email to the DSL when a concern arrives, with no personal data; not for duplicates or agreements', async () => {
      const mail = await smtp();
      const db = await freshDb(dialect);
      let publicUrl = '';
      const notifier = await mailer({ smtp: mail.url, to: 'dsl@larkspur.example', from: 'receiver@larkspur.example', publicUrl: () => publicUrl });
      after(() => notifier.close());
      const r = await receiver(db, { notifier });
      publicUrl = r.url;
      const env = envelope('concern', concernData({ name: 'Robin Ash', contact: '5 Willow', what: 'Somebody shared a photo of me' }));
      await submit(r.url, env);
      await submit(r.url, env);
      await submit(r.url, envelope('agreement', { signatures: {}, textHash: 'x' }));
      const deadline = Date.now() + 10_000;
      while (mail.mails.length < 1 && Date.now() < deadline) await new Promise((s) => setTimeout(s, 50));
      await new Promise((s) => setTimeout(s, 300));
      assert.equal(mail.mails.length, 1);
      const m = mail.mails[0];
      assert.equal(m.to, 'dsl@larkspur.example');
      assert.equal(m.subject, 'New online-safety concern for Larkspur Lane Primary School');
      for (const personal of ['Robin', 'Ash', 'Willow', 'photo']) assert.ok(!m.raw.includes(personal), `"${personal}" is not in the email`);
      assert.match(m.text, new RegExp(`${r.url}/inbox/concerns/${env.id}`));
      assert.match(m.text, /Kind of concern: Someone was unkind online/);
    });

    test('retention: the dry run lists and keeps; the real run deletes, logs, and keeps unactioned concerns', async () => {
      const db = await freshDb(dialect);
      const r = await receiver(db);
      const old = Date.now() - 400 * 86400_000;
      const mk = async (kind: 'agreement' | 'quiz' | 'concern', at: number) => {
        const e = envelope(kind, kind === 'concern' ? concernData() : { score: 1, total: 1 });
        await submit(r.url, e);
        await db.run('UPDATE envelopes SET received_at = ? WHERE id = ?', [new Date(at).toISOString(), e.id]);
        return e.id;
      };
      const oldQuiz = await mk('quiz', old);
      const oldAgreement = await mk('agreement', old);
      const oldActioned = await mk('concern', Date.now() - 800 * 86400_000);
      const oldUnread = await mk('concern', Date.now() - 800 * 86400_000);
      await mk('quiz', Date.now());
      await audit(db, 'dsl', 'actioned', oldActioned);
      const keep = { agreement: 24, quiz: 12, concern: 24 };
      const dry = await retention(db, keep, { dryRun: true });
      assert.deepEqual(dry.due.map((d) => d.id).sort(), [oldActioned, oldQuiz].sort());
      assert.deepEqual(dry.keptUnactioned.map((d) => d.id), [oldUnread]);
      assert.equal(await countEnvelopes(db), 5, 'a dry run deletes nothing');
      const real = await retention(db, keep, { dryRun: false });
      assert.equal(real.deleted, 2);
      assert.equal(await countEnvelopes(db), 3);
      const ids = (await db.all<{ id: string }>('SELECT id FROM envelopes')).map((x) => x.id);
      assert.ok(ids.includes(oldAgreement) && ids.includes(oldUnread));
      const logged = await db.all<{ envelope_id: string }>("SELECT envelope_id FROM audit WHERE action = 'deleted' AND actor = 'retention'");
      assert.deepEqual(logged.map((x) => x.envelope_id).sort(), [oldActioned, oldQuiz].sort());
    });
  });
}
