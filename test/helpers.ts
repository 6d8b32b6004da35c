import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/esafety-policy/index.js';
import type { EsafetyPolicy } from '../src/esafety-policy/index.js';
import { until } from './helpers-dom.js';

export { $, $$, byId, clickId, intercept, shadowFocus, spoken, typeIn, until } from './helpers-dom.js';

/** Render an element and wait until it shows a policy or an error (not "Loading…"). */
export async function settled<T extends Element = EsafetyPolicy>(tpl: TemplateResult): Promise<T> {
  const el = await fixture<T>(tpl);
  await until(el);
  return el;
}


/** Load a JSON fixture from test/fixtures. */
export async function fixtureJson(name: string): Promise<Record<string, any>> {
  const res = await fetch(`/test/fixtures/${name}`);
  return res.json();
}

/** Count calls to window.fetch per URL while `fn` runs. */
export async function countFetches(fn: () => Promise<void>): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.set(url, (calls.get(url) ?? 0) + 1);
    return real(input, init);
  };
  try {
    await fn();
  } finally {
    window.fetch = real;
  }
  return calls;
}
