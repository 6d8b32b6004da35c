// The `requests` part of `npm run bench`: what one more file costs a page on this machine, from
// the bench's own server (HTTP/1.1 with no cache, as for the form's pages). Each page's module
// imports N tiny modules (about 30 bytes each, all asked for at once, as an element's chunks
// are), and notes the time from the page's first script to its last module run. The slope from
// the fewest to the most files is the cost of one more file. Used by build/bench.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FILE_COUNTS = [1, 8, 16];
export const requestPages = () => FILE_COUNTS.map((n) => `tiny-${n}`);

/** Writes tiny-<n>.html, its module tiny-<n>.js and that module's n imports into `out`. */
export function prepareRequestsBench(out) {
  for (const n of FILE_COUNTS) {
    const names = Array.from({ length: n }, (_, i) => `tiny-${n}-${i}.js`);
    names.forEach((name, i) => writeFileSync(join(out, name), `export const v = ${i}; // one tiny module\n`));
    writeFileSync(
      join(out, `tiny-${n}.js`),
      `${names.map((name, i) => `import { v as v${i} } from './${name}';`).join('\n')}\nwindow.sum = ${names.map((_, i) => `v${i}`).join(' + ')};\nwindow.done = performance.now() - window.t0;\n`,
    );
    writeFileSync(
      join(out, `tiny-${n}.html`),
      `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>bench</title><script>window.t0 = performance.now()</script><script type="module" src="tiny-${n}.js"></script></html>`,
    );
  }
}

/** Rows for the report, and the cost of one more file (ms), from the medians of runFormBench's results. */
export function requestsReport(res, median) {
  const at = (n) => median(res[`tiny-${n}`].times);
  const lo = FILE_COUNTS[0];
  const hi = FILE_COUNTS[FILE_COUNTS.length - 1];
  return { perFile: (at(hi) - at(lo)) / (hi - lo), rows: FILE_COUNTS.map((n) => [`a module importing ${n} tiny module${n > 1 ? 's' : ''} (${n + 1} files)`, res[`tiny-${n}`].times.length, at(n)]) };
}
