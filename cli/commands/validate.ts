import { policyHealth } from '../../src/bundle/health.js';
import type { Bundle, BundleIssue } from '../../src/bundle/types.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { today } from '../../src/text/dates.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { FileError, oneFile, parseArgs, readInput } from '../files.js';
import { locate, parseLocated } from '../validate/locate.js';

export interface Finding {
  path: string;
  line: number;
  column: number;
  message: string;
}

export interface Report {
  file: string;
  ok: boolean;
  errors: Finding[];
  warnings: Finding[];
}

/** Check a bundle's text: the browser's validation plus the policy-health warnings. */
export function checkText(file: string, text: string, todayIso = today()): Report {
  let doc;
  try {
    doc = parseLocated(text);
  } catch (e) {
    const m = /^line (\d+), column (\d+): (.*)$/s.exec((e as Error).message);
    const [line, column, message] = m ? [Number(m[1]), Number(m[2]), m[3]] : [1, 1, (e as Error).message];
    return { file, ok: false, errors: [{ path: '(the bundle)', line, column, message }], warnings: [] };
  }
  const at = (i: BundleIssue): Finding => ({ path: i.path, ...locate(doc, i.path), message: i.message });
  const result = validateBundle(doc.value);
  // The health checks read the file's own bundle, not the built-in defaults merged into it.
  const health = result.ok ? policyHealth(doc.value as Bundle, todayIso) : [];
  return {
    file,
    ok: result.ok,
    errors: result.ok ? [] : result.issues.map(at),
    warnings: [...result.warnings, ...health].map(at),
  };
}

function print(r: Report): string {
  const lines = [
    `${r.file}: ${r.ok ? 'valid' : 'NOT valid'} — ${count(r.errors.length, 'error')}, ${count(r.warnings.length, 'warning')}`,
  ];
  for (const [kind, list] of [['error', r.errors], ['warning', r.warnings]] as const)
    for (const f of list) lines.push(`  ${kind.padEnd(7)} ${r.file}:${f.line}:${f.column}  ${f.path}: ${f.message}`);
  return lines.join('\n');
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const validate: Command = {
  name: 'validate',
  summary: 'Check a policy bundle (policy.json) as the browser does, plus policy-health warnings',
  help: `Usage: esafety-elements validate FILE [--json] [--today YYYY-MM-DD]

Checks a policy bundle with the same rules the elements use in the browser, and
names each problem by its place in the bundle (policy.sections[3].title) and in
the file (line:column). Also warns about the policy's health: a review date that
has passed, no designated safeguarding lead, empty sections, plain http: links,
"see 4.2" pointing at a number the policy does not have, agreements missing for
pupils, staff or parents, and no endpoint for the forms.

Options:
  --json               print the result as JSON (file, ok, errors, warnings; each
                       with path, line, column, message) for scripts
  --today YYYY-MM-DD   check review dates as if today were this date
  -h, --help           show this help

Exit codes: 0 valid (warnings may be printed), 1 errors found or the file could
not be read, 2 a mistake on the command line.`,
  async run(args, io) {
    const { flags, values, rest } = parseArgs(args, { flags: ['--json'], values: ['--today'] });
    const file = oneFile(rest);
    const day = values.get('--today');
    if (day !== undefined && !/^\d{4}-\d\d-\d\d$/.test(day)) throw new UsageError(`--today needs a date written YYYY-MM-DD, not "${day}"`);
    let report: Report;
    try {
      report = checkText(file, (await readInput(file)).toString('utf8'), day);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      report = { file, ok: false, errors: [{ path: '(the file)', line: 0, column: 0, message: e.message }], warnings: [] };
      if (!flags.has('--json')) {
        io.err(`esafety-elements validate: ${e.message}`);
        return EXIT.problems;
      }
    }
    if (flags.has('--json')) io.out(JSON.stringify(report, null, 2));
    else (report.ok ? io.out : io.err)(print(report));
    return report.ok ? EXIT.ok : EXIT.problems;
  },
};
