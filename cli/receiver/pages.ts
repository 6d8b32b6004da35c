// The inbox pages' content (see html.ts for the frame and escaping).

import { summary } from '../../src/report-concern/receipt.js';
import type { Envelope } from '../../src/submit/types.js';
import { h, when, type Safe } from './html.js';
import type { Report, Status } from './roster.js';
import type { AuditEntry, Filter, Kind, Stored } from './store.js';

const csrfField = (csrf: string) => h`<input type="hidden" name="csrf" value="${csrf}">`;

export function loginBody(error?: string, name = ''): Safe {
  return h`<h1>Sign in</h1>
${error ? h`<p class="error" id="login-error">${error}</p>` : ''}
<form method="post" action="/login">
<div class="field"><label for="name">User name</label>
<input id="name" name="name" autocomplete="username" required value="${name}"${error ? h` aria-describedby="login-error"` : ''}></div>
<div class="field"><label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit">Sign in</button>
</form>`;
}

type ConcernItem = Stored & { seen?: AuditEntry; actioned?: AuditEntry };

const concernData = (e: Stored) => e.envelope.data as Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));

export function concernTitle(e: Stored): string {
  const d = concernData(e);
  return text(d.categoryLabel) || text(d.category) || 'Concern';
}

function statusLine(c: ConcernItem): Safe {
  if (c.actioned) return h`Actioned by ${c.actioned.actor}, ${when(c.actioned.at)}`;
  if (c.seen) return h`Seen by ${c.seen.actor}, ${when(c.seen.at)}; not actioned yet`;
  return h`Not seen yet`;
}

export function concernsBody(list: ConcernItem[]): Safe {
  const unread = list.filter((c) => !c.seen && !c.actioned).length;
  return h`<h1>Concerns</h1>
<p>${list.length ? `${list.length} concern${list.length === 1 ? '' : 's'}, newest first; ${unread} unread.` : 'No concerns have arrived.'}</p>
${list.map((c) => {
  const isUnread = !c.seen && !c.actioned;
  const d = concernData(c);
  return h`<article class="${isUnread ? 'unread' : ''}" aria-labelledby="c-${c.id}">
<h2 id="c-${c.id}"><a href="/inbox/concerns/${c.id}">${concernTitle(c)}</a>${isUnread ? h`<span class="badge">Unread</span>` : ''}${c.spam ? h`<span class="badge">Possibly automated</span>` : ''}</h2>
<p>Submitted ${when(c.submittedAt)} · reported by ${text(d.reporter) || 'unknown'}${d.anonymous === true || d.anonymous === 'true' ? ' (anonymous)' : ''}<br>${statusLine(c)}</p>
</article>`;
})}`;
}

