// Server-rendered HTML for the inbox. Every value goes through `h`, which escapes it unless it
// is already Safe (built by `h` itself): nothing a submission carries can become markup.

import { formatDate } from '../../src/text/dates.js';

export class Safe {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const render = (v: unknown): string => {
  if (v instanceof Safe) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
};

/** A template whose interpolations are escaped (arrays joined; null, undefined and false left out). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0];
  values.forEach((v, i) => (out += render(v) + strings[i + 1]));
  return new Safe(out);
}

/** "30 November 2026, 14:05 UTC" in a <time> element. */
export function when(iso: string | null | undefined): Safe {
  if (!iso) return h``;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return h`${iso}`;
  const s = d.toISOString();
  return h`<time datetime="${s}">${formatDate(s.slice(0, 10), 'en-GB')}, ${s.slice(11, 16)} UTC</time>`;
}

export interface Page {
  title: string;
  /** The nav entry to mark as the current page. */
  current?: string;
  user?: string;
  csrf?: string;
  body: Safe;
}

const NAV: [string, string][] = [
  ['/inbox', 'Concerns'],
  ['/inbox/records?kind=agreement', 'Agreements'],
  ['/inbox/records?kind=quiz', 'Quiz results'],
  ['/inbox/signed', 'Who has signed'],
  ['/inbox/audit', 'Audit trail'],
];

export function page(p: Page): string {
  return h`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} – esafety inbox</title>
<link rel="stylesheet" href="/inbox/style.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header>
<p class="site">esafety inbox</p>
${
  p.user
    ? h`<nav aria-label="Inbox"><ul>${NAV.map(([href, label]) => h`<li><a href="${href}"${p.current === label ? h` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<form method="post" action="/logout" class="signout"><input type="hidden" name="csrf" value="${p.csrf}"><span>Signed in as ${p.user}</span> <button type="submit">Sign out</button></form>`
    : ''
}
</header>
<main id="main" tabindex="-1">
${p.body}
</main>
</body>
</html>
`.html;
}

/** The stylesheet, served from /inbox/style.css (the pages' CSP allows no inline style or script). */
export const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; padding: 0.75rem; max-width: 70rem; }
a { color: LinkText; }
:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; border-bottom: 1px solid GrayText; padding-bottom: 0.5rem; }
.site { font-weight: 700; margin: 0; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
nav a[aria-current] { font-weight: 700; }
.signout { margin-left: auto; }
button, input, select { font: inherit; }
button { padding: 0.3rem 0.8rem; border: 2px solid ButtonText; border-radius: 0.3rem; background: ButtonFace; color: ButtonText; cursor: pointer; }
input, select { padding: 0.25rem; border: 1px solid ButtonText; border-radius: 0.2rem; max-width: 100%; }
label { display: block; font-weight: 600; }
.field { margin: 0.5rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
article { border: 1px solid GrayText; border-radius: 0.4rem; padding: 0 0.75rem 0.5rem; margin: 0.75rem 0; overflow-wrap: anywhere; }
article.unread { border-width: 3px; }
.badge { display: inline-block; border: 2px solid currentColor; border-radius: 0.3rem; padding: 0 0.35rem; font-size: 0.85em; font-weight: 700; margin-left: 0.4rem; }
dl.copy { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.copy dt { font-weight: 600; }
dl.copy dd { margin: 0; white-space: pre-wrap; min-width: 0; overflow-wrap: anywhere; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid GrayText; padding: 0.3rem 0.5rem; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.error { border-left: 4px solid currentColor; padding-left: 0.5rem; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
@media (max-width: 30rem) { dl.copy { grid-template-columns: 1fr; } dl.copy dt { margin-top: 0.4rem; } }
@media print { header, form, .noprint { display: none; } a { color: inherit; text-decoration: none; } article { break-inside: avoid; } }
`;
