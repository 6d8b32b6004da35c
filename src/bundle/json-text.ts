import type { BundleResult } from './validate.js';

/**
 * Parse bundle JSON text and check it with `check`. A syntax error becomes the result `failed`
 * gives: validate.ts says where (json-error.ts) at once; an element in the page has it said
 * only when there is one (explain.ts), so the code that says it is not loaded with the element.
 */
export function parseWith(text: string, check: (data: unknown) => BundleResult, failed: (text: string, e: unknown) => BundleResult): BundleResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return failed(text, e);
  }
  return check(data);
}
