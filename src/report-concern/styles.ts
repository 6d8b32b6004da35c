import { css } from 'lit';
import { formStyles } from '../ui/form-styles.js';
import { baseStyles } from '../ui/styles.js';

/** One rule a line: this ships in the CDN file. */
export const concernStyles = [
  baseStyles,
  formStyles,
  css`
    .concern{max-width:var(--esafety-max-width,48rem)}
    .urgent{border:4px solid var(--_danger);border-radius:var(--_radius);padding:0 1rem;margin-block:1rem;background:Canvas}
    .routes ul{padding:0;list-style:none}
    .routes li{border-inline-start:4px solid var(--_border);padding-inline-start:.75rem;margin-block:.75rem}
    .pictures{border-inline-start:5px solid var(--_danger);padding:0 1rem;background:var(--_surface)}
    dd{white-space:pre-wrap;overflow-wrap:anywhere}
    [part=save]{display:inline-flex;align-items:center;min-height:44px;padding:0 1.25rem;border:2px solid var(--_accent);border-radius:var(--_radius)}
    @media print{.urgent,.routes,[part=save]{display:none}}
  `,
];
