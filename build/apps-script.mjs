// Google Apps Script, simulated in Node, for the recipe in receivers/apps-script/:
//
//   createFakes()                     SpreadsheetApp, LockService, MailApp, ContentService and
//                                     PropertiesService, doing what the real ones do with the
//                                     calls Code.gs makes, with failures on demand
//   loadCodeGs(fakes, file?)          Code.gs run in a node:vm context with those globals
//   createAppsScriptServer(options)   an HTTP endpoint that behaves like a deployed web app:
//                                     POST → doPost → 302 to a second URL that serves the answer
//                                     (the browser follows it); no CORS preflight (OPTIONS is
//                                     refused, so only text/plain and form bodies get through);
//                                     an HTML error page with 200 when the script throws
//
// Used by test/node/apps-script.test.ts and, through koaMiddleware (build/receiver.mjs), by
// web-test-runner for the end-to-end test in Chromium. Types: apps-script.d.mts.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { escapeHtml, MAX_BODY_BYTES, readBody } from './receiver.mjs';

export const CODE_GS = fileURLToPath(new URL('../receivers/apps-script/Code.gs', import.meta.url));

// ---------------------------------------------------------------------------------------------
// The fakes

/** One fake per service, sharing one state: a spreadsheet, the emails sent, script properties. */
export function createFakes() {
  const state = {
    book: newBook(),
    mails: [],
    properties: new Map(),
    /** service name → how many of its next calls throw */
    failures: new Map(),
    locks: { acquired: 0, released: 0, held: false },
    errors: [],
  };
  const failing = (service, message) => {
    const n = state.failures.get(service) ?? 0;
    if (n > 0) {
      state.failures.set(service, n - 1);
      throw new Error(message);
    }
  };

  const SpreadsheetApp = {
    getActiveSpreadsheet() {
      failing('SpreadsheetApp', 'Service Spreadsheets failed while accessing document with id ' + state.book.id + '.');
      return state.book.api;
    },
    openById(id) {
      failing('SpreadsheetApp', 'Service Spreadsheets failed while accessing document with id ' + id + '.');
      if (id !== state.book.id) throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
      return state.book.api;
    },
    flush() {},
  };

  const LockService = {
    getScriptLock() {
      const lock = {
        tryLock() {
          if ((state.failures.get('LockService') ?? 0) > 0) {
            state.failures.set('LockService', state.failures.get('LockService') - 1);
            return false;
          }
          if (state.locks.held) throw new Error('fake LockService: the script lock is already held (no two doPost at once here)');
          state.locks.held = true;
          state.locks.acquired++;
          return true;
        },
        waitLock(ms) {
          if (!lock.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
        },
        releaseLock() {
          if (state.locks.held) state.locks.released++;
          state.locks.held = false;
        },
        hasLock: () => state.locks.held,
      };
      return lock;
    },
  };

  const MailApp = {
    sendEmail(message, subject, body) {
      failing('MailApp', 'Service invoked too many times for one day: email.');
      const m = typeof message === 'object' ? message : { to: message, subject, body };
      if (!m.to || !m.subject) throw new Error('Invalid argument: recipient');
      state.mails.push({ to: m.to, subject: m.subject, body: m.body ?? '' });
    },
    getRemainingDailyQuota: () => 100 - state.mails.length,
  };

  const MimeType = { ATOM: 'ATOM', CSV: 'CSV', ICAL: 'ICAL', JAVASCRIPT: 'JAVASCRIPT', JSON: 'JSON', RSS: 'RSS', TEXT: 'TEXT', VCARD: 'VCARD', XML: 'XML' };
  const ContentService = {
    MimeType,
    createTextOutput(content = '') {
      failing('ContentService', 'Service ContentService is not available.');
      const out = {
        content: String(content),
        mimeType: MimeType.TEXT,
        setMimeType(m) {
          if (!Object.values(MimeType).includes(m)) throw new Error('Invalid argument: mimeType');
          out.mimeType = m;
          return out;
        },
        getContent: () => out.content,
        getMimeType: () => out.mimeType,
        setContent(c) {
          out.content = String(c);
          return out;
        },
      };
      return out;
    },
  };

  const properties = {
    getProperty: (k) => state.properties.get(k) ?? null,
    setProperty(k, v) {
      state.properties.set(k, String(v));
      return properties;
    },
    deleteProperty(k) {
      state.properties.delete(k);
      return properties;
    },
    getProperties: () => Object.fromEntries(state.properties),
  };
  const PropertiesService = { getScriptProperties: () => properties };

  const quietConsole = {
    log() {},
    info() {},
    warn() {},
    error: (...a) => state.errors.push(a.join(' ')),
  };

  return {
    SpreadsheetApp,
    LockService,
    MailApp,
    ContentService,
    PropertiesService,
    console: quietConsole,
    state,
    /** The next `times` calls to `service` fail as the real one does when it is down or over quota. */
    fail(service, times = 1) {
      state.failures.set(service, (state.failures.get(service) ?? 0) + times);
    },
    /** Every tab as rows of what Sheets would show (formulas as {formula}). */
    tabs() {
      return Object.fromEntries([...state.book.sheets].map(([name, s]) => [name, s.rows.map((r) => r.slice())]));
    },
    reset() {
      state.book = newBook();
      state.mails.length = 0;
      state.properties.clear();
      state.failures.clear();
      state.errors.length = 0;
      Object.assign(state.locks, { acquired: 0, released: 0, held: false });
    },
  };
}

/**
 * A spreadsheet as Sheets keeps it: a value written with a leading apostrophe is text (the
 * apostrophe is not shown); a string starting with "=" becomes a formula; other strings that
 * look like numbers become numbers (so "01632" loses its 0, as in Sheets).
 */
function newBook() {
  const sheets = new Map();
  const id = 'fake-sheet-' + randomUUID().slice(0, 8);
  const enter = (v) => {
    if (typeof v !== 'string') return v;
    if (v.startsWith("'")) return v.slice(1);
    if (v.startsWith('=')) return { formula: v };
    if (/^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return v;
  };
  const sheet = (name) => {
    const s = { name, rows: [], frozen: 0 };
    const range = (row, col, numRows = 1, numCols = 1) => {
      if (row < 1 || col < 1 || numRows < 1 || numCols < 1) throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
      const r = {
        setValues(values) {
          if (values.length !== numRows || values.some((line) => line.length !== numCols))
            throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`);
          values.forEach((line, i) => {
            const target = (s.rows[row - 1 + i] ??= []);
            line.forEach((v, j) => (target[col - 1 + j] = enter(v)));
          });
          for (let i = 0; i < s.rows.length; i++) s.rows[i] ??= [];
          return r;
        },
        setValue: (v) => r.setValues([[v]]),
        getValues: () => Array.from({ length: numRows }, (_, i) => Array.from({ length: numCols }, (_, j) => s.rows[row - 1 + i]?.[col - 1 + j] ?? '')),
        getValue: () => r.getValues()[0][0],
        setFontWeight: () => r,
        createTextFinder(text) {
          let entire = false;
          const finder = {
            matchEntireCell(b) {
              entire = b;
              return finder;
            },
            findNext() {
              const values = r.getValues();
              for (let i = 0; i < numRows; i++)
                for (let j = 0; j < numCols; j++) {
                  const v = String(values[i][j]);
                  if (entire ? v.toLowerCase() === text.toLowerCase() : v.toLowerCase().includes(text.toLowerCase())) return range(row + i, col + j);
                }
              return null;
            },
          };
          return finder;
        },
      };
      return r;
    };
    s.api = {
      getName: () => name,
      getLastRow: () => s.rows.length,
      getRange: range,
      setFrozenRows(n) {
        s.frozen = n;
      },
      appendRow(values) {
        range(s.rows.length + 1, 1, 1, values.length).setValues([values]);
        return s.api;
      },
    };
    return s;
  };
  const api = {
    getId: () => id,
    getName: () => 'Online safety submissions',
    getUrl: () => `https://docs.google.com/spreadsheets/d/${id}/edit`,
    getSheetByName: (name) => sheets.get(name)?.api ?? null,
    insertSheet(name) {
      if (sheets.has(name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
      const s = sheet(name);
      sheets.set(name, s);
      return s.api;
    },
  };
  return { id, api, sheets };
}

/** Code.gs in its own node:vm context with the fakes as its globals; returns that context (doPost, doGet, setup, unflatten_ …). */
export function loadCodeGs(fakes, file = CODE_GS) {
  const context = vm.createContext({
    SpreadsheetApp: fakes.SpreadsheetApp,
    LockService: fakes.LockService,
    MailApp: fakes.MailApp,
    ContentService: fakes.ContentService,
    PropertiesService: fakes.PropertiesService,
    console: fakes.console,
  });
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return context;
}

/** The `e` a web app's doPost gets for a request (the parts Code.gs and most scripts use). */
export function webAppEvent(body, contentType, query = '') {
  const params = new URLSearchParams(query);
  if ((contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
  const parameters = {};
  for (const [k, v] of params) (parameters[k] ??= []).push(v);
  return {
    queryString: query,
    parameter: Object.fromEntries([...params.keys()].map((k) => [k, params.get(k)])),
    parameters,
    contextPath: '',
    pathInfo: '',
    contentLength: Buffer.byteLength(body),
    postData: body ? { contents: body, length: Buffer.byteLength(body), type: (contentType ?? '').split(';')[0].trim(), name: 'postData' } : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// The web app over HTTP

const MIME = { JSON: 'application/json; charset=utf-8', TEXT: 'text/plain; charset=utf-8', JAVASCRIPT: 'text/javascript; charset=utf-8', XML: 'text/xml; charset=utf-8', CSV: 'text/csv; charset=utf-8' };

/**
 * A connect-style handler (adapt it with koaMiddleware) for a deployed web app at
 * `${base}/exec`, its second URL `${base}/echo`, and (test only) `${base}/__state`,
 * `${base}/__reset` and `${base}/__fail`.
 * @param {{ base?: string, file?: string }} [options]
 */
export function createAppsScriptServer({ base = '/apps-script', file = CODE_GS } = {}) {
  const fakes = createFakes();
  let script = loadCodeGs(fakes, file);
  const answers = new Map();
  const log = [];

  const handler = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://apps-script');
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith(base + '/')) {
      next();
      return Promise.resolve(false);
    }
    return route(url, method, req, res).then(() => true);
  };

  async function route(url, method, req, res) {
    const path = url.pathname.slice(base.length);
    if (path === '/exec' && method === 'OPTIONS') {
      // Apps Script never answers a CORS preflight: a JSON POST fails in the browser.
      log.push({ method, status: 405 });
      return html(res, 405, 'Method Not Allowed', '<p>Sorry, unable to open the file at this time.</p>', false);
    }
    if (path === '/exec' && (method === 'POST' || method === 'GET')) {
      const body = method === 'POST' ? await readBody(req, MAX_BODY_BYTES * 2) : { buf: Buffer.alloc(0) };
      if (body.aborted) return;
      const contentType = req.headers['content-type'] ?? null;
      let out;
      try {
        const e = webAppEvent(body.buf.toString('utf8'), contentType, url.search.slice(1));
        out = method === 'POST' ? script.doPost(e) : script.doGet(e);
      } catch (err) {
        // What Google serves when a script throws: an HTML page, with 200.
        log.push({ method, contentType, status: 200, threw: String(err?.message ?? err) });
        return html(res, 200, 'Error', `<div>${escapeHtml(String(err?.message ?? err))} (line 1, file "Code")</div>`, true);
      }
      const key = randomUUID();
      answers.set(key, out);
      log.push({ method, contentType, status: 302, answer: out?.getContent?.() });
      res.writeHead(302, { Location: `${base}/echo?user_content_key=${key}`, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate', 'Content-Length': '0' });
      return res.end();
    }
    if (path === '/echo' && method === 'GET') {
      const key = url.searchParams.get('user_content_key') ?? '';
      const out = answers.get(key);
      if (!out) return html(res, 404, 'Not Found', '<p>The script completed but did not return anything.</p>', true);
      answers.delete(key);
      const content = out.getContent();
      res.writeHead(200, { 'Content-Type': MIME[out.getMimeType()] ?? MIME.TEXT, 'Content-Length': Buffer.byteLength(content), 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
      return res.end(content);
    }
    const json = (status, value) => {
      const text = JSON.stringify(value);
      res.writeHead(status, { 'Content-Type': MIME.JSON, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
      res.end(text);
    };
    if (path === '/__state' && method === 'GET') return json(200, { tabs: fakes.tabs(), mails: fakes.state.mails, locks: fakes.state.locks, log });
    if (path === '/__reset' && method === 'POST') {
      req.resume();
      fakes.reset();
      script = loadCodeGs(fakes, file);
      answers.clear();
      log.length = 0;
      const props = new URLSearchParams(url.search);
      for (const [k, v] of props) fakes.state.properties.set(k, v);
      return json(200, { reset: true });
    }
    if (path === '/__fail' && method === 'POST') {
      req.resume();
      const service = url.searchParams.get('service') ?? '';
      if (!['SpreadsheetApp', 'LockService', 'MailApp', 'ContentService'].includes(service)) return json(400, { error: 'service must be SpreadsheetApp, LockService, MailApp or ContentService' });
      fakes.fail(service, Number(url.searchParams.get('times') ?? 1));
      return json(200, { failing: service });
    }
    return html(res, 404, 'Not Found', '<p>Sorry, the file you have requested does not exist.</p>', false);
  }

  handler.fakes = fakes;
  return handler;
}

function html(res, status, title, body, cors) {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page), ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
  res.end(page);
}
