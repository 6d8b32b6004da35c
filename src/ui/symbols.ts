import { html, nothing, type TemplateResult } from 'lit';
import type { SYMBOLS } from '../bundle/schema/values.js';

/** The built-in symbols: a few strokes each on a 24×24 grid, drawn in the accent colour. */
const PATHS: Record<(typeof SYMBOLS)[number] | 'speaker', string> = {
  'ask-adult': 'M4 4h16v12H9l-5 4zm6 4a2 2 0 1 1 2 2v1m0 3h0',
  'tell-adult': 'M4 4h16v12H9l-5 4zm8 3v4m0 3h0',
  'keep-private': 'M6 11h12v9H6zm2 0V7a4 4 0 0 1 8 0v4',
  'be-kind': 'M12 20S4 15 4 9a4 4 0 0 1 8-2 4 4 0 0 1 8 2c0 6-8 11-8 11z',
  'stop-think': 'M8 3h8l5 5v8l-5 5H8l-5-5V8zm2 6v6m4-6v6',
  'screen-time': 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0m9-5v5l3 2',
  'trusted-sites': 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6zm-3 9 2 2 4-4',
  password: 'M4 15a4 4 0 1 0 8 0 4 4 0 1 0-8 0m7-3 9-9m-3 3 3 3m-5-1 2 2',
  camera: 'M3 8h4l2-3h6l2 3h4v11H3zm6 5a3 3 0 1 0 6 0 3 3 0 1 0-6 0',
  friends: 'M6 8a3 3 0 1 0 6 0 3 3 0 1 0-6 0M3 20a6 6 0 0 1 12 0m1-15a3 3 0 0 1 0 6m2 3a6 6 0 0 1 3 6',
  home: 'M3 11l9-8 9 8M5 9v11h14V9m-9 11v-6h4v6',
  gift: 'M4 8h16v3H4zm1 3v9h14v-9M12 8v12m0-12C10 4 6 5 8 8m4 0c2-4 6-3 4 0',
  game: 'M7 7h10a5 5 0 0 1 0 10H7A5 5 0 0 1 7 7zm1 3v4m-2-2h4m5-1h0m2 2h0',
  video: 'M3 5h18v14H3zm7 4v6l5-3z',
  speaker: 'M4 9h4l5-4v14l-5-4H4zm12 0a4 4 0 0 1 0 6m3-9a8 8 0 0 1 0 12',
};

/** A built-in icon by name; decorative (aria-hidden): the words beside it carry the meaning. */
export const icon = (name: keyof typeof PATHS, cls = 'symbol'): TemplateResult =>
  html`<svg class=${cls} viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[name]} /></svg>`;

/**
 * A statement's symbol: a built-in one by name, or the school's own image by URL. Decorative
 * unless the bundle gives alt text (`symbolAlt`): the statement beside it says the same.
 */
export function symbol(name: string | undefined, alt: string): TemplateResult | typeof nothing {
  if (!name) return nothing;
  // The only request a bundle can make to another site: it carries no referrer (the page's address).
  if (!(name in PATHS)) return html`<img class="symbol" part="symbol" src=${name} alt=${alt} referrerpolicy="no-referrer" />`;
  const svg = icon(name as keyof typeof PATHS);
  return alt ? html`<span part="symbol" role="img" aria-label=${alt}>${svg}</span>` : svg;
}
