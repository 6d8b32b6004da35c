// The <aup-form> part of `npm run bench`: a 30-statement agreement, from script start to the
// form in the DOM, beside a plain Lit element rendering 30 labelled checkboxes in the same run;
// and the JS heap after render against an empty page. Used by build/bench.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-html.mjs';

export const FORM_TARGET = { ratio: 1.5, heapMiB: 0.6 };
const STATEMENTS = 30;

const agreement = {
  submit: { endpoint: 'https://forms.school.example/esafety' },
  agreements: [
    {
      id: 'staff',
      audience: 'staff',
      title: 'Staff acceptable use agreement',
      statements: Array.from({ length: STATEMENTS }, (_, i) => ({
        id: `s${i + 1}`,
        text: `I will use school devices and accounts for school work, statement number ${i + 1}, and **report** anything that worries me.`,
      })),
      signatures: [{ id: 'me', signer: 'adult', fields: [{ id: 'name', kind: 'name', required: true }, { id: 'role', kind: 'role', required: true }] }],
    },
  ],
};

// Each page notes the time before any script runs; the module reports when the form is there.
const page = (script) =>
  `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><script>window.t0 = performance.now()</script><main id="host"></main>${script ? `<script type="module" src="${script}"></script>` : ''}</html>`;

export async function prepareFormBench(out, tsconfig) {
  writeFileSync(
    join(out, 'aup-entry.js'),
    `import '../src/aup-form/index.js';
const bundle = ${JSON.stringify(agreement)};
const el = document.createElement('aup-form');
el.setAttribute('audience', 'staff');
el.bundle = bundle;
document.getElementById('host').append(el);
const count = () => el.shadowRoot?.querySelectorAll('input[type=checkbox]').length ?? 0;
while (count() < ${STATEMENTS}) { await el.updateComplete; if (count() < ${STATEMENTS}) await new Promise((r) => setTimeout(r)); }
window.done = performance.now() - window.t0;
`,
  );
  writeFileSync(
    join(out, 'plain-entry.js'),
    `import { LitElement, html } from 'lit';
class PlainForm extends LitElement {
  render() {
    return html\`<form><fieldset><legend>Staff acceptable use agreement</legend>
      \${Array.from({ length: ${STATEMENTS} }, (_, i) => html\`<div><input type="checkbox" id="s\${i}"><label for="s\${i}">I will use school devices and accounts for school work, statement number \${i + 1}.</label></div>\`)}
    </fieldset><button>Send</button></form>\`;
  }
}
customElements.define('plain-form', PlainForm);
const el = document.createElement('plain-form');
document.getElementById('host').append(el);
await el.updateComplete;
window.done = performance.now() - window.t0;
`,
  );
  for (const name of ['aup', 'plain'])
    await build({
      entryPoints: [join(out, `${name}-entry.js`)],
      outfile: join(out, `${name}.js`),
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      conditions: ['production'],
      tsconfig,
      logLevel: 'error',
      ...(name === 'aup' && { plugins: [minifyTemplatesEsbuild()] }),
    });
  writeFileSync(join(out, 'aup.html'), page('aup.js'));
  writeFileSync(join(out, 'plain.html'), page('plain.js'));
  writeFileSync(join(out, 'empty.html'), page(''));
}

/** Fresh page per run: time to the form, and JS heap after a full GC. */
export async function runFormBench(browser, base, runs) {
  const measure = async (name) => {
    const times = [];
    const heaps = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      const errors = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${base}${name}.html`);
      if (name !== 'empty') times.push(await (await p.waitForFunction(() => window.done)).jsonValue());
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
      await ctx.close();
    }
    return { times, heaps };
  };
  return { aup: await measure('aup'), plain: await measure('plain'), empty: await measure('empty') };
}
