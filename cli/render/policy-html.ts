import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { EsafetyPolicy } from '../../src/esafety-policy/esafety-policy.js';
import { getLocale, requestUiLocale, uiLocaleFor } from '../../src/i18n/localization.js';
import type { ResolvedBundle } from '../../src/bundle/merge.js';

/** Lets the command line call the element's own rendering (renderBundle is protected). */
class StaticPolicy extends EsafetyPolicy {
  template(bundle: ResolvedBundle, lang: string, headingLevel: number) {
    this.locale = lang;
    this.headingLevel = headingLevel;
    return this.renderBundle(bundle);
  }

  /** One policy on its own page: no other element's landmarks to tell apart (and no DOM to look in). */
  protected override apart(): string {
    return '';
  }
}

/** Load the UI strings (headings such as "Contents", date labels) for a language, as the element does. */
export async function useLanguage(lang: string): Promise<void> {
  const want = uiLocaleFor(lang);
  // @lit/localize announces a change of language on window; Node has none, so give it an event target.
  (globalThis as { window?: unknown }).window ??= new EventTarget();
  requestUiLocale(lang);
  for (let i = 0; i < 200 && getLocale() !== want; i++) await new Promise((r) => setTimeout(r, 5));
}

/** The element's template rendered to HTML by @lit-labs/ssr, without the hydration markers. */
export function policyMarkup(bundle: ResolvedBundle, lang: string, headingLevel = 1): string {
  const el = new StaticPolicy();
  const out = collectResultSync(render(el.template(bundle, lang, headingLevel)));
  // `<?>` is what Lit adds to a template that ends with an expression (an empty comment to a
  // browser): left out too. A bundle's own "<" is always escaped, so none is the bundle's text.
  return out.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>|<\?>/g, '');
}

/** The element's CSS as text. */
export function policyCss(): string {
  const flat = (s: CSSResultGroup | undefined): string[] =>
    s === undefined ? [] : Array.isArray(s) ? s.flatMap((x) => flat(x as CSSResultGroup)) : [(s as CSSResultOrNative as { cssText: string }).cssText];
  return flat(EsafetyPolicy.styles).join('\n');
}

const SCOPE = 'esafety-policy-static';

/** Escape text for an HTML attribute or element. */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The policy as static HTML that needs no script: the element's markup (without the search box,
 * which needs script) inside <div class="esafety-policy-static">, with the element's styles scoped to it.
 */
export function staticPolicy(bundle: ResolvedBundle, lang: string, headingLevel: number, scopeCss: (css: string, scope: string) => string): string {
  const markup = policyMarkup(bundle, lang, headingLevel).replace(/<div class="search"[\s\S]*?<\/div>\s*/, '');
  const css = scopeCss(policyCss(), `.${SCOPE}`);
  return `<div class="${SCOPE}" lang="${esc(lang)}">\n<style>\n${css}\n</style>\n${markup.trim()}\n</div>`;
}

/** A whole printable page around the static policy. */
export function staticPage(body: string, title: string, lang: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body { margin: 1rem auto; padding: 0 1rem; max-width: 52rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}
