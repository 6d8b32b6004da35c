import { expect, waitUntil } from '@open-wc/testing';
import { $, clickId, typeIn, until } from './helpers-dom.js';

// End to end: the BUILT element (run `npm run build` first; `npm test` does) posting to a local
// server that behaves like a deployed Google Apps Script web app and runs
// receivers/apps-script/Code.gs (build/apps-script.mjs, mounted by web-test-runner.config.js):
// a 302 to a second URL that serves the answer, no CORS preflight, an HTML page with 200 when
// the script throws. The endpoint is on another origin (localhost ↔ 127.0.0.1), so CORS is real.

const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const EXEC = `http://${other}:${location.port}/apps-script/exec`;

interface State {
  tabs: Record<string, (string | number)[][]>;
  mails: { to: string; subject: string; body: string }[];
  locks: { acquired: number; released: number; held: boolean };
  log: { method: string; status: number; threw?: string; answer?: string }[];
}
const state = async (): Promise<State> => (await fetch('/apps-script/__state')).json();
const rowsOf = async (tab: string) => ((await state()).tabs[tab] ?? []).slice(1);
const fail = (service: string, times = 1) => fetch(`/apps-script/__fail?service=${service}&times=${times}`, { method: 'POST' });

type Form = HTMLElement & { bundle: unknown; submitState?: { state: string; envelope: { id: string } }; updateComplete: Promise<boolean> };

async function visitorForm(submit: Record<string, unknown>): Promise<Form> {
  const el = document.createElement('aup-form') as Form;
  el.setAttribute('audience', 'visitor');
  el.bundle = { school: { name: 'Larkspur Lane Primary School' }, submit: { endpoint: EXEC, ...submit } };
  document.body.append(el);
  await until(el, 'form');
  await clickId(el, 'agree-all');
  await typeIn(el, 'f-adult.name', 'Pat Visitor');
  await clickId(el, 'read');
  return el;
}
const send = async (el: Form) => {
  $(el, '[part="submit"]').click();
  await el.updateComplete;
};

before(async () => {
  await import(/* @vite-ignore */ `${location.origin}/dist/esafety-elements.js`);
});
beforeEach(async () => {
  await fetch('/apps-script/__reset?DSL_EMAIL=dsl@larkspur-lane.example', { method: 'POST' });
});
afterEach(() => document.querySelectorAll('aup-form, report-concern').forEach((e) => e.remove()));

describe('the Google Apps Script recipe, end to end in Chromium', () => {
  it('an agreement (text, confirm "id") follows the 302, is confirmed by id, and is one row in "Agreements"', async () => {
    const el = await visitorForm({ confirm: 'id' });
    await send(el);
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent', { timeout: 8000 });
    expect($(el, '#done').textContent).to.equal('Thank you: your agreement has been sent');
    const s = await state();
    expect(s.log.map((l) => [l.method, l.status])).to.deep.equal([['POST', 302]]);
    const rows = await rowsOf('Agreements');
    expect(rows).to.have.length(1);
    expect(rows[0][1]).to.equal(el.submitState!.envelope.id);
    expect(rows[0]).to.include('adult name: Pat Visitor');
    expect(JSON.parse(String(rows[0].at(-1)))).to.deep.include({ id: el.submitState!.envelope.id, kind: 'agreement', audience: 'visitor' });
  });

  it('form-urlencoded works too', async () => {
    const el = await visitorForm({ confirm: 'id', format: 'form' });
    await send(el);
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent', { timeout: 8000 });
    expect((await rowsOf('Agreements')).map((r) => r[1])).to.deep.equal([el.submitState!.envelope.id]);
  });

  it('the script throws after writing the row (Apps Script serves HTML with 200): not "sent"; the retry is a duplicate answered ok; one row', async () => {
    await fail('ContentService', 2);
    const el = await visitorForm({ confirm: 'id' });
    const failed: boolean[] = [];
    el.addEventListener('esafety-submit-failed', (e) => failed.push((e as CustomEvent).detail.willRetry));
    await send(el);
    await until(el, '[part="receipt"]');
    expect($(el, '#done').textContent).to.equal('Waiting to send');
    expect(failed).to.deep.equal([true]);
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent on retry', { timeout: 8000 });
    const s = await state();
    expect(s.log.map((l) => [l.status, l.threw ? 'threw' : JSON.parse(l.answer!).duplicate ? 'duplicate' : 'stored'])).to.deep.equal([
      [200, 'threw'],
      [302, 'duplicate'],
    ]);
    expect(await rowsOf('Agreements')).to.have.length(1);
    expect(s.locks.acquired).to.equal(s.locks.released);
  });

  it('the Sheet failing ({"ok":false}) is retried, then kept once', async () => {
    await fail('SpreadsheetApp');
    const el = await visitorForm({ confirm: 'id' });
    await send(el);
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent on retry', { timeout: 8000 });
    const s = await state();
    expect(s.log.map((l) => JSON.parse(l.answer!).ok)).to.deep.equal([false, true]);
    expect(await rowsOf('Agreements')).to.have.length(1);
  });

  it('a concern report reaches "Concerns" and the DSL is emailed (no personal data in the subject)', async () => {
    const el = document.createElement('report-concern') as Form;
    el.setAttribute('endpoint', EXEC);
    el.setAttribute('confirm', 'id');
    el.setAttribute('reporter', 'parent');
    document.body.append(el);
    await until(el, 'form');
    await clickId(el, 'category.contact');
    await typeIn(el, 'what', 'Someone kept messaging my daughter on a game.');
    await typeIn(el, 'name', 'Sam Example');
    await send(el);
    await waitUntil(() => el.submitState?.state === 'sent', 'not sent', { timeout: 8000 });
    const s = await state();
    expect(s.tabs.Concerns).to.have.length(2);
    expect(s.mails).to.have.length(1);
    expect(s.mails[0].subject).to.equal(`New online-safety concern (reference ${el.submitState!.envelope.id.slice(0, 8)})`);
    expect(s.mails[0].body).to.contain('Someone kept messaging my daughter on a game.').and.contain('Name: Sam Example');
  });

  it('no CORS preflight: an application/json POST cannot get through (which is why the recipe uses text)', async () => {
    const error = await fetch(EXEC, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TypeError);
    const s = await state();
    expect(s.log.map((l) => [l.method, l.status])).to.deep.equal([['OPTIONS', 405]]);
    expect(s.tabs).to.deep.equal({});
  });
});