/** The concern laid out as the element's copy for the DSL (src/report-concern/receipt.ts), then its status and history. */
export function concernBody(c: ConcernItem, history: AuditEntry[], csrf: string): Safe {
  let rows: [string, string][];
  try {
    // A form-encoded envelope has "true"/"false" as text: "false" must not read as anonymous.
    const d = concernData(c);
    const env = { ...c.envelope, data: { ...d, anonymous: d.anonymous === true || d.anonymous === 'true' } };
    rows = summary(env as unknown as Envelope, 'en-GB').map(([k, v]) => [k, text(v)]);
  } catch {
    rows = Object.entries(concernData(c)).map(([k, v]) => [k, text(v)]);
  }
  const form = (action: string, label: string) =>
    h`<form method="post" action="/inbox/concerns/${c.id}/mark">${csrfField(csrf)}<input type="hidden" name="action" value="${action}"><button type="submit">${label}</button></form>`;
  return h`<p class="noprint"><a href="/inbox">← All concerns</a></p>
<h1>${concernTitle(c)}</h1>
${c.spam ? h`<p class="error">This report looks automated (the hidden trap field was filled, or it was sent very fast). It is kept: check it.</p>` : ''}
<h2>Copy of the report</h2>
<dl class="copy">${rows.map(([k, v]) => h`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
<h2>Status</h2>
<p>${statusLine({ ...c, seen: history.find((x) => x.action === 'seen'), actioned: history.find((x) => x.action === 'actioned') })}</p>
<div class="actions">${history.some((x) => x.action === 'seen') ? '' : form('seen', 'Mark as seen')}${history.some((x) => x.action === 'actioned') ? '' : form('actioned', 'Mark as actioned')}</div>
<h2>History</h2>
<ul>
<li>Received ${when(c.receivedAt)}</li>
${history.map((x) => h`<li>${x.action === 'seen' ? 'Marked as seen' : x.action === 'actioned' ? 'Marked as actioned' : x.action} by ${x.actor}, ${when(x.at)}</li>`)}
</ul>
<details class="noprint"><summary>The envelope as it arrived (JSON)</summary><pre>${JSON.stringify(c.envelope, null, 2)}</pre></details>`;
}

const KIND_TITLES: Record<Kind, string> = { agreement: 'Agreements', quiz: 'Quiz results', concern: 'Concerns' };

function select(id: string, label: string, value: string | undefined, options: string[], any = 'Any'): Safe {
  return h`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id}"><option value="">${any}</option>${options.map(
    (o) => h`<option${o === value ? h` selected` : ''}>${o}</option>`,
  )}</select></div>`;
}

/** Who signed an agreement, in one line: "Sam (4B); Alex Smith (parent)". */
export function signers(e: Stored): string {
  const sig = (e.envelope.data as { signatures?: unknown }).signatures;
  if (!sig || typeof sig !== 'object') return '';
  return Object.entries(sig as Record<string, Record<string, unknown>>)
    .map(([block, fields]) => `${block}: ${Object.values(fields ?? {}).map(text).filter(Boolean).join(', ')}`)
    .join('; ');
}

export function recordsBody(kind: Kind, f: Filter, list: Stored[], choices: { audience: string[]; class: string[]; school: string[] }, query: string): Safe {
  const d = (e: Stored) => e.envelope.data as Record<string, unknown>;
  return h`<h1>${KIND_TITLES[kind]}</h1>
<form method="get" action="/inbox/records" class="filters" aria-label="Filter">
<div class="field"><label for="kind">Kind</label><select id="kind" name="kind">${(['agreement', 'quiz', 'concern'] as Kind[]).map(
    (k) => h`<option value="${k}"${k === kind ? h` selected` : ''}>${KIND_TITLES[k]}</option>`,
  )}</select></div>
${choices.school.length > 1 ? select('school', 'School', f.school, choices.school) : ''}
${select('audience', 'Audience', f.audience, choices.audience)}
${select('class', 'Class', f.class, choices.class)}
<div class="field"><label for="from">From</label><input id="from" name="from" type="date" value="${f.from ?? ''}"></div>
<div class="field"><label for="to">To</label><input id="to" name="to" type="date" value="${f.to ?? ''}"></div>
<button type="submit">Show</button>
</form>
<p>${list.length} found. <a href="/inbox/records.csv?${query}">Download these as CSV</a></p>
${
  list.length
    ? h`<div class="table" role="region" aria-label="${KIND_TITLES[kind]}" tabindex="0"><table>
<thead><tr><th scope="col">Submitted</th><th scope="col">Audience</th><th scope="col">Class</th><th scope="col">Policy version</th><th scope="col">${kind === 'quiz' ? 'Score' : kind === 'agreement' ? 'Signed by' : 'Concern'}</th></tr></thead>
<tbody>${list.map(
        (e) => h`<tr><td>${when(e.submittedAt)}</td><td>${e.audience ?? ''}</td><td>${e.class ?? ''}</td><td>${e.policyVersion ?? ''}</td><td>${
          kind === 'quiz' ? `${text(d(e).score)} of ${text(d(e).total)}` : kind === 'agreement' ? signers(e) : h`<a href="/inbox/concerns/${e.id}">${concernTitle(e)}</a>`
        }</td></tr>`,
      )}</tbody></table></div>`
    : ''
}`;
}

const STATUS_TITLES: [Status, string][] = [
  ['must-sign-again', 'Must sign again (signed an older text)'],
  ['not-signed', 'Not signed'],
  ['signed', 'Signed'],
];
const GROUP_NAMES = { pupil: 'Pupil', staff: 'Staff', parent: 'Parent' };

export function signedBody(r: Report, versions: string[], rosterAt: string | null, csrf: string, message?: { error?: string; info?: string }): Safe {
  const count = (s: Status) => r.lines.filter((l) => l.status === s).length;
  return h`<h1>Who has signed</h1>
