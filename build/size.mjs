// Size check (`npm run size`): raw and gzip size of every build output against build/size-budgets.json.
// Budgets are gzip KiB per file, keyed by path pattern ('*' matches within one path segment);
// the first matching pattern wins. A file with no budget fails, so nothing ships unbudgeted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAIN = 'dist/esafety-elements.js';
const SCHEMA = 'dist/policy-bundle.schema.json';

if (!existsSync(join(root, MAIN))) {
  console.error(`${MAIN} does not exist — run \`npm run build\` first.`);
  process.exit(1);
}

const budgets = Object.entries(JSON.parse(readFileSync(join(root, 'build/size-budgets.json'), 'utf8')));
const toRegExp = (glob) =>
  new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
const matchers = budgets.map(([glob, kib]) => [toRegExp(glob), kib]);
const budgetFor = (file) => matchers.find(([re]) => re.test(file))?.[1];

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const files = walk(join(root, 'dist'))
  .map((f) => relative(root, f).split(sep).join('/'))
  // dist/cli/ is the Node command line: it never reaches a school website's visitors.
  .filter((f) => (f.endsWith('.js') && !f.startsWith('dist/cli/')) || f === SCHEMA)
  .sort();

const kib = (n) => (n / 1024).toFixed(2);
let failed = 0;
const rows = files.map((file) => {
  const data = readFileSync(join(root, file));
  const gz = gzipSync(data, { level: 9 }).length;
  const budget = budgetFor(file);
  const ok = budget !== undefined && gz <= budget * 1024;
  if (!ok) failed++;
  return [file, kib(data.length), kib(gz), budget === undefined ? '—' : String(budget), ok ? 'OK' : budget === undefined ? 'NO BUDGET' : 'OVER'];
});

const head = ['file', 'raw KiB', 'gzip KiB', 'budget KiB', 'status'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));

if (failed) {
  console.error(`\n${failed} file(s) over budget or without a budget (budgets are gzip KiB, in build/size-budgets.json).`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} files within budget.`);
