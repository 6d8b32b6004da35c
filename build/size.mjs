// Size check (`npm run size`), gzip KiB against build/size-budgets.json:
//   pages  what a page of each kind loads, following the import graph of the built files from
//          dist/esafety-elements.js: the base (the script itself and its static imports), a page
//          with one element (base + that element's chunk and everything it imports, plus the
//          built-in lists it always fetches), and a page with all five. Welsh strings are left
//          out (an English page never loads them) and listed on their own.
//          Beside each: how many files it fetches before its first render (the page itself not
//          counted), against `firstRenderFiles` in the budgets: each file is a request, and on a
//          school's HTTP/1.1 shared hosting (or a busy machine) each costs more than its bytes.
//          A change that splits the chunks again fails here.
//   files  every build output against a budget keyed by path pattern ('*' matches within one
//          path segment; the first matching pattern wins). A browser file with no budget fails,
//          so nothing ships unbudgeted. dist/cli/ is Node-only and not counted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUILT_IN_LISTS } from './element-lists.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAIN = 'dist/esafety-elements.js';
const SCHEMA = 'dist/policy-bundle.schema.json';
const ELEMENTS = ['esafety-policy', 'aup-form', 'esafety-quiz', 'report-concern', 'parent-guidance'];
/**
 * Chunks an element fetches on every page it is on (by name): the built-in lists it shows, and
 * what it loads once the page is idle (IDLE). The check of the bundle's other parts, which runs
 * then (bundle/other-parts.ts), is in the core chunk: as a chunk of its own it cost every page
 * 0.2 KiB gzip, most of it the file's own overhead (issue 14). Not counted: the outbox (the submit chunk), which a page without a form loads once idle only
 * in a browser where this site ever kept an outbox, to send what an earlier page left (submit/resume.ts),
 * the words for a mistake in a bundle (zod-issues), loaded only when there is one (bundle/explain.ts),
 * and the sending of a quiz's result (the sender chunk, with its own copy of the forms' sending), which a
 * quiz loads only when the bundle or its endpoint attribute asks for its results.
 */
const IDLE = [];
// A list's English: for the quiz, whose questions load by its `age`, the largest of them.
const ALWAYS = Object.fromEntries(Object.entries(BUILT_IN_LISTS).map(([tag, lists]) => [tag, lists.map((l) => l.english).filter(Boolean)]));

if (!existsSync(join(root, MAIN))) {
  console.error(`${MAIN} does not exist — run \`npm run build\` first.`);
  process.exit(1);
}

const budgets = JSON.parse(readFileSync(join(root, 'build/size-budgets.json'), 'utf8'));
const toRegExp = (glob) =>
  new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
const matchers = Object.entries(budgets.files).map(([glob, kib]) => [toRegExp(glob), kib]);
const budgetFor = (file) => matchers.find(([re]) => re.test(file))?.[1];

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const files = walk(join(root, 'dist'))
  .map((f) => relative(root, f).split(sep).join('/'))
  // dist/cli/ is the Node command line: it never reaches a school website's visitors.
  .filter((f) => (f.endsWith('.js') && !f.startsWith('dist/cli/')) || f === SCHEMA)
  .sort();

