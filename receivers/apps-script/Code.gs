/**
 * esafety-elements receiver for Google Apps Script: every submission from <aup-form>,
 * <report-concern> and <esafety-quiz> goes into this Google Sheet, one tab per kind
 * ("Agreements", "Concerns", "Quiz results"), in readable columns plus the raw JSON. The same
 * submission sent twice (a retry) is kept once, by its id. A new concern report is emailed to
 * the DSL (the subject holds no personal data). Every answer is JSON: {"ok":true,"id":"…"} or
 * {"ok":false,"error":"…"}, so the elements can use confirm "id".
 *
 * Set up (README.md beside this file): open the Sheet, Extensions → Apps Script, paste this
 * file, run setup() once, set the script property DSL_EMAIL, deploy as a web app (execute as
 * me, access "Anyone"), and put the web app's URL in the bundle's submit.endpoint.
 *
 * Everything a submission carries comes from the public internet: it is written as plain text
 * (never as a formula) and checked before it is kept.
 */

const MAX_BODY_CHARS_ = 64 * 1024;
const CELL_MAX_ = 50000; // the most characters a Sheets cell holds
const UUID_ = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_DEPTH_ = 32;

/** A value as text for a cell: lists joined by "; ", true/false as yes/no, nothing as "". */
function text_(v) {
  if (v === undefined || v === null) return '';
  if (v === true || v === 'true') return 'yes';
  if (v === false || v === 'false') return 'no';
  if (Array.isArray(v)) return v.map(text_).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** "block field: value; …" for an agreement's signatures. */
function pairs_(o) {
  if (!o || typeof o !== 'object') return text_(o);
  const out = [];
  Object.keys(o).forEach(function (k) {
    const v = o[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      Object.keys(v).forEach(function (f) {
        if (text_(v[f])) out.push(k + ' ' + f + ': ' + text_(v[f]));
      });
    } else if (text_(v)) out.push(k + ': ' + text_(v));
  });
  return out.join('; ');
}

/** The columns of every tab, then each kind's own. */
const COMMON_COLUMNS_ = [
  ['Received', function (env, at) { return at; }],
  ['Id', function (env) { return env.id; }],
  ['Audience', function (env) { return env.audience; }],
  ['School', function (env) { return env.school; }],
  ['Locale', function (env) { return env.locale; }],
  ['Policy version', function (env) { return env.policyVersion; }],
  ['Started', function (env) { return env.startedAt; }],
  ['Submitted', function (env) { return env.submittedAt; }],
  ['Likely spam', function (env) { return env.spam ? 'yes (' + pairs_(env.spam) + ')' : ''; }],
];

const KINDS_ = {
  agreement: {
    tab: 'Agreements',
    columns: [
      ['Agreement', function (d) { return d.agreementId; }],
      ['Names', function (d) { return pairs_(d.signatures); }],
      ['Statements agreed', function (d) { return d.statements; }],
      ['Consents', function (d) { return pairs_(d.consents); }],
      ['Date', function (d) { return d.date; }],
      ['Quiz', function (d) { return d.quiz ? text_(d.quiz.score) + ' of ' + text_(d.quiz.total) : ''; }],
      ['Text hash', function (d) { return d.textHash; }],
    ],
  },
  concern: {
    tab: 'Concerns',
    columns: [
      ['Reported by', function (d) { return d.reporter; }],
      ['Kind of concern', function (d) { return d.categoryLabel || d.category; }],
      ['What happened', function (d) { return d.what; }],
      ['When', function (d) { return d.when; }],
      ['Where', function (d) { return d.where; }],
      ['Who was involved', function (d) { return d.involved; }],
      ['Anonymous', function (d) { return d.anonymous; }],
      ['Name', function (d) { return d.name; }],
      ['Contact', function (d) { return d.contact; }],
      ['Emailed to the DSL', function () { return ''; }],
    ],
  },
  quiz: {
    tab: 'Quiz results',
    columns: [
      ['Age', function (d) { return d.age; }],
      ['Score', function (d) { return d.score; }],
      ['Total', function (d) { return d.total; }],
      ['Stories missed', function (d) {
        return (Array.isArray(d.answers) ? d.answers : []).filter(function (a) { return a && text_(a.right) === 'no'; }).map(function (a) { return a.question; });
      }],
    ],
  },
};
const OTHER_ = { tab: 'Other', columns: [['Data', function (d) { return d; }]] };

function kindOf_(env) {
  return Object.prototype.hasOwnProperty.call(KINDS_, env.kind) ? KINDS_[env.kind] : OTHER_;
}

function headers_(kind) {
  return COMMON_COLUMNS_.map(function (c) { return c[0]; }).concat(kind.columns.map(function (c) { return c[0]; }), ['Raw JSON']);
}

/**
 * A value for a cell, kept exactly as text: the leading apostrophe tells Sheets not to read it
 * as a formula, a number or a date (it is not shown), so "=HYPERLINK(…)" stays words and a phone
 * number keeps its leading 0. Cut to what a cell holds.
 */
function cell_(v) {
  const s = text_(v);
  if (!s) return '';
  return "'" + (s.length > CELL_MAX_ - 1 ? s.slice(0, CELL_MAX_ - 2) + '…' : s);
}

// ---------------------------------------------------------------------------------------------
// Web app entry points

/** POST: one envelope, as text/plain or application/json (JSON) or form-urlencoded (flattened fields). */
function doPost(e) {
  let env;
  try {
    env = envelopeOf_(e);
  } catch (err) {
    return answer_({ ok: false, error: message_(err) });
  }
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30000)) return answer_({ ok: false, id: env.id, error: 'The receiver is busy: try again.' });
  try {
    const book = spreadsheet_();
    if (find_(book, env.id)) return answer_({ ok: true, id: env.id, duplicate: true });
    const where = append_(book, env);
    if (env.kind === 'concern') notify_(book, env, where);
    return answer_({ ok: true, id: env.id });
  } catch (err) {
    console.error('esafety-elements receiver: ' + message_(err));
    return answer_({ ok: false, id: env.id, error: 'The submission could not be kept: ' + message_(err) });
  } finally {
    lock.releaseLock();
  }
}

