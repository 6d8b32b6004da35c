import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as cy from './generated/locales/cy.js';

type TargetLocale = (typeof targetLocales)[number];

// Welsh is imported statically, not with import(): the all-in-one file must be one module
// anyway, and a dynamic import there makes the bundler wrap every module in a lazy
// initialiser (about 1 KiB gzip). Each further locale adds about 1 KiB.
const loaders = {
  cy: () => Promise.resolve(cy),
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

/**
 * Switch the UI strings to suit `lang`. @lit/localize has one locale per page, so the most
 * recent request wins; content from the bundle is still chosen per element.
 */
export function requestUiLocale(lang: string): void {
  const next = uiLocaleFor(lang);
  if (next === wanted) return;
  wanted = next;
  setLocale(next).catch((e) => console.error('esafety-elements: could not load the %s translations', next, e));
}

export { getLocale };
