// Fails when a UI string has no Welsh translation: every <trans-unit> in xliff/*.xlf needs a <target>.
// Run after `lit-localize extract` (which adds new strings without targets).
import { readdirSync, readFileSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      missing++;
      console.error(`${file}: no translation for ${id}: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`);
    }
  }
}
if (missing) {
  console.error(`${missing} string(s) untranslated. Add a <target> in xliff/, then run: npm run localize`);
  process.exit(1);
}
console.log('Every UI string has its translations.');
