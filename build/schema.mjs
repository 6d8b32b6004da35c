// Generates the JSON Schema of the policy bundle from the zod schema (the single source of truth),
// so editors can autocomplete and check a bundle: add "$schema": ".../policy-bundle.schema.json".
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export async function writeSchema(out) {
  const tmp = resolve('node_modules/.cache/esafety-schema.mjs');
  mkdirSync('node_modules/.cache', { recursive: true });
  await build({
    stdin: {
      // The recursive parts (blocks in blocks, sections in sections) become named $defs: "Block", "Section".
      contents: `import * as z from 'zod/mini'; import { BundleSchema } from './src/bundle/schema/index.ts';
        import { Block } from './src/bundle/schema/blocks.ts'; import { Section } from './src/bundle/schema/policy.ts';
        z.globalRegistry.add(Block, { id: 'Block' }); z.globalRegistry.add(Section, { id: 'Section' });
        export const schema = z.toJSONSchema(BundleSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: tmp,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
  const { schema } = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
  rmSync(tmp);
  schema.title = 'esafety-elements policy bundle';
  schema.description =
    'One JSON document for a school: school and contacts, policy, agreements, quiz, concern reporting, parent guidance and where submissions go.';
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await writeSchema(process.argv[2] ?? 'dist/policy-bundle.schema.json');