/** GET: says the web app is running (open its URL in a browser to check the deployment). */
function doGet() {
  return answer_({ ok: true, service: 'esafety-elements receiver', accepts: 'POST' });
}

/** Run once from the editor: remembers this Sheet for the web app and adds the tabs. */
function setup() {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  PropertiesService.getScriptProperties().setProperty('SPREADSHEET_ID', book.getId());
  Object.keys(KINDS_).forEach(function (k) { sheet_(book, KINDS_[k]); });
  const dsl = PropertiesService.getScriptProperties().getProperty('DSL_EMAIL');
  console.log('Ready: submissions go to "' + book.getName() + '". ' + (dsl ? 'New concerns are emailed to ' + dsl + '.' : 'Set the script property DSL_EMAIL to have new concerns emailed.'));
}

function answer_(o) {
  return ContentService.createTextOutput(JSON.stringify(o)).setMimeType(ContentService.MimeType.JSON);
}

function message_(err) {
  return String((err && err.message) || err);
}

function spreadsheet_() {
  const id = PropertiesService.getScriptProperties().getProperty('SPREADSHEET_ID');
  const book = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.getActiveSpreadsheet();
  if (!book) throw new Error('no spreadsheet: open the Sheet, then run setup() once from the Apps Script editor');
  return book;
}

// ---------------------------------------------------------------------------------------------
// Reading the request