const gz = new Map(files.map((f) => [f, gzipSync(readFileSync(join(root, f)), { level: 9 }).length]));
const kib = (n) => (n / 1024).toFixed(2);
const table = (head, rows, left = [0]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (left.includes(i) || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
};

// The import graph of the CDN build: static imports load with a file, import() on demand.
const imports = (file) => {
  const code = readFileSync(join(root, file), 'utf8');
  const at = (spec) => posix.normalize(posix.join(dirname(file), spec));
  const dynamic = [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => at(m[1]));
  const all = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.[^"']+)["']/g)].map((m) => at(m[1]));
  return { static: all.filter((f) => !dynamic.includes(f)), dynamic };
};
const closure = (start) => {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    imports(f).static.forEach(visit);
  };
  start.forEach(visit);
  return seen;
};
const dynamicTargets = new Set();
for (const f of files.filter((f) => f.startsWith('dist/chunks/') || f === MAIN)) imports(f).dynamic.forEach((d) => dynamicTargets.add(d));
const named = (name) => [...dynamicTargets].find((f) => new RegExp(`/${name.replaceAll(".", "\\.")}-[\\w-]+\\.js$`).test(f));

let failed = 0;
const base = closure([MAIN]);
/** `byVariant` false: without the lists an element loads only for some values of an attribute (a variant that has none). */
const elementFiles = (tag, idle = true, byVariant = true) => {
  const chunk = named(tag);
  if (!chunk) throw new Error(`no chunk for <${tag}> among the import()s of ${MAIN}`);
  const largest = (names) => names.map((n) => named(n)).filter(Boolean).sort((a, b) => gz.get(b) - gz.get(a))[0];
  const file = (n) => (typeof n === 'string' ? named(n) : largest(Object.values(n))) ?? chunk;
  return [chunk, ...[...(ALWAYS[tag] ?? []).filter((n) => byVariant || typeof n === 'string'), ...(idle ? IDLE : [])].map(file)];
};
/**
 * Each page kind above is the heaviest of its kind: an element's list by attribute counts at its
 * largest. These are the same pages with an attribute value that loads none: an agreement for
 * older pupils or adults (ks2 to ks4, staff, parents …), without young pupils' symbols and "Read aloud".
 */
const LIGHTER = { 'aup-form': 'older pupils, adults' };
// [name, budget kind, files in all, files to first render, key in budgets.firstRenderFiles]
const pageKinds = [
  ['base (the script alone)', 'base', base, base, 'base'],
  ...ELEMENTS.flatMap((tag) => [
    [`page with <${tag}>`, 'one', closure([MAIN, ...elementFiles(tag)]), closure([MAIN, ...elementFiles(tag, false)]), tag],
    ...(LIGHTER[tag] ? [[`  … for ${LIGHTER[tag]}`, 'one', closure([MAIN, ...elementFiles(tag, true, false)]), closure([MAIN, ...elementFiles(tag, false, false)]), tag]] : []),
  ]),
  ['page with all five', 'all', closure([MAIN, ...ELEMENTS.flatMap((t) => elementFiles(t))]), closure([MAIN, ...ELEMENTS.flatMap((t) => elementFiles(t, false))]), 'all'],
];
const sum = (set) => [...set].reduce((n, f) => n + gz.get(f), 0);
const pageRows = pageKinds.map(([name, kind, set, first, key]) => {
  const total = sum(set);
  const { budget, target } = budgets.pages[kind];
  const maxFirst = budgets.firstRenderFiles[key];
  const ok = total <= budget * 1024 && maxFirst !== undefined && first.size <= maxFirst;
  if (!ok) failed++;
  const met = total <= target * 1024;
  const status = maxFirst === undefined ? 'NO FILE BUDGET' : first.size > maxFirst ? 'TOO MANY FILES' : total > budget * 1024 ? 'OVER' : 'OK';
  return [name, `${first.size}/${maxFirst ?? '—'}`, String(set.size), kib(sum(first)), kib(total), String(budget), String(target), met ? 'target met' : `${kib(total - target * 1024)} over target`, status];
});
console.log('Script a page loads, by kind (English; Welsh pages add the cy chunk), gzip KiB: to its first');
console.log('render, and in all (with what it loads once the page is idle).');
console.log('Files: fetched before the first render (against its budget), and in all. The budgets fail the');
console.log('check; the target (issue 14) is where the page kinds are headed.\n');
console.log(table(['page', 'files to render', 'files in all', 'KiB to render', 'in all', 'budget', 'target', 'in all against target', 'status'], pageRows, [0, 7]));
// `npm run size -- --files`: the files of each page kind, largest first.
if (process.argv.includes('--files'))
  for (const [name, , set, first] of pageKinds)
    console.log(`\n${name} (* once the page is idle, after its first render):\n${[...set].sort((a, b) => gz.get(b) - gz.get(a)).map((f) => `  ${kib(gz.get(f)).padStart(6)}${first.has(f) ? ' ' : '*'} ${f}`).join('\n')}`);
const cy = named('cy');
if (cy) console.log(`\nWelsh strings (cy), on Welsh pages only: +${kib(gz.get(cy))} KiB`);
// An element in Welsh also fetches its built-in defaults with their Welsh (its chunk has their English).
const welshDefaults = ELEMENTS.map((tag) => [tag, named(`${tag}.welsh`)]).filter(([, f]) => f);
if (welshDefaults.length)
  console.log(`Each element's built-in defaults with their Welsh, on Welsh pages only: ${welshDefaults.map(([tag, f]) => `<${tag}> +${kib(gz.get(f))}`).join(', ')} KiB`);
// The guidance index loads its built-in topics' cards; their advice follows when a parent opens one or searches.
const [advice, adviceCy] = ['guidance-topics.en', 'guidance-topics'].map(named);
if (advice && adviceCy)
  console.log(`The guidance topics' advice, once a parent opens a topic or searches: +${kib(gz.get(advice))} KiB (Welsh pages: +${kib(gz.get(adviceCy))})`);

const rows = files.map((file) => {
  const budget = budgetFor(file);
  const ok = budget !== undefined && gz.get(file) <= budget * 1024;
  if (!ok) failed++;
  const raw = readFileSync(join(root, file)).length;
  return [file, kib(raw), kib(gz.get(file)), budget === undefined ? '—' : String(budget), ok ? 'OK' : budget === undefined ? 'NO BUDGET' : 'OVER'];
});
console.log(`\nEvery file\n\n${table(['file', 'raw KiB', 'gzip KiB', 'budget KiB', 'status'], rows)}`);

if (failed) {
  console.error(`\n${failed} page kind(s) or file(s) over budget or without a budget (gzip KiB, or files to first render, in build/size-budgets.json).`);
  process.exit(1);
}
console.log(`\nAll ${pageRows.length} page kinds and ${rows.length} files within budget.`);