${message?.error ? h`<p class="error" role="alert">${message.error}</p>` : ''}${message?.info ? h`<p role="status">${message.info}</p>` : ''}
<form method="get" action="/inbox/signed" class="filters noprint" aria-label="Policy version">
${select('version', 'Policy version', r.version ?? undefined, versions, 'Every version')}
<button type="submit">Show</button>
</form>
<p>${rosterAt ? h`Roster uploaded ${when(rosterAt)}: ${r.lines.length} people.` : 'No roster uploaded yet.'} Policy version: ${r.version ?? 'every version'}.
Signed ${count('signed')}, must sign again ${count('must-sign-again')}, not signed ${count('not-signed')}.</p>
${STATUS_TITLES.map(([status, title]) => {
  const lines = r.lines.filter((l) => l.status === status);
  return h`<h2>${title} (${lines.length})</h2>
${
  lines.length
    ? h`<div class="table" role="region" aria-label="${title}" tabindex="0"><table><thead><tr><th scope="col">Name</th><th scope="col">Group</th><th scope="col">Class</th><th scope="col">Signature</th></tr></thead><tbody>${lines.map(
        (l) =>
          h`<tr><td>${l.person.name}</td><td>${GROUP_NAMES[l.person.group]}</td><td>${l.person.class ?? ''}</td><td>${
            l.signature ? h`${when(l.signature.envelope.submittedAt)}, version ${l.signature.envelope.policyVersion ?? '?'}` : ''
          }</td></tr>`,
      )}</tbody></table></div>`
    : h`<p>Nobody.</p>`
}`;
})}
${
  r.unclear.length
    ? h`<h2>Signatures that fit more than one person (${r.unclear.length})</h2><ul>${r.unclear.map(
        (u) => h`<li>“${u.signature.name}”${u.signature.class ? ` (${u.signature.class})` : ''}, ${when(u.signature.envelope.submittedAt)}: could be ${u.people.map((p) => p.name).join(' or ')}</li>`,
      )}</ul>`
    : ''
}
${
  r.unknown.length
    ? h`<h2>Signatures of people not on the roster (${r.unknown.length})</h2><ul>${r.unknown.map(
        (s) => h`<li>“${s.name}”, ${GROUP_NAMES[s.group].toLowerCase()}${s.class ? `, ${s.class}` : ''}, ${when(s.envelope.submittedAt)}</li>`,
      )}</ul>`
    : ''
}
<h2 class="noprint">Upload a roster</h2>
<form method="post" action="/inbox/roster" enctype="multipart/form-data" class="noprint">
${csrfField(csrf)}
<p id="roster-help">A CSV file with a header row <code>group,name,class</code> and one row per person: group is pupil, staff or parent; pupils need their class. It replaces the roster uploaded before.</p>
<div class="field"><label for="roster">Roster CSV file</label><input id="roster" name="roster" type="file" accept=".csv,text/csv" required aria-describedby="roster-help"></div>
<button type="submit">Upload</button>
</form>`;
}

export function auditBody(list: AuditEntry[]): Safe {
  return h`<h1>Audit trail</h1>
<p>Every mark, export, roster upload, new user and deletion, newest first. The database refuses to change or delete an entry (triggers on the table).</p>
<div class="table" role="region" aria-label="Audit trail" tabindex="0"><table><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th><th scope="col">Detail</th></tr></thead>
<tbody>${list.map((x) => h`<tr><td>${when(x.at)}</td><td>${x.actor}</td><td>${x.action}</td><td>${x.envelopeId ?? ''}</td><td>${x.detail ?? ''}</td></tr>`)}</tbody></table></div>`;
}

export function messageBody(title: string, message: string): Safe {
  return h`<h1>${title}</h1><p>${message}</p><p><a href="/inbox">Back to the inbox</a></p>`;
}
