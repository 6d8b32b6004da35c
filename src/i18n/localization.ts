import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

// Each language's strings load only on a page that uses it (a static map of import()s, which
// the test server and the bundlers can follow). In dist/ it is a chunk beside the script.
const loaders = {
  cy: () => import('./generated/locales/cy.js'),
} satisfies Record<TargetLocale, () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (l) => loaders[l as TargetLocale](),
});

/** The UI locale (en-GB or cy) that best serves a BCP 47 language tag. */
export function uiLocaleFor(lang: string): string {
  const primary = lang.toLowerCase().split('-')[0];
  return (targetLocales as readonly string[]).find((t) => t.split('-')[0] === primary) ?? sourceLocale;
}

let wanted = getLocale();
let ready: Promise<void> = Promise.resolve();

/**
 * Switch the UI strings to suit `lang`. @lit/localize has one locale per page, so the most
 * recent request wins; content from the bundle is still chosen per element. Resolves when the
 * strings are in place (or could not be loaded: then the UI stays in English, and says why in
 * the console), so an element can wait before its first render rather than flash English.
 */
export function requestUiLocale(lang: string): Promise<void> {
  const next = uiLocaleFor(lang);
  if (next === wanted) return ready;
  wanted = next;
  ready = setLocale(next).catch((e) => console.error('esafety-elements: could not load the %s translations', next, e));
  return ready;
}

export { getLocale };
