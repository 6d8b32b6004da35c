import { writeFile } from 'node:fs/promises';
import { pick } from '../../src/text/local.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { FileError, oneFile, parseArgs, readInput } from '../files.js';
import { staticPage, staticPolicy, useLanguage } from '../render/policy-html.js';
import { scopeCss } from '../render/scope-css.js';
import { checkText } from './validate.js';

export const renderCommand: Command = {
  name: 'render',
  summary: 'Write the policy as static HTML (no script needed; printable; fallback for <esafety-policy>)',
  help: `Usage: esafety-elements render FILE [-o policy.html] [--fragment] [--lang cy] [--heading-level 2]

Renders the policy in a bundle (policy.json) as static HTML that looks like
<esafety-policy> — the element's own templates and styles, rendered on this
machine — and needs no script: for printing, for an archive, and as the content
of <esafety-policy> that readers without JavaScript and search engines see.

Options:
  -o, --out FILE        write to FILE (default: print to stdout)
  --fragment            only the policy (a <div> with its styles), to paste inside
                        <esafety-policy src="policy.json"> … </esafety-policy>
  --lang LANG           the language to show (default: the bundle's defaultLocale)
  --heading-level N     level of the policy title's heading, 1–5 (default 1 for a
                        page, 2 for a fragment)
  --force               overwrite FILE if it exists
  -h, --help            show this help

Exit codes: 0 written, 1 the bundle has errors (they are listed) or a file could
not be read or written, 2 a mistake on the command line.`,
  async run(args, io) {
    const { flags, values, rest } = parseArgs(args, { flags: ['--fragment', '--force'], values: ['-o', '--out', '--lang', '--heading-level'] });
    const file = oneFile(rest);
    const out = values.get('-o') ?? values.get('--out');
    const fragment = flags.has('--fragment');
    const level = Number(values.get('--heading-level') ?? (fragment ? 2 : 1));
    if (!Number.isInteger(level) || level < 1 || level > 5) throw new UsageError('--heading-level must be a whole number from 1 to 5');
    try {
      const text = (await readInput(file)).toString('utf8');
      const report = checkText(file, text);
      if (!report.ok) {
        io.err(`esafety-elements render: ${file} cannot be rendered — fix these first:`);
        for (const e of report.errors) io.err(`  ${file}:${e.line}:${e.column}  ${e.path}: ${e.message}`);
        return EXIT.problems;
      }
      const result = validateBundle(JSON.parse(text));
      if (!result.ok) return EXIT.problems;
      const bundle = result.bundle;
      if (!bundle.policy) {
        io.err(`esafety-elements render: ${file} has no "policy" to render`);
        return EXIT.problems;
      }
      const lang = values.get('--lang') ?? bundle.defaultLocale ?? 'en-GB';
      await useLanguage(lang);
      const body = staticPolicy(bundle, lang, level, scopeCss);
      const school = pick(bundle.school?.name, lang);
      const title = `${pick(bundle.policy.title, lang)}${school ? ` — ${school}` : ''}`;
      const html = fragment ? `${body}\n` : staticPage(body, title, lang);
      if (out) {
        await writeFile(out, html, { flag: flags.has('--force') ? 'w' : 'wx' }).catch((e: NodeJS.ErrnoException) => {
          throw new FileError(e.code === 'EEXIST' ? `"${out}" already exists — choose another name, or add --force to overwrite it` : `cannot write "${out}": ${e.message}`);
        });
        io.err(`Wrote ${out} (${Math.round(html.length / 1024)} KB${fragment ? ', a fragment for inside <esafety-policy>' : ''})`);
      } else io.out(html.trimEnd());
      return EXIT.ok;
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      io.err(`esafety-elements render: ${e.message}`);
      return EXIT.problems;
    }
  },
};
