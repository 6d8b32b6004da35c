// The builder page's own UI strings (src/builder/), which no school page shows: lit-localize
// writes every translated string into one locale module (src/i18n/generated/locales/cy.ts), so
// the CDN's Welsh chunk carried the builder's too (about 1.9 KiB gzip of its 6.7). This finds
// the ids of the strings that only src/builder/ uses, with lit-localize's own analysis (so the ids
// are the ones it writes), and keeps them in src/i18n/generated/builder-only.json, which
// `npm run localize` rewrites and CI checks is up to date. The library builds (CDN and npm)
// leave those out of the locale module (`withoutBuilderStrings`); the builder's build keeps all.
//
//   node build/builder-strings.mjs           write the list
//   node build/builder-strings.mjs --check   fail if it is not up to date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LIST = 'src/i18n/generated/builder-only.json';
const LOCALE_MODULE = /[\\/]src[\\/]i18n[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/;

/** The ids of the strings used in src/builder/ and nowhere else in src/, sorted. */
export async function builderOnlyIds() {
  // lit-localize's TypeScript (5.x: the project's own is 7.x, which has no JS API).
  const require = createRequire(import.meta.resolve('@lit/localize-tools/package.json'));
  const ts = require('typescript');
  const { extractMessagesFromProgram } = await import('@lit/localize-tools/lib/program-analysis.js');
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  /** The file's path in src/ ("builder/edit.ts", "cdn.ts"), or undefined for one outside it. */
  const inSrc = (f) => {
    const path = relative(process.cwd(), f);
    return path.startsWith(`src${sep}`) ? path.slice(4) : undefined;
  };
  const program = ts.createProgram(config.fileNames.filter(inSrc), config.options);
  const builder = new Set();
  const elsewhere = new Set();
  for (const file of program.getSourceFiles()) {
    const path = inSrc(file.fileName);
    if (path === undefined) continue;
    const dir = path.split(/[\\/]/)[0];
    // One file at a time, so each message is known by where it is used (the whole program's
    // extraction keeps one file for a message used in several).
    const { messages, errors } = extractMessagesFromProgram(Object.assign(Object.create(program), { getSourceFiles: () => [file] }));
    if (errors.length) throw new Error(`${file.fileName}: lit-localize could not read a message`);
    for (const m of messages) (dir === 'builder' ? builder : elsewhere).add(m.name);
  }
  return [...builder].filter((id) => !elsewhere.has(id)).sort();
}

/** The locale module's text without the entries of these ids (one entry per line, as lit-localize writes them). */
export function withoutIds(code, ids) {
  const drop = new Set(ids);
  return code
    .split('\n')
    .filter((line) => !drop.has(/^\s*'([\w]+)':/.exec(line)?.[1]))
    .join('\n');
}

/** Vite plugin for the library builds: their locale modules without the builder's own strings. */
export const withoutBuilderStrings = () => ({
  name: 'esafety-without-builder-strings',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!LOCALE_MODULE.test(id)) return null;
    if (!existsSync(LIST)) this.error(`${LIST} is missing: run \`npm run localize\``);
    return { code: withoutIds(code, JSON.parse(readFileSync(LIST, 'utf8'))), map: null };
  },
});

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = `${JSON.stringify(await builderOnlyIds(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (!existsSync(LIST) || readFileSync(LIST, 'utf8') !== text) {
      console.error(`${LIST} is not up to date: run \`npm run localize\` and commit it`);
      process.exit(1);
    }
    console.log(`${LIST} is up to date.`);
  } else {
    writeFileSync(LIST, text);
    console.log(`Wrote ${LIST}: ${JSON.parse(text).length} strings only the builder uses.`);
  }
}