function envelopeOf_(e) {
  const post = e && e.postData;
  if (!post || typeof post.contents !== 'string' || !post.contents) throw new Error('Send an envelope in the body of a POST.');
  if (post.contents.length > MAX_BODY_CHARS_) throw new Error('The body is larger than 64 KiB.');
  const type = String(post.type || '').split(';')[0].trim().toLowerCase();
  let env;
  if (type === 'application/x-www-form-urlencoded') env = unflatten_(formFields_(post.contents));
  else if (type === 'text/plain' || type === 'application/json') {
    try {
      env = JSON.parse(post.contents);
    } catch (err) {
      throw new Error('The body is not valid JSON.');
    }
  } else throw new Error('Unsupported Content-Type "' + type + '": send text/plain or application/json (the envelope as JSON) or application/x-www-form-urlencoded (flattened fields).');
  if (!env || typeof env !== 'object' || Array.isArray(env)) throw new Error('The body must be an envelope object.');
  if (depth_(env) > MAX_DEPTH_) throw new Error('The envelope is nested more than ' + MAX_DEPTH_ + ' levels deep.');
  if (typeof env.id !== 'string' || !UUID_.test(env.id)) throw new Error('The envelope needs an `id` that is a UUID.');
  if (typeof env.kind !== 'string' || !/^[a-z][a-z-]{0,31}$/.test(env.kind)) throw new Error('The envelope needs a `kind` such as "agreement".');
  if (env.data !== undefined && (env.data === null || typeof env.data !== 'object' || Array.isArray(env.data))) throw new Error('The envelope`s `data` must be an object.');
  env.id = env.id.toLowerCase();
  return env;
}

/** `a=1&b.c=x+y` → [["a","1"],["b.c","x y"]] (Apps Script has no URLSearchParams). */
function formFields_(body) {
  return body.split('&').filter(function (p) { return p; }).map(function (p) {
    const i = p.indexOf('=');
    const dec = function (s) {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch (err) {
        return s;
      }
    };
    return i < 0 ? [dec(p), ''] : [dec(p.slice(0, i)), dec(p.slice(i + 1))];
  });
}

const UNSAFE_KEYS_ = ['__proto__', 'constructor', 'prototype'];
const INDEX_ = /^(0|[1-9]\d{0,5})$/;

/**
 * Flattened form fields back into an envelope, by the same rules as the project's own receiver
 * (build/receiver.mjs): `data.name=…` → { data: { name } }, `data.statements.0=…` → a list
 * (a level is a list only when its keys are exactly 0…n-1), a repeated field collects its
 * values into a list, a value already where a level goes keeps its place under the key "".
 * Values stay strings.
 */
function unflatten_(fields) {
  const root = Object.create(null);
  fields.forEach(function (kv) {
    const parts = kv[0].split('.');
    if (parts.length > MAX_DEPTH_ || parts.some(function (p) { return UNSAFE_KEYS_.indexOf(p) >= 0; })) return;
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node[parts[i]];
      if (next === undefined || typeof next !== 'object' || next === null || Array.isArray(next)) {
        const fresh = Object.create(null);
        if (next !== undefined) fresh[''] = next;
        node[parts[i]] = fresh;
      }
      node = node[parts[i]];
    }
    const last = parts[parts.length - 1];
    const existing = node[last];
    if (existing === undefined) node[last] = kv[1];
    else if (Array.isArray(existing)) existing.push(kv[1]);
    else if (typeof existing === 'string') node[last] = [existing, kv[1]];
  });
  return lists_(root);
}

function lists_(node) {
  if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
  const keys = Object.keys(node);
  const out = {};
  keys.forEach(function (k) {
    Object.defineProperty(out, k, { value: lists_(node[k]), enumerable: true, writable: true, configurable: true });
  });
  if (keys.length && keys.every(function (k) { return INDEX_.test(k); })) {
    const sorted = keys.map(Number).sort(function (a, b) { return a - b; });
    if (sorted.every(function (n, i) { return n === i; })) return sorted.map(function (n) { return out[n]; });
  }
  return out;
}

