import * as z from 'zod/mini';
import { BundleSchema } from '/work/wt/i10b/src/bundle/schema/index.ts';
import { toBundleIssues } from '/work/wt/i10b/src/bundle/zod-issues.ts';
import { depthIssues } from '/work/wt/i10b/src/bundle/depth.ts';
const keys: string[] = [];
for (let i = 0; keys.join('').length < 1_000_000; i++) keys.push(`"tit${i.toString(36).padStart(4, 'a')}":0`);
const cases: Record<string, string> = {
  'unknown keys': `{"policy":{"title":"T","sections":[{"title":"S"}]},"extra":{${keys.join(',')}}}`,
  'missing titles': `{"policy":{"title":"T","sections":[${Array(80000).fill('{}').join(',')}]}}`,
  'bad links': `{"policy":{"title":"T","sections":[{"title":"S","blocks":[${Array(30000).fill('{"type":"paragraph","text":"[a](//x)"}').join(',')}]}]}}`,
};
for (const [name, json] of Object.entries(cases)) {
  let t = performance.now();
  const input = JSON.parse(json);
  const a = performance.now() - t; t = performance.now();
  depthIssues(input);
  const b = performance.now() - t; t = performance.now();
  const p = z.safeParse(BundleSchema, input);
  const c = performance.now() - t; t = performance.now();
  if (!p.success) toBundleIssues(p.error.issues, input);
  const d = performance.now() - t;
  console.log(name, 'parse', a.toFixed(0), 'depth', b.toFixed(0), 'zod', c.toFixed(0), 'issues', d.toFixed(0));
}
