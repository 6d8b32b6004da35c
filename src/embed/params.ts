import elements from './elements.json';

/**
 * Which element embed.html shows, and with which attributes, from its address
 * (`embed.html?el=aup-form&age=ks1`): only the five elements and their public attributes with
 * allowed values (src/embed/elements.json, shared with the WordPress plugin). `src`, `endpoint`
 * and `format` are never read from the address, so a crafted link cannot send reports elsewhere.
 */

type Rule = { type: 'enum'; values: string[] } | { type: 'integer'; min?: number; max?: number } | { type: 'id' };
interface ElementSpec {
  title: string;
  form?: boolean;
  attributes: Record<string, Rule>;
}

export const ELEMENTS = Object.fromEntries(Object.entries(elements).filter(([k]) => !k.startsWith('$'))) as unknown as Record<string, ElementSpec>;

/** Interface languages the address may ask for. */
export const LANGS = ['en', 'en-GB', 'cy'];

export type EmbedRequest =
  | { ok: true; tag: string; attributes: Record<string, string>; lang?: string; ignored: string[] }
  | { ok: false; message: string };

function clean(rule: Rule, value: string): string | undefined {
  switch (rule.type) {
    case 'enum':
      return rule.values.includes(value) ? value : undefined;
    case 'integer':
      return /^\d+$/.test(value) && +value >= (rule.min ?? 0) && +value <= (rule.max ?? Number.MAX_SAFE_INTEGER) ? String(+value) : undefined;
    case 'id':
      return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value) ? value : undefined;
  }
}

/** Reads the address's query: the element, its allowed attributes, and what was ignored. */
export function readRequest(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('el') ?? '';
  const spec = Object.hasOwn(ELEMENTS, tag) ? ELEMENTS[tag] : undefined;
  if (!spec) {
    const what = tag ? `"${tag}" is not an element this page shows` : 'The address does not say which element to show';
    return { ok: false, message: `${what}. Add ?el= and one of: ${Object.keys(ELEMENTS).join(', ')}.` };
  }
  const attributes: Record<string, string> = {};
  const ignored: string[] = [];
  let lang: string | undefined;
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (name === 'lang' && LANGS.includes(value)) lang = value;
    else {
      const rule = Object.hasOwn(spec.attributes, name) ? spec.attributes[name] : undefined;
      const ok = rule && clean(rule, value.trim());
      if (ok) attributes[name] = ok;
      else ignored.push(name);
    }
  }
  return { ok: true, tag, attributes, lang, ignored };
}
