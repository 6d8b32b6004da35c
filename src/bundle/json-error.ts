import type { BundleResult } from './validate.js';

/** Why bundle JSON text cannot be parsed, with the line and column, for a school's web admin. */
export function jsonErrorMessage(text: string, e: unknown): string {
  if (!text.trim()) return 'is empty — expected JSON starting with {';
  const raw = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(raw);
  let where = '';
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  const first = text.trimStart()[0];
  const hint = first === '<' ? ' (it looks like an HTML page, not JSON — check the address)' : '';
  const what = raw
    .replace(/\s*(in JSON )?at position \d+/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*is not valid JSON$/, '');
  return `is not valid JSON${where}${hint}: ${what}`;
}

/** The result for bundle text that is not JSON, with where and why (jsonErrorMessage). */
export const notJson = (text: string, e: unknown): BundleResult => ({ ok: false, issues: [{ path: '(the bundle)', message: jsonErrorMessage(text, e) }], warnings: [] });