function depth_(value) {
  let max = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const top = stack.pop();
    const v = top[0];
    if (v === null || typeof v !== 'object') continue;
    if (top[1] > max) max = top[1];
    if (max > MAX_DEPTH_) return max;
    Object.keys(v).forEach(function (k) { stack.push([v[k], top[1] + 1]); });
  }
  return max;
}

// ---------------------------------------------------------------------------------------------
// The Sheet

/** The kind's tab, made with its header row when missing. */
function sheet_(book, kind) {
  let sheet = book.getSheetByName(kind.tab);
  if (!sheet) {
    sheet = book.insertSheet(kind.tab);
    const head = headers_(kind);
    sheet.getRange(1, 1, 1, head.length).setValues([head]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** Whether an envelope with this id is already in any tab's Id column. */
function find_(book, id) {
  return [OTHER_].concat(Object.keys(KINDS_).map(function (k) { return KINDS_[k]; })).some(function (kind) {
    const sheet = book.getSheetByName(kind.tab);
    if (!sheet || sheet.getLastRow() < 2) return false;
    return !!sheet.getRange(2, 2, sheet.getLastRow() - 1, 1).createTextFinder(id).matchEntireCell(true).findNext();
  });
}

/** Appends the envelope as a row of plain text; returns where it went. */
function append_(book, env) {
  const kind = kindOf_(env);
  const sheet = sheet_(book, kind);
  const d = env.data || {};
  const at = new Date().toISOString();
  const raw = JSON.stringify(env);
  const values = COMMON_COLUMNS_.map(function (c) { return cell_(c[1](env, at)); })
    .concat(kind.columns.map(function (c) { return cell_(c[1](d)); }), [cell_(raw)]);
  const row = sheet.getLastRow() + 1;
  sheet.getRange(row, 1, 1, values.length).setValues([values]);
  SpreadsheetApp.flush();
  return { sheet: sheet, row: row, column: values.length - 1 };
}

// ---------------------------------------------------------------------------------------------
// Telling the DSL

/**
 * Emails a new concern to DSL_EMAIL (script property; several addresses separated by commas).
 * The subject names no one; the body has the report, for the DSL alone. Whether it went is
 * written in the row's "Emailed to the DSL" column: a failed email never loses the report.
 */
function notify_(book, env, where) {
  const to = PropertiesService.getScriptProperties().getProperty('DSL_EMAIL');
  const mark = function (s) { where.sheet.getRange(where.row, where.column).setValue(cell_(s)); };
  if (!to) return mark('no: set the script property DSL_EMAIL');
  const d = env.data || {};
  const lines = [
    'A concern was reported through the school website.',
    '',
    'Reference: ' + env.id,
    'Sent: ' + text_(env.submittedAt),
    'Reported by: ' + text_(d.reporter),
    'Kind of concern: ' + text_(d.categoryLabel || d.category),
    '',
    'What happened:',
    text_(d.what),
    '',
  ];
  [['When', d.when], ['Where', d.where], ['Who was involved', d.involved]].forEach(function (p) {
    if (text_(p[1])) lines.push(p[0] + ': ' + text_(p[1]));
  });
  lines.push(text_(d.anonymous) === 'yes' ? 'Anonymous' : 'Name: ' + text_(d.name) + (text_(d.contact) ? '\nContact: ' + text_(d.contact) : ''));
  if (env.spam) lines.push('', 'Marked as likely automated (' + pairs_(env.spam) + ').');
  lines.push('', 'It is row ' + where.row + ' of the "' + where.sheet.getName() + '" tab: ' + book.getUrl());
  try {
    MailApp.sendEmail({ to: to, subject: 'New online-safety concern (reference ' + env.id.slice(0, 8) + ')', body: lines.join('\n') });
    mark('yes, ' + new Date().toISOString());
  } catch (err) {
    console.error('esafety-elements receiver: the email to the DSL failed: ' + message_(err));
    mark('FAILED (' + message_(err) + '): read this row');
  }
}
