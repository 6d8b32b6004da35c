import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { builderOnlyIds, LIST, withoutIds } from '../../build/builder-strings.mjs';

// The library's Welsh chunk leaves out the strings only the builder page uses (build/builder-strings.mjs).

const LOCALE = 'src/i18n/generated/locales/cy.ts';
const idsIn = (code: string) => [...code.matchAll(/\b([sh][0-9a-f]{16})\b/g)].map((m) => m[1]!);
const listed: string[] = JSON.parse(readFileSync(LIST, 'utf8'));

test('the list of the builder’s own strings is up to date, and names only builder strings', async () => {
  assert.deepEqual(listed, await builderOnlyIds(), `${LIST} is stale: run npm run localize`);
  assert.ok(listed.length >= 40, `${listed.length} strings`);
  // Each is one of the translated strings, and its English is written in src/builder/ alone.
  const xlf = readFileSync('xliff/cy.xlf', 'utf8');
  const english = (id: string) => new RegExp(`<trans-unit id="${id}">\\s*<source>([\\s\\S]*?)</source>`).exec(xlf)?.[1];
  for (const id of listed) assert.ok(english(id), `${id} is in xliff/cy.xlf`);
  const sample = english(listed[0]!)!.replace(/<[^>]+>/g, '').slice(0, 20);
  const src = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? src(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : []));
  const using = src('src').filter((f) => !f.includes('/generated/') && readFileSync(f, 'utf8').includes(sample));
  assert.ok(using.length && using.every((f) => f.startsWith('src/builder/')), `"${sample}" is used in: ${using.join(', ')}`);
});

test('the locale module without them keeps every other entry, line for line', () => {
  const code = readFileSync(LOCALE, 'utf8');
  const out = withoutIds(code, listed);
  const [before, after] = [idsIn(code), idsIn(out)];
  assert.deepEqual(after, before.filter((id) => !listed.includes(id)));
  assert.equal(before.length - after.length, listed.length);
  assert.match(out, /export const templates = \{[\s\S]*\};/);
});

test('dist/: the Welsh chunk of the library has every string but the builder’s own; the builder’s has all', () => {
  assert.ok(existsSync('dist/chunks'), 'dist/ is missing: run npm run build first');
  const all = idsIn(readFileSync(LOCALE, 'utf8'));
  const chunk = (dir: string) => {
    const f = readdirSync(dir).filter((n) => /^cy-[\w-]+\.js$/.test(n));
    assert.equal(f.length, 1, `${dir}: ${f.join(', ')}`);
    return new Set(idsIn(readFileSync(`${dir}/${f[0]}`, 'utf8')));
  };
  for (const dir of ['dist/chunks', 'dist/npm/chunks']) {
    const ids = chunk(dir);
    assert.deepEqual(all.filter((id) => !ids.has(id)).sort(), [...listed].sort(), `${dir}: left out exactly the builder's own`);
  }
  const builder = chunk('dist/builder-chunks');
  assert.deepEqual(all.filter((id) => !builder.has(id)), [], 'the builder keeps them all');
});
