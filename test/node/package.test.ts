import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath } from '../../build/find-chromium.mjs';

/**
 * The package as npm users get it: `npm pack`, unpacked into a fresh project's node_modules
 * beside its dependencies (and only those: not this project's devDependencies, nor its src/),
 * then used the way its README says. The type test (test/types/public-api.ts) compiles against
 * that installed package, not the source, so a declaration left out of the tarball, an `exports`
 * path that points nowhere or a type from a devDependency fails here.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  [field: string]: unknown;
};

let app: string;
let installed: string;
let packed: { path: string; mode: number }[];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/types/index.d.ts')), 'dist/ is not built: run npm run build first');
  app = mkdtempSync(join(tmpdir(), 'esafety-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', app], { cwd: root, maxBuffer: 64 << 20 });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string; mode: number }[] }[];
  packed = info.files;
  mkdirSync(join(app, 'node_modules'));
  await run('tar', ['xzf', join(app, info.filename), '-C', join(app, 'node_modules')]);
  installed = join(app, 'node_modules/esafety-elements');
  renameSync(join(app, 'node_modules/package'), installed);
  // What `npm install esafety-elements` would put beside it: its dependencies (theirs resolve
  // from where they really are). An optional one this machine lacks is left out, as npm would.
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    const from = join(root, 'node_modules', name);
    if (!existsSync(from) && name in (pkg.optionalDependencies ?? {})) continue;
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(from, join(app, 'node_modules', name), 'dir');
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-school-app', private: true, type: 'module' }));
});

after(() => rmSync(app, { recursive: true, force: true }));

/** The package a bare import specifier names: `@lit/localize/init/runtime.js` → `@lit/localize`. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Every path package.json names for users: entries, types, the command, the CDN file, the manifest. */
function namedPaths(): string[] {
  const values = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(values) : []);
  return [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...values(pkg.exports), ...values(pkg.bin)]
    .flatMap(values)
    .map((p) => p.replace(/^\.\//, ''));
}

test('the package holds every file its package.json names, the licence and the README', () => {
  const files = new Set(packed.map((f) => f.path));
  const missing = [...new Set([...namedPaths(), 'LICENSE', 'README.md'])].filter((p) => !files.has(p));
  assert.deepEqual(missing, [], 'named in package.json (or required) but not in the tarball');
});

test('the package holds the built library only: no sources, tests, build scripts or plugin zip', () => {
  const stray = packed.map((f) => f.path).filter((p) => !/^(dist\/(?!wordpress\/)|custom-elements\.json$|package\.json$|README\.md$|LICENSE$)/.test(p));
  assert.deepEqual(stray, []);
  assert.ok(packed.some((f) => f.path.startsWith('dist/chunks/')), 'the CDN script needs its chunks beside it');
});

test('the type declarations name no package an app does not get with this one', () => {
  const deps = new Set(Object.keys(pkg.dependencies));
  const strays = packed
    .filter((f) => f.path.endsWith('.d.ts'))
    .flatMap((f) =>
      [...readFileSync(join(installed, f.path), 'utf8').matchAll(/(?:import\(|from )["']([^"'.][^"']*)["']/g)]
        .map((m) => packageOf(m[1]))
        .filter((name) => !deps.has(name))
        .map((name) => `${f.path}: ${name}`),
    );
  assert.deepEqual([...new Set(strays)], [], 'declarations that import a package which is not in "dependencies"');
});

test('the built code imports no package it does not depend on (Node’s own only in the command line)', () => {
  const deps = new Set(Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }));
  const found = packed
    .filter((f) => f.path.endsWith('.js'))
    .flatMap((f) =>
      [...readFileSync(join(installed, f.path), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)["']((?:@[\w.-]+\/)?[\w:-][\w.:-]*(?:\/[\w.-]+)*)["']/g)].map((m) => ({ file: f.path, spec: m[1] })),
    );
  // (What the npm entries import, so that an empty list below means the search works.)
  assert.ok(['lit', 'zod/mini'].every((spec) => found.some((i) => i.file.startsWith('dist/npm/') && i.spec === spec)));
  const strays = found.filter(({ file, spec }) => !(spec.startsWith('node:') && file.startsWith('dist/cli/')) && !deps.has(packageOf(spec)));
  assert.deepEqual([...new Set(strays.map(({ file, spec }) => `${file}: ${spec}`))], []);
});

test('the command line runs from the installed package: `npx esafety-elements --help`', async () => {
  const bin = join(installed, pkg.bin['esafety-elements']);
  assert.match(readFileSync(bin, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
  assert.ok(packed.find((f) => f.path === pkg.bin['esafety-elements'])!.mode & 0o111, 'the command is not executable in the tarball');
  const { stdout } = await run(process.execPath, [bin, '--help'], { cwd: app });
  assert.match(stdout, /^Usage: esafety-elements <command>/);
  assert.match(stdout, /receive/);
});

test('Node users: esafety-elements/bundle.js checks a bundle and names the mistake (and the package.json is theirs to read)', async () => {
  const script = `
    import { validateBundle } from 'esafety-elements/bundle.js';
    import meta from 'esafety-elements/package.json' with { type: 'json' };
    if (meta.name !== 'esafety-elements') throw new Error('package.json: ' + meta.name);
    const good = validateBundle({ school: { name: 'Larkspur Lane Primary School' } });
    const bad = validateBundle({ school: { name: 'Larkspur Lane Primary School' }, submit: { format: 'xml' } });
    console.log(JSON.stringify({ good: good.ok, bad: bad.ok ? [] : bad.issues.map((i) => i.path) }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
  assert.deepEqual(JSON.parse(stdout), { good: true, bad: ['submit.format'] });
});

for (const resolution of ['bundler', 'node16'] as const) {
  test(`TypeScript users (moduleResolution ${resolution}): the type test compiles against the installed package`, async () => {
    const dir = join(app, resolution);
    mkdirSync(dir);
    // The type test, importing the package by name rather than the source.
    const typeTest = readFileSync(join(root, 'test/types/public-api.ts'), 'utf8');
    assert.match(typeTest, /from '\.\.\/\.\.\/src\/index\.js'/);
    writeFileSync(join(dir, 'public-api.ts'), typeTest.replace("'../../src/index.js'", "'esafety-elements'"));
    // One element's entry and the bundle tools, as the README shows them.
    writeFileSync(
      join(dir, 'subpaths.ts'),
      `import { AupForm } from 'esafety-elements/aup-form.js';
import { validateBundle, type BundleInput } from 'esafety-elements/bundle.js';
const form: AupForm = document.createElement('aup-form');
const input: BundleInput = { school: { name: 'Larkspur Lane Primary School' } };
const result = validateBundle(input);
if (result.ok) form.bundle = input;
form.age = 'ks1';
// @ts-expect-error the form's own entry types its attributes too
form.age = 'year 3';
// @ts-expect-error and the bundle's shape
form.bundle = { school: { name: 7 } };
// … and declares the form's events with their detail.
form.addEventListener('esafety-submitted', (e) => e.detail.status.toFixed());
// @ts-expect-error a sent envelope has no error
form.addEventListener('esafety-submitted', (e) => e.detail.error);
`,
    );
    const module = resolution === 'bundler' ? 'esnext' : 'node16';
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'es2022', module, moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2022', 'dom', 'dom.iterable'] },
        include: ['*.ts'],
      }),
    );
    const tsc = join(root, 'node_modules/.bin/tsc');
    const out = await run(tsc, ['-p', dir], { cwd: dir }).then(
      () => '',
      (e: { stdout: string }) => e.stdout,
    );
    assert.equal(out, '');
  });
}

test('an app built for production with Vite, from the installed package, shows the form and the quiz', async () => {
  const site = join(app, 'site');
  mkdirSync(site);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en-GB"><title>Larkspur Lane</title><link rel="icon" href="data:,"><body>
<aup-form audience="parent" endpoint="/api/submissions"></aup-form>
<esafety-quiz age="ks1"></esafety-quiz>
<script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(join(site, 'main.js'), `import 'esafety-elements/aup-form.js';\nimport 'esafety-elements/esafety-quiz.js';\n`);
  const out = join(site, 'out');
  await build({ root: site, configFile: false, logLevel: 'silent', build: { outDir: out } });
  const server = createServer((req, res) => {
    const file = join(out, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    const form = page.locator('aup-form [part="statement"]');
    await form.first().waitFor({ timeout: 10000 });
    assert.ok((await form.count()) >= 2);
    await page.locator('esafety-quiz [part="start"]').waitFor({ timeout: 10000 });
    assert.match(await page.evaluate(() => document.querySelector('esafety-quiz')?.shadowRoot?.textContent ?? ''), /ZIP IT/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
